package io.github.cnbudget.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into batch inputs (展开输入文件): plain files, folders (searched
 * recursively for documents) and globs ({@code examples/data/*.txt}, {@code data/**.json}), so the
 * command behaves the same whether or not the shell expanded the pattern (Windows shells do not).
 *
 * <p>Every argument yields at least one {@link Input}: one that names nothing readable becomes an
 * input with a problem, which the batch reports as a failed file instead of stopping. Stateless and
 * thread-safe.
 */
public final class Inputs {
  /** Extensions of the files a folder contributes: published PDFs, disclosure text and our JSON documents. */
  public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "txt", "md", "json", "jsonl");

  private Inputs() {}

  /**
   * Expands arguments, searching folders for {@linkplain #DOCUMENT_EXTENSIONS document files}.
   *
   * @param arguments files, folders or globs as typed
   * @return the inputs in argument order; each folder's and glob's files sorted by path
   */
  public static List<Input> expand(List<String> arguments) {
    return expand(arguments, dir -> false);
  }

  /**
   * Expands arguments.
   *
   * @param arguments files, folders or globs as typed
   * @param folderIsInput folders that are one input themselves (e.g. a tidy CSV set) rather than a
   *     place to search; such folders are also found inside the folders searched
   * @return the inputs in argument order; each folder's and glob's files sorted by path
   */
  public static List<Input> expand(List<String> arguments, Predicate<Path> folderIsInput) {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      inputs.addAll(expandOne(argument, folderIsInput));
    }
    return List.copyOf(inputs);
  }

  private static List<Input> expandOne(String argument, Predicate<Path> folderIsInput) {
    // an existing path is a path, even when its name holds glob syntax (report[1].json, a{b}.json)
    if (isGlob(argument) && !exists(argument)) {
      return glob(argument, folderIsInput);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return List.of(Input.unreadable(argument, "not a valid path: " + e.getMessage()));
    }
    if (Files.isDirectory(path)) {
      if (folderIsInput.test(path)) {
        return List.of(Input.of(path));
      }
      List<Input> found = walk(path, p -> isDocument(p) || Files.isDirectory(p) && folderIsInput.test(p));
      return found.isEmpty()
          ? List.of(Input.unreadable(argument, "folder holds no document (" + String.join(", ", sorted(DOCUMENT_EXTENSIONS)) + ")"))
          : found;
    }
    if (!Files.exists(path)) {
      return List.of(Input.unreadable(argument, "no such file"));
    }
    return List.of(Input.of(path));
  }

  private static List<Input> glob(String argument, Predicate<Path> folderIsInput) {
    Path base = globBase(argument);
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + argument);
    } catch (IllegalArgumentException e) {
      return List.of(Input.unreadable(argument, "not a valid glob: " + e.getMessage()));
    }
    if (!Files.isDirectory(base)) {
      return List.of(Input.unreadable(argument, "no file matches"));
    }
    List<Input> found = walk(base, p -> matcher.matches(p) && (!Files.isDirectory(p) || folderIsInput.test(p)));
    return found.isEmpty() ? List.of(Input.unreadable(argument, "no file matches")) : found;
  }

  private static List<Input> walk(Path root, Predicate<Path> accept) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> !p.equals(root))
          .filter(accept)
          .sorted(Comparator.comparing(Path::toString))
          .map(Input::of)
          .collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root, e);
    }
  }

  private static boolean isDocument(Path p) {
    if (!Files.isRegularFile(p)) {
      return false;
    }
    return DOCUMENT_EXTENSIONS.contains(Input.of(p).extension());
  }

  private static boolean exists(String argument) {
    try {
      return Files.exists(Path.of(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Whether an argument holds glob syntax rather than naming a file. */
  static boolean isGlob(String argument) {
    for (int i = 0; i < argument.length(); i++) {
      char c = argument.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  /** The folder before the first segment with glob syntax: where the search starts. */
  static Path globBase(String argument) {
    String normalized = argument.replace('\\', '/');
    int firstMeta = 0;
    while (firstMeta < normalized.length() && "*?[{".indexOf(normalized.charAt(firstMeta)) < 0) {
      firstMeta++;
    }
    int slash = normalized.lastIndexOf('/', firstMeta);
    if (slash < 0) {
      return Path.of("");
    }
    return slash == 0 ? Path.of("/") : Path.of(argument.substring(0, slash));
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted(Comparator.comparing(x -> x.toLowerCase(Locale.ROOT))).collect(Collectors.toList());
  }
}
