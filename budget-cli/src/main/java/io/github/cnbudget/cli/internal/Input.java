package io.github.cnbudget.cli.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input of a batch (批处理输入): the file (or tidy CSV folder) to read, as the user named it,
 * or the reason an argument yielded nothing readable (a missing file, a glob that matched nothing).
 *
 * <p>Immutable and thread-safe.
 *
 * @param display the name shown in reports and progress (the path as given or found)
 * @param path the path to read
 * @param problem why the input cannot be read at all, or empty when it can be tried
 */
public record Input(String display, Path path, Optional<String> problem) {

  /**
   * Checks the components.
   *
   * @param display the name shown in reports
   * @param path the path
   * @param problem the problem, or empty
   */
  public Input {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * A readable-looking input.
   *
   * @param path the path
   * @return the input, displayed as the path's text
   */
  public static Input of(Path path) {
    return new Input(path.toString(), path, Optional.empty());
  }

  /**
   * An argument that yielded nothing readable.
   *
   * @param argument the argument as given
   * @param problem why
   * @return the input, which the batch reports as failed
   */
  public static Input unreadable(String argument, String problem) {
    return new Input(argument, Path.of(""), Optional.of(problem));
  }

  /**
   * The file name's extension in lower case ({@code json}, {@code jsonl}, {@code txt}…).
   *
   * @return the extension without the dot, or an empty string
   */
  public String extension() {
    Path name = path.getFileName();
    if (name == null) {
      return "";
    }
    String n = name.toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The file name without its extension, to name what is written from this input
   * ({@code data/000_a.txt} → {@code 000_a}; a folder keeps its whole name). The result is always
   * one plain path segment, never {@code .} or {@code ..}: a path ending in {@code ..} is named
   * after the folder it means, and a name whose stem is only dots ({@code ...json}) keeps its
   * extension, so that what is written from it stays inside the output folder.
   *
   * @return the base name, or {@code document} when the path has no name
   */
  public String baseName() {
    Path name = path.getFileName();
    if (name == null || name.toString().isEmpty()) {
      return "document";
    }
    if (isDots(name.toString())) {
      // "." and "..": the folder they stand for has a real name (none for the root)
      Path real = path.toAbsolutePath().normalize().getFileName();
      return real == null ? "document" : real.toString();
    }
    String n = name.toString();
    int dot = n.lastIndexOf('.');
    if (dot <= 0 || java.nio.file.Files.isDirectory(path) || isDots(n.substring(0, dot))) {
      return n;
    }
    return n.substring(0, dot);
  }

  private static boolean isDots(String s) {
    return s.chars().allMatch(c -> c == '.');
  }
}
