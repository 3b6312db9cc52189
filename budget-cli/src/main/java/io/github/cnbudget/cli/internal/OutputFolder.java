package io.github.cnbudget.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The folder a batch writes into (输出目录): the one way the command writes a file, so that every
 * write stays inside the folder and no input silently replaces what another input of the same run
 * wrote.
 *
 * <ul>
 *   <li>A name is one plain path segment: a separator, {@code .}, {@code ..} or a control character
 *       is refused, whatever the input was called.</li>
 *   <li>Each name is claimed by one input per run; a second claim fails that input, naming the
 *       first. Names are compared as a case-insensitive file system would (Unicode NFC, case
 *       folded), so {@code X.json} and {@code x.json} collide everywhere.</li>
 *   <li>A file is written to a temporary file beside it and moved into place only when complete,
 *       so a failure never leaves a truncated or emptied file.</li>
 * </ul>
 *
 * <p>Thread-safe: claims are synchronised.
 */
public final class OutputFolder {
  private final Path folder;
  private final Map<String, String> claimed = new HashMap<>();

  /**
   * An output folder.
   *
   * @param folder the folder (created by the caller)
   */
  public OutputFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * Claims a name for an input's output.
   *
   * @param name the file or folder name, one path segment
   * @param input who writes it
   * @return the path inside the folder
   * @throws IOException if the name is not one plain segment, or another input of this run claimed it
   */
  public synchronized Path claim(String name, Input input) throws IOException {
    Path target = inside(folder, name);
    String key = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String first = claimed.putIfAbsent(key, input.display());
    if (first != null) {
      throw new IOException("output " + target + " was already written from " + first
          + " in this run; rename one of the inputs or convert them separately");
    }
    return target;
  }

  /**
   * The path of a name inside a folder, refusing a name that would leave it.
   *
   * @param folder the folder
   * @param name the name
   * @return {@code folder/name}
   * @throws IOException if the name is not one plain path segment
   */
  static Path inside(Path folder, String name) throws IOException {
    boolean plain = !name.isEmpty() && !name.equals(".") && !name.equals("..")
        && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f);
    Path target = plain ? folder.resolve(name) : null;
    if (target == null || !folder.equals(target.getParent()) || !target.normalize().startsWith(folder.normalize())) {
      throw new IOException("output name '" + Printable.escape(name) + "' would leave the output folder " + folder);
    }
    return target;
  }

  /**
   * Writes text to a file, completely or not at all: into a temporary file in the same folder,
   * then moved over the target.
   *
   * @param target the file
   * @param text the content, written as UTF-8
   * @throws IOException if it cannot be written; the target is then unchanged
   */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes bytes to a file, completely or not at all, as {@link #write(Path, String)}.
   *
   * @param target the file
   * @param bytes the content
   * @throws IOException if it cannot be written; the target is then unchanged
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = OutputPath.folderOf(target);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
