package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A funding line of a self-evaluation (项目资金: 年度资金总额, 其中：当年财政拨款, …) whose values may run
 * on below its label in a narrow column: {@code 年度资金总额 24772100.00 23023000.00} / {@code 13223551.7}
 * / {@code 1} / {@code 10 57% 5.7}. An amount broken in two (its last decimal wrapped onto the next line)
 * is joined only when the line then has one value per column and the joined amount has the decimals of
 * the line's other amounts; the joined cell keeps what was printed.
 */
final class FundingLine {
  private static final Pattern VALUE = Pattern.compile("[\\d,]+(?:\\.\\d+)?%?|[—–－-]+");
  private static final Pattern DECIMALS = Pattern.compile("[\\d,]+\\.(\\d+)");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final String label;
  private final int line;
  private final List<String> values = new ArrayList<>();
  /** Indexes of the values that open a line below the label. */
  private final List<Integer> lineStarts = new ArrayList<>();

  FundingLine(List<String> tokens, int line) {
    this.label = tokens.get(0);
    this.line = line;
    values.addAll(tokens.subList(1, tokens.size()));
  }

  /** True when every token is a value (an amount, a percentage, a dash): a line the values ran on to. */
  static boolean isValues(List<String> tokens) {
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> VALUE.matcher(t).matches());
  }

  /** Adds the values of a line below the label. */
  void runOn(List<String> tokens) {
    lineStarts.add(values.size());
    values.addAll(tokens);
  }

  /** True when the values printed so far are at least one per column: no line below can be its. */
  boolean complete(int columns) {
    return values.size() >= columns;
  }

  /** What was printed, label and values, for a report. */
  String printed() {
    return label + " " + String.join(" ", values);
  }

  int line() {
    return line;
  }

  /**
   * The line's amounts under their columns, or empty when they are not one per column even after
   * joining an amount broken over two lines.
   *
   * @param columns the funding block's column names
   * @return the labelled amounts
   */
  Optional<LabelledAmounts> read(List<String> columns) {
    List<Cell> cells = new ArrayList<>();
    if (values.size() == columns.size()) {
      values.forEach(v -> cells.add(Cell.printed(v)));
    } else if (values.size() == columns.size() + 1) {
      int broken = brokenAt();
      if (broken < 0) {
        return Optional.empty();
      }
      for (int i = 0; i < values.size(); i++) {
        if (i == broken) {
          String start = values.get(i);
          String end = values.get(i + 1);
          cells.add(Cell.repaired(new BigDecimal((start + end).replace(",", "")), start + " " + end));
          i++;
        } else {
          cells.add(Cell.printed(values.get(i)));
        }
      }
    } else {
      return Optional.empty();
    }
    LabelledAmounts.Builder f = LabelledAmounts.builder().label(label).line(line);
    for (int i = 0; i < columns.size(); i++) {
      f.putCells(columns.get(i), cells.get(i));
    }
    return Optional.of(f.build());
  }

  /**
   * The only value ending a line whose decimals fall short of the amounts printed before it, when the
   * next line opens with the missing digits; -1 when there is none or more than one.
   */
  private int brokenAt() {
    int found = -1;
    for (int next : lineStarts) {
      int k = next - 1;
      if (k < 0 || next >= values.size()) {
        continue;
      }
      Matcher start = DECIMALS.matcher(values.get(k));
      String end = values.get(next);
      int scale = scaleBefore(k);
      if (start.matches() && DIGITS.matcher(end).matches() && start.group(1).length() < scale
          && start.group(1).length() + end.length() == scale) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  /** The decimals every amount before {@code k} prints (the published scale), or -1 when they differ or none does. */
  private int scaleBefore(int k) {
    int scale = -1;
    for (String v : values.subList(0, k)) {
      Matcher m = DECIMALS.matcher(v);
      if (m.matches()) {
        if (scale >= 0 && scale != m.group(1).length()) {
          return -1;
        }
        scale = m.group(1).length();
      }
    }
    return scale;
  }
}
