package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.HeaderLayout.Role;
import io.github.cnbudget.io.recognition.HeaderLayout.Slot;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first amount printed so close to the name that the extraction put both in one cell
 * (社会保障和就业支出120.50 | 120.50 | 0.00 under 科目名称 | 合计 | 基本支出 | 项目支出): the row is one cell
 * short and every amount would slide one column left. A name cell ending in an amount (decimals or
 * thousands separators, right after a character of the name) on a row that prints fewer cells after the
 * name than the header has amount columns is read as the name and, in the next cell, the amount.
 */
final class GluedAmount {
  private static final Pattern NAME_THEN_AMOUNT =
      Pattern.compile("^(.*[\\u3400-\\u9fff）)])(-?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+))$");

  private GluedAmount() {}

  /** Splits the glued cell in place; whether it did. */
  static boolean split(List<String> cs, HeaderLayout h) {
    for (Slot s : h.slots) {
      if (s.role != Role.LABEL || s.position >= cs.size()) {
        continue;
      }
      Matcher m = NAME_THEN_AMOUNT.matcher(cs.get(s.position).strip());
      if (!m.matches()) {
        continue;
      }
      long printed = cs.subList(s.position + 1, cs.size()).stream().filter(c -> !c.isBlank()).count();
      long amounts = h.slots.stream().filter(x -> x.position > s.position && x.side == s.side
          && x.role == Role.AMOUNT).count();
      if (printed < amounts) {
        cs.set(s.position, m.group(1));
        cs.add(s.position + 1, m.group(2));
        // the row keeps its width: an empty cell at its end absorbs the shift
        if (cs.size() > h.slots.size() && cs.get(cs.size() - 1).isBlank()) {
          cs.remove(cs.size() - 1);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A name printed across the code and name columns (本年支出合计 over 科目编码 | 科目名称 of a summary
   * without rules) leaves the name column to the first amount, and every amount one column left: when
   * the name column holds an amount, the code column before it a name, and the row prints no more
   * cells from the name column on than the side has amount columns after it, an empty name cell is put
   * back and the amounts stand under their columns. Changes the cells in place; whether it did.
   */
  static boolean acrossCode(List<String> cs, HeaderLayout h) {
    for (Slot s : h.slots) {
      if (s.role != Role.LABEL || s.position == 0 || s.position >= cs.size()
          || !CellReader.isAmountLike(cs.get(s.position).strip())) {
        continue;
      }
      Slot before = null;
      for (Slot x : h.slots) {
        if (x.position == s.position - 1 && x.side == s.side) {
          before = x;
        }
      }
      if (before == null || before.role != Role.CODE || !LineShapes.HAN.matcher(cs.get(before.position)).find()) {
        continue;
      }
      long printed = cs.subList(s.position, cs.size()).stream().filter(c -> !c.isBlank()).count();
      long amounts = h.slots.stream().filter(x -> x.position > s.position && x.side == s.side
          && x.role == Role.AMOUNT).count();
      if (printed <= amounts) {
        cs.add(s.position, "");
        if (cs.size() > h.slots.size() && cs.get(cs.size() - 1).isBlank()) {
          cs.remove(cs.size() - 1);
        }
        return true;
      }
    }
    return false;
  }
}
