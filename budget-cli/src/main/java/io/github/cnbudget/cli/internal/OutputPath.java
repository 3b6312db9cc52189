package io.github.cnbudget.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code -o} names (输出路径), the same for every command: a file when its name ends in
 * {@code .json}, {@code .jsonl}, {@code .html} or {@code .xlsx}, else a folder. A folder is never
 * created under a file's name, and a file is never written over a folder.
 *
 * <p>Stateless and thread-safe.
 */
public final class OutputPath {
  /** The extensions that make {@code -o} a file, in lower case. */
  public static final List<String> FILE_EXTENSIONS = List.of("json", "jsonl", "html", "xlsx");

  private OutputPath() {}

  /**
   * The extension of the file an output path names.
   *
   * @param output the path given to {@code -o}
   * @return {@code json}, {@code jsonl}, {@code html} or {@code xlsx} (lower case), or empty when the
   *     path names a folder
   */
  public static Optional<String> fileExtension(Path output) {
    Path name = output.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    String ext = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    return FILE_EXTENSIONS.contains(ext) ? Optional.of(ext) : Optional.empty();
  }

  /**
   * Checks that a file can be written at a path: no folder stands there.
   *
   * @param file the file
   * @return the file
   * @throws IOException when a folder of that name exists
   */
  public static Path file(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("-o " + file + " names a file by its extension, but a folder of that name exists");
    }
    return file;
  }

  /**
   * The folder a file is written into, which must exist: a report or document named in a folder that
   * is not there is refused by name (a mistyped path creates nothing).
   *
   * @param file the file
   * @return its folder, absolute
   * @throws IOException when the folder does not exist or is not a folder
   */
  public static Path folderOf(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IOException("not a file: " + file);
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException("cannot write " + file + ": " + (Files.exists(dir) ? dir + " is a file, not a folder"
          : "its folder " + dir + " does not exist"));
    }
    return dir;
  }

  /**
   * Creates the folder an output path names.
   *
   * @param folder the folder
   * @return the folder
   * @throws IOException when the path names a file by its extension, or a file stands there, or it cannot be created
   */
  public static Path folder(Path folder) throws IOException {
    Optional<String> ext = fileExtension(folder);
    if (ext.isPresent()) {
      throw new IOException("-o " + folder + " names a ." + ext.get() + " file, not a folder");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException("-o " + folder + " is a file; give a folder");
    }
    return Files.createDirectories(folder);
  }
}
