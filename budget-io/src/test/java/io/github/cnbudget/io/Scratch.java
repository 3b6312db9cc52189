package io.github.cnbudget.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the fuzz tests put the files they read back: a folder in memory ({@code /dev/shm}) when the
 * system has a writable one, else the default temporary folder. A long fuzz run creates and deletes
 * files for every input, and on a busy disk those calls took most of its time.
 */
public final class Scratch {
  private Scratch() {}

  /**
   * A new empty folder, deleted when the JVM exits if it is empty then.
   *
   * @param prefix the start of its name
   * @return the folder
   */
  public static Path folder(String prefix) {
    try {
      Path dir = Files.createTempDirectory(root(), prefix);
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root() {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
  }
}
