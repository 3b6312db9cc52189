package io.github.cnbudget.io.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;

/**
 * The character maps (CMaps: 字符映射表) of the fonts a page uses, checked before PDFBox reads them.
 * PDFBox expands each {@code bfrange} of an embedded CMap into one map entry per code, however many
 * codes the range spans: a damaged or hostile {@code ToUnicode} map such as {@code <000000> <FFFFFF>
 * <0000>} (16.7 million codes) would fill the heap while one page is read. A font has at most 65,536
 * glyphs, so no meaningful map lists more than {@link #MAX_CODES} codes (overlapping sections
 * included); a page using a font whose map does is refused, naming the font.
 *
 * <p>The ranges are counted with PDFBox's reading of a CMap: the same tokens, the same {@code
 * <start> <end> <destination>} triples, the same code values and the same stops (an end before its
 * start, an unreadable token); a map PDFBox gives up on early is counted only up to there. One
 * instance per document: a font shared by many pages is checked once.
 */
final class FontMaps {
  /** Four times the most glyphs a font can have. */
  static final long MAX_CODES = 4L * 65_536;
  /** PDFBox reads at most this many bytes of one hex string of a CMap. */
  private static final int MAX_HEX_BYTES = 512;

  private final Set<COSBase> checked = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Checks the maps of the fonts of a page and of the forms it draws.
   *
   * @throws PageLimitException when a map lists more than {@link #MAX_CODES} codes
   * @throws IOException when a map cannot be decoded
   */
  void check(PDPage page) throws IOException {
    Deque<COSDictionary> resources = new ArrayDeque<>();
    add(resources, page.getCOSObject().getDictionaryObject(COSName.RESOURCES));
    while (!resources.isEmpty()) {
      COSDictionary r = resources.pop();
      COSDictionary fonts = dictionary(r.getDictionaryObject(COSName.FONT));
      if (fonts != null) {
        for (COSName name : fonts.keySet()) {
          COSDictionary font = dictionary(fonts.getDictionaryObject(name));
          if (font != null && checked.add(font)) {
            font(name.getName(), font, resources);
          }
        }
      }
      COSDictionary forms = dictionary(r.getDictionaryObject(COSName.XOBJECT));
      if (forms != null) {
        for (COSName name : forms.keySet()) {
          COSBase x = forms.getDictionaryObject(name);
          if (x instanceof COSStream s && checked.add(s)) {
            add(resources, s.getDictionaryObject(COSName.RESOURCES));
          }
        }
      }
    }
  }

  private void font(String name, COSDictionary font, Deque<COSDictionary> resources) throws IOException {
    map(name, font.getDictionaryObject(COSName.TO_UNICODE));
    map(name, font.getDictionaryObject(COSName.ENCODING));
    // a Type 3 font draws its glyphs with resources of its own
    add(resources, font.getDictionaryObject(COSName.RESOURCES));
    if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
      for (int i = 0; i < descendants.size(); i++) {
        COSDictionary d = dictionary(descendants.getObject(i));
        if (d != null && checked.add(d)) {
          font(name, d, resources);
        }
      }
    }
  }

  private void map(String font, @Nullable COSBase map) throws IOException {
    if (map instanceof COSStream s && checked.add(s)) {
      Counter counter = new Counter();
      try (InputStream in = s.createInputStream()) {
        counter.count(in);
      } catch (IOException e) {
        // a map that does not decode to its end is read by PDFBox up to there, as it is counted here
      }
      long codes = counter.codes;
      if (codes > MAX_CODES) {
        throw new PageLimitException("the character map of font " + font + " lists " + codes + " codes, more than "
            + MAX_CODES + " (a damaged font?)");
      }
    }
  }

  private static void add(Deque<COSDictionary> resources, @Nullable COSBase r) {
    COSDictionary d = dictionary(r);
    if (d != null) {
      resources.push(d);
    }
  }

  private static @Nullable COSDictionary dictionary(@Nullable COSBase b) {
    COSBase o = b instanceof COSObject ref ? ref.getObject() : b;
    return o instanceof COSDictionary d ? d : null;
  }

  /** Counts the codes the {@code bfrange}s of one CMap expand to, token by token as PDFBox reads them. */
  static final class Counter {
    /** A token that stops the reading, as PDFBox's parser stops on it. */
    private static final Object STOP = new Object();
    private static final Object END_ARRAY = new Object();
    private static final Object END_DICTIONARY = new Object();

    /** The codes counted so far. */
    long codes;
    private InputStream in = InputStream.nullInputStream();
    private int pushedBack = -2;

    /** Counts the codes all {@code bfrange} sections of a map list into {@link #codes}. */
    void count(InputStream map) throws IOException {
      in = map;
      Object previous = null;
      for (Object t = next(); t != null && t != STOP; t = next()) {
        if (t instanceof Operator op && op.name.equals("beginbfrange") && previous instanceof Long n && !ranges(n)) {
          return;
        }
        previous = t;
      }
    }

    /** Counts the codes of one section; false when the reading stops inside it. */
    private boolean ranges(long count) throws IOException {
      for (long j = 0; j < count; j++) {
        Object start = next();
        if (start instanceof Operator) {
          return true;
        }
        if (!(start instanceof byte[] s)) {
          return false;
        }
        Object end = next();
        if (end instanceof Operator) {
          return true;
        }
        if (!(end instanceof byte[] e)) {
          return false;
        }
        int from = toInt(s);
        int to = toInt(e);
        if (to < from) {
          return true;
        }
        Object destination = next();
        if (destination == STOP) {
          return false;
        }
        if (destination instanceof java.util.List<?> list && !list.isEmpty() && list.size() >= to - from) {
          codes += list.size();
        } else if (destination instanceof byte[] d && d.length > 0) {
          // PDFBox counts the codes in an int: a span past its range overflows and maps nothing
          int values = to - from + 1;
          codes += Math.max(values, 0);
        }
      }
      return true;
    }

    /** A code's value as PDFBox computes it: its bytes shifted into an int, the first ones overflowing. */
    private static int toInt(byte[] bytes) {
      int v = 0;
      for (byte b : bytes) {
        v = v << 8 | b & 0xff;
      }
      return v;
    }

    private int read() throws IOException {
      if (pushedBack != -2) {
        int c = pushedBack;
        pushedBack = -2;
        return c;
      }
      return in.read();
    }

    private static boolean isSpaceOrEnd(int c) {
      return c == -1 || c == ' ' || c == '\r' || c == '\n';
    }

    private static boolean isDelimiter(int c) {
      return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
          || c == '%';
    }

    /** The next token: byte[] (hex string), Long, List, Operator, another object, null at the end, or STOP. */
    private @Nullable Object next() throws IOException {
      int c = read();
      while (c == '\t' || c == ' ' || c == '\r' || c == '\n') {
        c = read();
      }
      switch (c) {
        case -1:
          return null;
        case '%':
          while (c != -1 && c != '\r' && c != '\n') {
            c = read();
          }
          return "%";
        case '(':
          while (c != -1 && c != ')') {
            c = read();
          }
          return "()";
        case '>':
          return read() == '>' ? END_DICTIONARY : STOP;
        case ']':
          return END_ARRAY;
        case '[':
          return array();
        case '<':
          return angle();
        case '/':
          c = read();
          while (!isSpaceOrEnd(c) && !isDelimiter(c)) {
            c = read();
          }
          if (isDelimiter(c)) {
            pushedBack = c;
          }
          return "/";
        default:
          return c >= '0' && c <= '9' ? number(c) : operator(c);
      }
    }

    private Object array() throws IOException {
      java.util.List<Object> list = new java.util.ArrayList<>();
      for (Object t = next(); t != null && t != END_ARRAY; t = next()) {
        if (t == STOP) {
          return STOP;
        }
        list.add(t);
      }
      return list;
    }

    private Object angle() throws IOException {
      int c = read();
      if (c == '<') {
        // a dictionary: names and values up to >>
        for (Object t = next(); t != null && t != END_DICTIONARY; t = next()) {
          if (t == STOP) {
            return STOP;
          }
        }
        return "<<>>";
      }
      byte[] buffer = new byte[MAX_HEX_BYTES];
      int index = -1;
      boolean high = true;
      while (c != -1 && c != '>') {
        int v;
        if (c >= '0' && c <= '9') {
          v = c - '0';
        } else if (c >= 'A' && c <= 'F') {
          v = 10 + c - 'A';
        } else if (c >= 'a' && c <= 'f') {
          v = 10 + c - 'a';
        } else if (isSpaceOrEnd(c)) {
          c = read();
          continue;
        } else {
          return STOP;
        }
        if (high) {
          if (++index >= buffer.length) {
            return STOP;
          }
          buffer[index] = (byte) (v << 4);
        } else {
          buffer[index] += (byte) v;
        }
        high = !high;
        c = read();
      }
      return java.util.Arrays.copyOf(buffer, index + 1);
    }

    private Object number(int first) throws IOException {
      StringBuilder s = new StringBuilder().append((char) first);
      int c = read();
      while (!isSpaceOrEnd(c) && (c >= '0' && c <= '9' || c == '.')) {
        s.append((char) c);
        c = read();
      }
      pushedBack = c;
      try {
        return s.indexOf(".") >= 0 ? (long) Double.parseDouble(s.toString()) : (long) Integer.parseInt(s.toString());
      } catch (NumberFormatException e) {
        // PDFBox gives up on the map at a number it cannot read
        return STOP;
      }
    }

    private Object operator(int first) throws IOException {
      StringBuilder s = new StringBuilder().append((char) first);
      int c = read();
      while (!isSpaceOrEnd(c) && !isDelimiter(c) && !(c >= '0' && c <= '9')) {
        s.append((char) c);
        c = read();
      }
      if (isDelimiter(c) || c >= '0' && c <= '9') {
        pushedBack = c;
      }
      return new Operator(s.toString());
    }

    private record Operator(String name) {}
  }
}
