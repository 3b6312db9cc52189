package io.github.cnbudget.cli.internal;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Document text made safe to print for people (可安全显示的文本): control characters are written as
 * escapes ({@code \n}, {@code \t}, {@code \r}, {@code \u001b}…), so that a title or label can
 * neither send terminal escape sequences nor start a line of its own and forge report lines.
 * Besides C0 and C1 controls and DEL, the Unicode line and paragraph separators and the
 * bidirectional overrides (which reorder what a terminal shows) are escaped. Machine-readable
 * output (JSON) escapes by its own rules and does not use this.
 *
 * <p>Stateless and thread-safe.
 */
public final class Printable {
  private Printable() {}

  /**
   * The text with every control character escaped.
   *
   * @param text the text
   * @return the same text when it holds none
   */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  /**
   * A writer for people that escapes every control character printed through it; only the line
   * ends of {@code println} pass as they are, so each {@code println} is exactly one line.
   *
   * @param out the writer to write to
   * @return the escaping writer, or {@code out} itself when it already escapes
   */
  public static PrintWriter writer(PrintWriter out) {
    return out instanceof Escaping ? out : new Escaping(out);
  }

  /**
   * Escapes what is written; {@code PrintWriter.println} writes its line separator to the wrapped
   * writer directly, not through these methods, so line ends are kept.
   */
  private static final class Escaping extends PrintWriter {
    Escaping(Writer out) {
      super(out, false);
    }

    @Override
    public void write(int c) {
      super.write(escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buf, int off, int len) {
      write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
      String e = escape(s.substring(off, off + len));
      super.write(e, 0, e.length());
    }
  }

  static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
        || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
  }
}
