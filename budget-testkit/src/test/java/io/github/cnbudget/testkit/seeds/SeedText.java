package io.github.cnbudget.testkit.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The printed text of a seed under {@code examples/data}, found by walking up from the working directory. */
final class SeedText {
  private final List<String> lines;

  private SeedText(List<String> lines) {
    this.lines = lines;
  }

  static SeedText of(int seed) {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples/data"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("No examples/data above " + Paths.get("").toAbsolutePath());
    }
    try {
      return new SeedText(Files.readAllLines(
          dir.resolve("examples/data").resolve(SeedDocuments.sourceFile(seed)), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.regex.Pattern TWO_DECIMALS =
      java.util.regex.Pattern.compile("(?<![0-9,.])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\\.[0-9]{2}");

  /**
   * The two-decimal amounts of a space-separated line whose amounts may be glued to the next code
   * (seed 002): {@code 3,093.6730201 办公费 102.43} yields {@code 3,093.67} and {@code 102.43}.
   */
  static java.util.List<String> glued(String line) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = TWO_DECIMALS.matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The one-based line. */
  String line(int n) {
    return lines.get(n - 1);
  }

  int size() {
    return lines.size();
  }

  /**
   * Whether a printed number occurs on a line as a whole number: not glued to further digits,
   * separators or decimal points on either side (so {@code 0} is not found inside {@code 10,866}).
   */
  boolean hasNumber(int n, String printed) {
    String l = line(n);
    int from = 0;
    while (true) {
      int i = l.indexOf(printed, from);
      if (i < 0) {
        return false;
      }
      int end = i + printed.length();
      boolean leftOk = i == 0 || !isNumberChar(l.charAt(i - 1));
      // seed 002 glues the next code to a two-decimal amount ("5,269.54302 商品和服务支出"), so after a
      // printed decimal part anything may follow
      boolean rightOk = end == l.length() || printed.contains(".") || !isNumberChar(l.charAt(end))
          || (l.charAt(end) == '.' && (end + 1 == l.length() || !Character.isDigit(l.charAt(end + 1))));
      if (leftOk && rightOk) {
        return true;
      }
      from = i + 1;
    }
  }

  /** Whether a printed text occurs on a line, ignoring blanks (the seeds wrap and space text freely). */
  boolean hasText(int n, String printed) {
    return squeeze(line(n)).contains(squeeze(printed));
  }

  /**
   * Whether a text occurs on a line, or, for text wrapped onto later lines (a long name or goal split by
   * a page break), whether the line ends with the text's first part of at least ten characters.
   */
  boolean hasTextOrWrappedStart(int n, String printed) {
    if (hasText(n, printed)) {
      return true;
    }
    String l = squeeze(line(n));
    String p = squeeze(printed);
    for (int k = p.length() - 1; k >= 10; k--) {
      if (l.contains(p.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text occurs in the lines around a line (joined without blanks): for cells and names that
   * the extraction broke over several lines (seed 002's self-evaluation tables).
   */
  boolean hasTextNear(int n, String printed, int before, int after) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(1, n - before); i <= Math.min(size(), n + after); i++) {
      b.append(squeeze(line(i)));
    }
    return b.toString().contains(squeeze(printed));
  }

  /**
   * Whether the characters of a text occur in order in the lines around a line: for names the
   * extraction printed as fragments of two or three characters spread over a table cell (seed 002's
   * evaluation framework prints 资产管理安全性 as 资产 / 管理 / … / 安全 / 性).
   */
  boolean hasFragmentsNear(int n, String printed, int before, int after) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(1, n - before); i <= Math.min(size(), n + after); i++) {
      b.append(squeeze(line(i)));
    }
    String p = squeeze(printed);
    int at = 0;
    for (int i = 0; i < p.length(); i++) {
      at = b.indexOf(String.valueOf(p.charAt(i)), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]", "");
  }

  private static boolean isNumberChar(char c) {
    return Character.isDigit(c) || c == ',' || c == '.';
  }
}
