package io.github.cnbudget.model.classification;

/**
 * Reads the printed forms of a classification code. One reader for every scheme so that all
 * printed forms are accepted the same way: plain {@code 2101501}, bracketed {@code [2101501]} (also
 * full-width brackets), split columns {@code 210 | 15 | 01} / {@code 208 01 09} / tab-separated,
 * optionally followed by a printed name.
 */
final class CodeText {
  private CodeText() {}

  static final class Result {
    final String digits;
    final int digitsStart;
    final int digitsEnd;
    final String name;
    final int nameStart;

    Result(String digits, int digitsStart, int digitsEnd, String name, int nameStart) {
      this.digits = digits;
      this.digitsStart = digitsStart;
      this.digitsEnd = digitsEnd;
      this.name = name;
      this.nameStart = nameStart;
    }
  }

  static Result read(String s, boolean allowName) {
    int n = s.length();
    int i = skipBlanks(s, 0);
    boolean bracket = false;
    char close = ']';
    if (i < n && isOpen(s.charAt(i))) {
      close = closing(s.charAt(i));
      bracket = true;
      i = skipBlanks(s, i + 1);
    }
    int start = i;
    StringBuilder d = new StringBuilder(7);
    int groupLen = 0;
    int groups = 0;
    int end = i;
    while (true) {
      int j = i;
      groupLen = 0;
      while (j < n && digit(s.charAt(j)) >= 0) {
        if (d.length() >= 7) {
          throw new CodeParseException(s, j, "too many digits for a classification code");
        }
        d.append((char) ('0' + digit(s.charAt(j))));
        j++;
        groupLen++;
      }
      if (groupLen == 0) {
        if (groups == 0) {
          throw new CodeParseException(s, i, "expected the digits of a classification code");
        }
        break;
      }
      groups++;
      if (groups > 1 && groupLen != 2) {
        throw new CodeParseException(s, j - groupLen, "a split code continues in groups of two digits");
      }
      end = j;
      if (groups == 1 && groupLen != 3) {
        break;
      }
      int k = j;
      boolean sep = false;
      while (k < n && isSeparator(s.charAt(k))) {
        k++;
        sep = true;
      }
      if (!sep || k >= n || digit(s.charAt(k)) < 0 || d.length() >= 7) {
        break;
      }
      i = k;
    }
    int i2 = skipBlanks(s, end);
    if (bracket) {
      if (i2 >= n || s.charAt(i2) != close) {
        throw new CodeParseException(s, i2, "expected '" + close + "' after the code");
      }
      i2 = skipBlanks(s, i2 + 1);
    }
    int nameEnd = n;
    while (nameEnd > i2 && isBlank(s.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    String name = s.substring(i2, nameEnd);
    if (!allowName && !name.isEmpty()) {
      throw new CodeParseException(s, i2, "unexpected text after code");
    }
    return new Result(d.toString(), start, end, name, i2);
  }

  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uff10' && c <= '\uff19') {
      return c - '\uff10';
    }
    return -1;
  }

  private static boolean isOpen(char c) {
    return c == '[' || c == '\u3010' || c == '\uff3b';
  }

  private static char closing(char open) {
    return open == '[' ? ']' : open == '\u3010' ? '\u3011' : '\uff3d';
  }

  private static boolean isSeparator(char c) {
    return isBlank(c) || c == '|' || c == '\uff5c';
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
