package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Ordinal;
import java.util.List;
import java.util.Optional;

/**
 * Tall rows whose name is printed around the line of their code and amounts (名称环绕的高行), as text
 * tools print a row whose cells are centred in its height: the name's start above the line, its end
 * below, the line itself printing no name (十九、住房保障支 / 221 712,757 712,757 0 0 / 出). What tells such a
 * line and joins its pieces; {@link LooseRows} reads the rows. Stateless; not instantiable.
 */
final class TallRows {
  private TallRows() {}

  /** A row's line put back together, and the lines it took in. */
  record Item(SourceLine line, List<Integer> consumed) {}

  /**
   * A two-sided summary's tall expenditure item from the line of its name's start: the next line prints
   * a functional code and a value for each expenditure column, and nothing else; the name's end below is
   * joined when the catalog names the code with the two pieces, or, when it does not know the code, when
   * the first piece does not end as names end. Empty for any other line.
   */
  static Optional<Item> twoSidedItem(SourceLine l, List<Column> columns, Reading reading) {
    String head = l.text().strip();
    if (LooseTable.hasAmount(head) || head.length() > 20 || !LineShapes.HAN.matcher(head).find()
        || LooseTable.tokens(head).size() > 1) {
      return Optional.empty();
    }
    int k = LooseRows.next(reading.lines, l.number);
    if (k >= reading.lines.size()) {
      return Optional.empty();
    }
    SourceLine codeLine = reading.lines.get(k);
    List<String> ts = LooseTable.tokens(codeLine.text());
    if (!LooseTable.namelessItem(ts, columns)) {
      return Optional.empty();
    }
    String name = head;
    List<Integer> consumed = new java.util.ArrayList<>(List.of(codeLine.number));
    int e = LooseRows.next(reading.lines, k + 1);
    if (e < reading.lines.size() && LooseTable.isNameFragment(reading.lines.get(e).text())) {
      String end = HeaderLayout.squeeze(reading.lines.get(e).text());
      String bare = Ordinal.stripPrefix(head);
      boolean joins = reading.catalogName(ts.get(0)).map(HeaderLayout::squeeze)
          .map(n -> n.equals(bare + end)).orElse(!WrappedNames.looksFinished(head));
      if (joins) {
        name = head + end;
        consumed.add(reading.lines.get(e).number);
      }
    }
    return Optional.of(new Item(SourceLine.of(codeLine.number, ts.get(0) + " " + name + " "
        + String.join(" ", ts.subList(1, ts.size()))), consumed));
  }

  /**
   * Whether the line below a name's start is its row's line, printing no name: a code and values only
   * (see {@link LineCodes#namelessCode}), or a bare number before values that the catalog names as a code
   * beginning with the piece (用于城乡医疗救助的彩 / 2296013 20143 20143: in whole 元 without separators a
   * seven-digit code is not told from an amount by its shape).
   */
  static boolean startsNamelessRow(String below, String piece, int columns, Reading reading) {
    if (LineCodes.namelessCode(below, columns)) {
      return true;
    }
    List<String> ts = LooseTable.tokens(below);
    return ts.size() > 1 && LooseTable.CODE.matcher(ts.get(0)).matches()
        && ts.subList(1, ts.size()).stream().allMatch(LooseTable::isFigure)
        && WrappedNames.begins(reading.catalogName(ts.get(0)), piece);
  }

  /**
   * Whether a line prints whole amounts only, two or more (25444151 25444151 25444151: a table of whole 元
   * printing no separators), which no code line and no 栏次 line inside the rows is.
   */
  static boolean wholeAmountsOnly(String text) {
    List<String> ts = LooseTable.tokens(text);
    return ts.size() >= 2 && ts.stream().allMatch(t -> LooseTable.WHOLE.matcher(t).matches() || LooseTable.DASH.matcher(t).matches())
        && ts.stream().anyMatch(t -> t.length() > 3);
  }
}
