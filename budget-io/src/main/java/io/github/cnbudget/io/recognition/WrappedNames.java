package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Ordinal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Names wrapped in their cell (折行的科目名称) in text that lost its columns: the name's other line is
 * printed on a line of its own between two rows (2101202 财政对城乡居民基本医疗保险 229975.98 …, then
 * 基金的补助). It belongs to the row whose name it finishes: the row above, unless the catalog names
 * that row's code with the name as printed (finished) and the row below's name, the piece before it,
 * is its catalog name; then to the row below. A piece below 合计 or 总计, which never wrap, starts the
 * row below, and tells that the table prints its names' first lines above the line of their end and
 * amounts (text in the page's order): its later pieces wait for the row below as well.
 */
final class WrappedNames {
  private WrappedNames() {}

  /**
   * Gives a fragment to the row above when that row's name is unfinished; returns the fragment when it
   * waits for the row below, else null. The catalog decides for a coded row above (its name as printed
   * finished, or the piece continuing it); 合计 and 总计 never wrap, and a piece below one tells that the
   * table prints a name's first lines above the line of its end and amounts (text in the page's order):
   * its other pieces then wait for the row below too.
   */
  static @Nullable String fragment(TableDraft table, RowDraft above, String text,
      Function<ClassificationCode, Optional<String>> names) {
    String piece = HeaderLayout.squeeze(text);
    if (table.fragment != null) {
      // the row above was found finished by the piece before: this one waits with it
      return table.fragment + piece;
    }
    for (RowDraft other : table.rows) {
      // on a line of two panels, the piece may finish the first panel's name, wrapped around the line
      // (机关事业单位基本 / 30108 6.18 30206 电费 0.00 / 养老保险缴费): the row its catalog name continues
      if (other != above && other.line == above.line && !other.label.isEmpty() && continues(other, piece, names)) {
        other.appendName(piece);
        return null;
      }
    }
    if (above.code != null) {
      if (names.apply(above.code).map(HeaderLayout::squeeze).filter(HeaderLayout.squeeze(above.label)::equals).isPresent()) {
        return piece;
      }
      if (continues(above, piece, names)) {
        above.appendName(piece);
        return null;
      }
    }
    if (isClosedTotal(above)) {
      table.namesEndWithAmounts = true;
    }
    if (table.namesEndWithAmounts) {
      return piece;
    }
    above.appendName(piece);
    return null;
  }

  /**
   * Puts a waiting fragment before the name of the row below when the catalog's name of the row's code
   * begins with the two; else gives it back to the row above.
   */
  static void prepend(TableDraft table, RowDraft below, Function<ClassificationCode, Optional<String>> names) {
    String piece = table.fragment;
    if (piece == null) {
      return;
    }
    table.fragment = null;
    bareCode(below, piece, names);
    Optional<String> name = below.code == null ? Optional.empty() : names.apply(below.code);
    if (below.code != null && below.label.isBlank()
        || name.isPresent() && HeaderLayout.squeeze(name.get()).startsWith(piece + HeaderLayout.squeeze(below.label))) {
      // (a code line printing no name: the piece above is its name's start)
      // (a tall row prints its code and amounts between its name's lines: the name's start is above, and
      // its end may follow below: 机关事业单位 / 2080505 基本养老保险 6.18 / 缴费支出)
      below.prependName(piece);
    } else if (!table.namesEndWithAmounts && !table.rows.isEmpty()
        && !isClosedTotal(table.rows.get(table.rows.size() - 1))) {
      RowDraft above = table.rows.get(table.rows.size() - 1);
      above.appendName(piece);
    } else {
      below.prependName(piece);
    }
  }

  /**
   * A row read with a bare number for its name (2296013 20143 20143: whole amounts without separators, a
   * code not told from an amount by its shape) takes it as its code when the catalog's name of that code
   * begins with the piece printed above it (用于城乡医疗救助的彩 … 票公益金支出).
   */
  private static void bareCode(RowDraft row, String piece, Function<ClassificationCode, Optional<String>> names) {
    String label = HeaderLayout.squeeze(row.label);
    if (row.code != null || !LooseTable.CODE.matcher(label).matches()) {
      return;
    }
    try {
      ClassificationCode code = io.github.cnbudget.model.classification.ClassificationCodes.parse(label);
      if (begins(names.apply(code), piece)) {
        row.code = code;
        row.kind = io.github.cnbudget.model.table.RowKind.CODE;
        row.label = "";
      }
    } catch (io.github.cnbudget.model.TextParseException e) {
      // not a code after all: the row keeps what it printed
    }
  }

  /** Whether a catalog name begins with a piece of a name and goes on after it. */
  static boolean begins(Optional<String> name, String piece) {
    return name.map(HeaderLayout::squeeze).filter(n -> n.startsWith(piece) && n.length() > piece.length()).isPresent();
  }

  /** Whether a name (the catalog's, when known) is the piece or begins with it. */
  static boolean isOrBegins(Optional<String> name, String piece) {
    return name.map(HeaderLayout::squeeze).filter(n -> n.startsWith(piece)).isPresent();
  }

  /** Whether the catalog's name of a coded row goes on, after its printed name, with the piece. */
  private static boolean continues(RowDraft row, String piece, Function<ClassificationCode, Optional<String>> names) {
    if (row.code == null) {
      return false;
    }
    String printed = HeaderLayout.squeeze(row.label);
    return names.apply(row.code).map(HeaderLayout::squeeze).filter(n -> !n.equals(printed) && n.startsWith(printed + piece))
        .isPresent();
  }

  /** A total row printed 合计 or 总计: a name complete in itself, never the start of a wrapped one. */
  static boolean isClosedTotal(RowDraft row) {
    String label = HeaderLayout.squeeze(row.label);
    return row.kind == io.github.cnbudget.model.table.RowKind.TOTAL && row.code == null
        && (label.equals("合计") || label.equals("总计"));
  }

  /** How the names of rows end when finished: 项目, 经费, 资金, 金, 拨款, a bracketed year… */
  private static final java.util.regex.Pattern FINISHED = java.util.regex.Pattern.compile("(?:项目|经费|费|资金|金|拨款|[)）]|方案|支出)$");

  /** Whether a name ends as finished names end (see {@link #FINISHED}). */
  static boolean looksFinished(String name) {
    return FINISHED.matcher(HeaderLayout.squeeze(name)).find();
  }

  /**
   * A line continuing a row's text, split into the end of the row's name and the text: the words
   * before the first clause (no comma in them, 20 characters at most) finish a name that does not end
   * as names end; else the whole line is text.
   */
  static String[] nameThenText(String label, String line) {
    String[] words = line.strip().split(" ");
    StringBuilder name = new StringBuilder();
    int k = 0;
    while (k < words.length - 1 && !words[k].matches(".*[，,；;。、].*")) {
      name.append(words[k]);
      k++;
    }
    boolean fits = k > 0 && name.length() <= 20 && !words[0].matches("[-\\d.,%]+")
        && !looksFinished(label);
    if (!fits) {
      return new String[] {"", line};
    }
    return new String[] {name.toString(), String.join(" ", java.util.Arrays.asList(words).subList(k, words.length))};
  }

  /** How well an end finishes a name: into a known name (see {@link #completes}). */
  private static final int KNOWN = 3;

  /**
   * A line of a table without columns with the end of one of its names joined in, the end printed on
   * the line below (一、一般公共预算财政 2,940.05 一、一般公共服务支出 2,106.66, then 拨款收入): read as it
   * would have printed unwrapped, so that a name whose end shows that it spends is read on the side it
   * spends on, and a unit's name (某区卫生健康局本 医疗保障信息化建设 70.09 …, then 级) is a unit's. The end
   * finishes the name it completes best (see {@link #completes}), the line's last on a tie; two ends
   * under two names (拨款收入 业支出) finish one each when that makes both known names. In a one-sided
   * table only an end that makes a known name is joined so; the others finish the row's name after it
   * is read ({@link #fragment}). Empty when the end is joined to no name here.
   */
  static Optional<String> joined(String line, String below, boolean twoSided, CodeResolver codes) {
    List<String> ts = new ArrayList<>(LooseTable.tokens(line));
    // names: in a two-sided line the words up to an amount or a word opening an item; in a one-sided
    // line each word a cell (a unit's name, then a project's)
    List<Integer> ends = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < ts.size(); i++) {
      if (LooseTable.isFigure(ts.get(i))) {
        continue;
      }
      name.append(ts.get(i));
      if (!twoSided || i + 1 == ts.size() || LooseTable.isFigure(ts.get(i + 1)) || LooseTable.opensItem(ts.get(i + 1))) {
        ends.add(i);
        names.add(name.toString());
        name.setLength(0);
      }
    }
    if (ends.isEmpty()) {
      return Optional.empty();
    }
    String[] pieces = below.strip().split("\\s+");
    if (pieces.length == 2 && ends.size() == 2 && completes(names.get(0), pieces[0], !twoSided, codes) == KNOWN
        && completes(names.get(1), pieces[1], false, codes) == KNOWN) {
      ts.set(ends.get(0), ts.get(ends.get(0)) + pieces[0]);
      ts.set(ends.get(1), ts.get(ends.get(1)) + pieces[1]);
      return Optional.of(String.join(" ", ts));
    }
    String piece = HeaderLayout.squeeze(below);
    int owner = ends.size() - 1;
    int best = completes(names.get(owner), piece, owner == 0 && !twoSided, codes);
    for (int n = 0; n < ends.size(); n++) {
      // a unit's name is the first a one-sided line prints
      int rank = completes(names.get(n), piece, n == 0 && !twoSided, codes);
      if (rank > best) {
        owner = n;
        best = rank;
      }
    }
    if (best == 0 || !twoSided && best < KNOWN) {
      return Optional.empty();
    }
    ts.set(ends.get(owner), ts.get(ends.get(owner)) + piece);
    return Optional.of(String.join(" ", ts));
  }

  /**
   * How well a piece finishes a name: {@link #KNOWN} into a standard row, a catalog name (functional or
   * economic) or, for the name a unit's may be, a unit's; else 0 when the name is a known one as
   * printed, 2 when the whole spends, 1 otherwise.
   */
  private static int completes(String name, String piece, boolean unit, CodeResolver codes) {
    if (known(name + piece, unit, codes)) {
      return KNOWN;
    }
    return known(name, unit, codes) ? 0 : codes.spends(name + piece) ? 2 : 1;
  }

  private static boolean known(String label, boolean unit, CodeResolver codes) {
    String squeezed = HeaderLayout.squeeze(label);
    return HeaderLayout.isStandardRow(label) || codes.named(Ordinal.stripPrefix(squeezed))
        || unit && Units.isUnitName(squeezed);
  }
}
