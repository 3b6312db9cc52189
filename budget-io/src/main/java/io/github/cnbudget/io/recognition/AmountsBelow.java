package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Amounts printed a line below their row's names (金额低于名称一行), as a tool grouping words into lines by
 * their heights prints a table whose numbers are set a few points lower than its words: each row's names,
 * then its amounts on a line of their own ({@code 总计 总计} / {@code 2,995.39 2,995.39}). The mirror of
 * amounts printed above their label ({@link AmountLines}), told apart per table by where its total row's
 * amounts stand: a total printing no amount on its line, the line below it printing amounts only, which
 * no row could own if they were printed above their names — the line above the total prints no amounts
 * (合计 under the header), or no row follows (总计 the table's last). Stateless; not instantiable.
 */
final class AmountsBelow {
  private AmountsBelow() {}

  /** How far a table's total row is looked for from its first row. */
  private static final int REACH = 120;

  /**
   * Whether the table whose rows start at line index {@code from} prints its amounts below their names:
   * its rows do not open with a line of amounts, and its first line printing 合计 or 总计 and nothing else
   * (one a side) has a line of amounts only right below it, and either none above it or no row after
   * those amounts. The look ends at the next table's title.
   */
  static boolean inTable(List<SourceLine> lines, int from, boolean twoSided) {
    int first = following(lines, from);
    if (first < lines.size() && amountsOnly(lines.get(first).text())) {
      // the rows open with a line of amounts: they stand above their names
      return false;
    }
    for (int i = from; i < Math.min(lines.size(), from + REACH); i++) {
      String text = lines.get(i).text();
      if (i > from && TableTitles.recognise(HeaderLayout.squeeze(text)).isPresent()) {
        return false;
      }
      List<String> ts = LooseTable.tokens(text);
      if (ts.isEmpty() || !ts.stream().allMatch(t -> t.equals("合计") || t.equals("总计"))) {
        continue;
      }
      // (the amounts on the very next line, a total a side: text printed in blocks puts blank lines
      // between a table's pieces, and one 总计 of a two-sided table apart from the other)
      int below = i + 1;
      if (below >= lines.size() || !amountsOnly(lines.get(below).text()) || twoSided && ts.size() != 2) {
        return false;
      }
      // the amounts are the total's when nothing above could own them, or no row follows to own them
      int above = previous(lines, i);
      int after = following(lines, below + 1);
      return above < 0 || !amountsOnly(lines.get(above).text())
          || after >= lines.size() || TableTitles.recognise(HeaderLayout.squeeze(lines.get(after).text())).isPresent();
    }
    return false;
  }

  /**
   * Whether a line prints amounts and nothing else: values only, the first no bare code (a code line
   * opens with 201 or 20106, an amount line with 2,112.86 or a whole number no code is).
   */
  static boolean amountsOnly(String text) {
    List<String> ts = LooseTable.tokens(text);
    return !ts.isEmpty() && ts.stream().allMatch(LooseTable::isValue)
        && (LooseTable.isPrintedAmount(ts.get(0)) || !LooseTable.CODE.matcher(ts.get(0)).matches());
  }

  /**
   * A line joined to the line of amounts below it, in the order a row's line prints them; empty when
   * which item the amounts are is not told. One name: its amounts. A two-sided line of two items: the
   * amounts are the expenditure item's when the income item prints its values on the line; when neither
   * does, the values split between the sides as their sums allow (a side's total the sum of its other
   * values), joined only when exactly one split does. A line of one side ending with values is left to
   * {@link AmountLines} (its total set lower).
   */
  static Optional<SourceLine> joined(SourceLine names, SourceLine amounts, List<Column> columns, boolean twoSided) {
    List<String> ts = LooseTable.tokens(names.text());
    List<String> below = LooseTable.tokens(amounts.text());
    List<Integer> named = new ArrayList<>();
    for (int k = 0; k < ts.size(); k++) {
      if (!LooseTable.isValue(ts.get(k))) {
        if (!LooseTable.HAN.matcher(ts.get(k)).find()) {
          return Optional.empty();
        }
        named.add(k);
      }
    }
    boolean endsWithName = !ts.isEmpty() && named.contains(ts.size() - 1);
    if (named.isEmpty() || named.size() > (twoSided ? 2 : 1) || named.get(0) != 0 || !twoSided && !endsWithName) {
      return Optional.empty();
    }
    String joined = names.text().strip() + " " + String.join(" ", below);
    if (named.size() == 1) {
      return Optional.of(SourceLine.of(names.number, joined));
    }
    List<Column> income = LooseTable.sideColumns(columns, Side.INCOME);
    List<Column> spends = LooseTable.sideColumns(columns, Side.EXPENDITURE);
    int incomeValues = named.get(1) - 1;
    if (incomeValues > 0) {
      // the income item's values on the line: those below are the expenditure item's
      int spendValues = ts.size() - named.get(1) - 1 + below.size();
      return incomeValues == income.size() && spendValues <= spends.size() ? Optional.of(SourceLine.of(names.number, joined))
          : Optional.empty();
    }
    if (!endsWithName) {
      return Optional.empty();
    }
    int split = -1;
    for (int i = 0; i <= Math.min(income.size(), below.size()); i++) {
      if (below.size() - i <= spends.size() && adds(below.subList(0, i), income) && adds(below.subList(i, below.size()), spends)) {
        if (split >= 0) {
          return Optional.empty();
        }
        split = i;
      }
    }
    if (split < 0) {
      return Optional.empty();
    }
    return Optional.of(SourceLine.of(names.number, ts.get(0) + " " + String.join(" ", below.subList(0, split)) + " " + ts.get(1)
        + " " + String.join(" ", below.subList(split, below.size()))));
  }

  /** Whether a side's values may stand in its columns: one or none, or its total first the sum of the others. */
  private static boolean adds(List<String> values, List<Column> side) {
    if (values.size() < 2) {
      return true;
    }
    if (!LooseTable.totalFirst(side) || !values.stream().allMatch(LooseTable::isPrintedAmount)) {
      // (a dash or a bare number is no amount to add)
      return false;
    }
    return AmountLines.sumOfOthers(values.stream().map(Amounts::parse).toList()) == 0;
  }

  private static int following(List<SourceLine> lines, int i) {
    int k = i;
    while (k < lines.size() && lines.get(k).isBlank()) {
      k++;
    }
    return k;
  }

  private static int previous(List<SourceLine> lines, int i) {
    int k = i - 1;
    while (k >= 0 && lines.get(k).isBlank()) {
      k--;
    }
    return k;
  }
}
