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
}
