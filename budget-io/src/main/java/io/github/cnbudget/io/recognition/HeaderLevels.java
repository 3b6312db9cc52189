package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.table.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A header printed level by level whose lines a text tool put out of their levels' order (层级错位的表头):
 * tall cells' text printed at the height it sat at, so that a group's label set in the middle of a
 * two-line cell comes on a line of its own above its siblings (公务用车购置及运行费 above 合计 因公出国(境)费
 * 公务接待费), and a label wrapped in its cell is cut around it (2024年机关运行经 … 费预算数). The words cut
 * apart are joined when together they name a column; then lines of one or two labels are moved into
 * other lines, at most twice, until the header reads as levels ({@link HeaderPaths#leafPaths}) whose leaves are as many as
 * the fullest row prints and whose totals that row's values add up to. The reading whose sums the values
 * confirm in the most groups is taken, when it is the only one: the arithmetic, not the order the tool
 * printed, decides where a group stands among its siblings. Stateless.
 */
final class HeaderLevels {
  private HeaderLevels() {}

  /** Headers larger than this are not rearranged: the arrangements grow with the square of the moves. */
  private static final int MAX_LINES = 6;
  private static final int MAX_WORDS = 8;
  private static final int MAX_MOVES = 2;
  /** Only a line of a label or two moves: a tall cell's label set apart from its level, not a level. */
  private static final int MOVED_WORDS = 2;
  /** Arrangements tried at most: a header of many short lines is left as printed rather than searched long. */
  private static final int MAX_ARRANGEMENTS = 3000;

  /**
   * The leaf paths of the one arrangement of the header's lines that reads as levels and that the
   * fullest row's values add up under; empty when none or several do, or the values cannot be read.
   */
  static Optional<List<List<String>>> rearranged(List<String> header, List<String> fullest) {
    List<BigDecimal> values = new ArrayList<>();
    for (String v : fullest) {
      try {
        values.add(new BigDecimal(v.replace(",", "")));
      } catch (NumberFormatException e) {
        return Optional.empty(); // a dash or a mark: the sums cannot be checked
      }
    }
    List<List<String>> lines = new ArrayList<>();
    for (String line : header) {
      List<String> words = LooseHeader.headerWords(line);
      if (!words.isEmpty()) {
        lines.add(words);
      }
    }
    if (lines.size() < 2 || lines.size() > MAX_LINES || lines.stream().anyMatch(l -> l.size() > MAX_WORDS)
        || values.size() < 2) {
      return Optional.empty();
    }
    joinCutWords(lines);
    java.util.Map<List<List<String>>, Integer> readings = new java.util.LinkedHashMap<>();
    Set<List<List<String>>> seen = new java.util.HashSet<>();
    arrange(lines, MAX_MOVES, values, readings, seen);
    if (seen.size() >= MAX_ARRANGEMENTS) {
      return Optional.empty(); // not every arrangement was tried: the one found may not be the only one
    }
    int most = readings.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<List<List<String>>> best = readings.entrySet().stream().filter(e -> e.getValue() == most)
        .map(java.util.Map.Entry::getKey).toList();
    return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
  }

  /**
   * Adds the readings of the arrangements reached from {@code lines} by at most {@code moves} moves,
   * each with the number of its groups whose sums the values confirm.
   */
  private static void arrange(List<List<String>> lines, int moves, List<BigDecimal> values,
      java.util.Map<List<List<String>>, Integer> readings, Set<List<List<String>>> seen) {
    if (seen.size() >= MAX_ARRANGEMENTS || !seen.add(lines)) {
      return;
    }
    HeaderPaths.leafPathsOfWords(lines)
        .filter(paths -> paths.size() == values.size())
        .ifPresent(paths -> {
          int checked = checkedSums(paths, values);
          if (checked > 0) {
            readings.put(paths, checked);
          }
        });
    if (moves == 0) {
      return;
    }
    for (int from = 0; from < lines.size(); from++) {
      if (lines.get(from).size() > MOVED_WORDS) {
        continue;
      }
      for (int to = 0; to < lines.size(); to++) {
        if (to == from) {
          continue;
        }
        for (int at = 0; at <= lines.get(to).size(); at++) {
          List<List<String>> moved = new ArrayList<>();
          for (int k = 0; k < lines.size(); k++) {
            if (k == to) {
              List<String> into = new ArrayList<>(lines.get(to));
              into.addAll(at, lines.get(from));
              moved.add(into);
            } else if (k != from) {
              moved.add(lines.get(k));
            }
          }
          arrange(moved, moves - 1, values, readings, seen);
        }
      }
    }
  }

  /**
   * Joins a line's last word to a later line's first when together they name a column neither names
   * alone (2024年机关运行经 + 费预算数: 机关运行经费预算数, where 预算数 alone is only an amount).
   */
  private static void joinCutWords(List<List<String>> lines) {
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        List<String> a = lines.get(i);
        List<String> b = lines.get(j);
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        String end = a.get(a.size() - 1);
        String start = b.get(0);
        Concept whole = concept(end + start);
        if (whole != Concept.OTHER && whole != concept(end) && whole != concept(start)) {
          List<String> joined = new ArrayList<>(a);
          joined.set(joined.size() - 1, end + start);
          lines.set(i, joined);
          lines.set(j, new ArrayList<>(b.subList(1, b.size())));
        }
      }
    }
    lines.removeIf(List::isEmpty);
  }

  private static Concept concept(String word) {
    return HeaderPaths.columnConcept(word);
  }

  /**
   * How many groups the values confirm under the paths, or -1 when one contradicts them: a group
   * printing a total (合计, 小计) among its direct parts is confirmed when the total is the sum of the
   * others, a divided part counted by its own subtotal, within a cent for each addend (printed figures
   * are rounded); a group whose divided part prints no subtotal cannot be checked. The reading the most
   * groups confirm is taken: one that leaves a total unchecked says less.
   */
  static int checkedSums(List<List<String>> paths, List<BigDecimal> values) {
    Set<List<String>> groups = new LinkedHashSet<>();
    for (List<String> p : paths) {
      for (int n = 0; n < p.size(); n++) {
        groups.add(p.subList(0, n));
      }
    }
    int checked = 0;
    for (List<String> group : groups) {
      BigDecimal total = null;
      BigDecimal sum = BigDecimal.ZERO;
      int addends = 0;
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < paths.size(); i++) {
        List<String> p = paths.get(i);
        if (p.size() <= group.size() || !p.subList(0, group.size()).equals(group)) {
          continue;
        }
        String part = p.get(group.size());
        if (p.size() == group.size() + 1) {
          if (LooseHeader.isSubtotal(part) && total == null) {
            total = values.get(i);
          } else {
            sum = sum.add(values.get(i));
            addends++;
          }
        } else if (seen.add(part)) {
          Optional<BigDecimal> sub = subtotal(paths, values, p.subList(0, group.size() + 1));
          if (sub.isEmpty()) {
            total = null;
            addends = -1;
            break;
          }
          sum = sum.add(sub.get());
          addends++;
        }
      }
      if (total == null || addends <= 0) {
        continue;
      }
      BigDecimal slack = new BigDecimal("0.01").multiply(BigDecimal.valueOf(addends));
      if (total.subtract(sum).abs().compareTo(slack) > 0) {
        return -1;
      }
      checked++;
    }
    return checked;
  }

  /** A divided part's value: its own subtotal (小计 under 公务用车购置及运行费), when printed. */
  private static Optional<BigDecimal> subtotal(List<List<String>> paths, List<BigDecimal> values, List<String> part) {
    for (int i = 0; i < paths.size(); i++) {
      List<String> p = paths.get(i);
      if (p.size() == part.size() + 1 && p.subList(0, part.size()).equals(part) && LooseHeader.isSubtotal(p.get(part.size()))) {
        return Optional.of(values.get(i));
      }
    }
    return Optional.empty();
  }
}
