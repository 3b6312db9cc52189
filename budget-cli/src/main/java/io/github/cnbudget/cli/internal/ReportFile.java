package io.github.cnbudget.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A report file written as the batch runs and put in place only when complete (报告文件): the report
 * streams into a temporary file beside the target, which {@link #commit} moves over it; closing
 * without committing deletes it, so a run that breaks leaves an existing report as it was.
 *
 * <p>Not thread-safe: one thread writes.
 */
public final class ReportFile implements AutoCloseable {
  private final Path target;
  private final Path tmp;
  private final PrintWriter writer;
  private boolean committed;

  private ReportFile(Path target, Path tmp, PrintWriter writer) {
    this.target = target;
    this.tmp = tmp;
    this.writer = writer;
  }

  /**
   * Opens the temporary file beside a target.
   *
   * @param target the report's file
   * @return the open report file
   * @throws IOException when its folder cannot be written
   */
  public static ReportFile open(Path target) throws IOException {
    Path dir = OutputPath.folderOf(target);
    // not createTempFile: its owner-only permissions would stay with the report once moved in place
    Path tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
        java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp"));
    return new ReportFile(target, tmp, new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)));
  }

  /**
   * Where the report is written.
   *
   * @return the writer of the temporary file
   */
  public PrintWriter writer() {
    return writer;
  }

  /**
   * Puts the complete report in place.
   *
   * @throws IOException when it could not be written or moved; the target is then unchanged
   */
  public void commit() throws IOException {
    writer.flush();
    if (writer.checkError()) {
      throw new IOException("writing " + tmp + " failed");
    }
    writer.close();
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    if (!committed) {
      Files.deleteIfExists(tmp);
    }
  }
}
