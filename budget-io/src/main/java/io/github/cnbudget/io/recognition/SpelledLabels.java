package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Header labels wrapped inside their cells and printed a piece per line (拆行表头), as text tools print
 * a header whose cells wrap at different heights: 国有资本经营 / 预 / 算财政拨 / 款 over four lines, the
 * pieces of the other columns beside them on each line. A label is spelled when pieces on successive
 * lines (any lines between them skipped), each used once, join to exactly the label. Longer labels
 * are spelled first, so 一般公共预算 does not take the pieces of 一般公共预算财政拨款. A header none of whose
 * labels is printed in pieces spells nothing: its labels are read as printed. Stateless.
 */
final class SpelledLabels {
  /** Above this many pieces a header is no header a table prints: nothing is spelled. */
  private static final int MAX_PIECES = 200;
  /** The steps the search for one label may take. */
  private static final int MAX_STEPS = 20_000;

  private SpelledLabels() {}

  /**
   * The labels the header's pieces spell, longest first.
   *
   * @param headerLines the header as printed, line by line, pieces parted by blanks
   * @param labels the labels to look for
   * @return the labels spelled, each once
   */
  static List<String> spelled(List<String> headerLines, Collection<String> labels) {
    return spell(headerLines, labels, java.util.Set.of()).orElseThrow();
  }

  /**
   * The labels the header's pieces spell, longest first, when they account for the whole header: every
   * piece is part of a label spelled or one of the words to pass over (项目, 收入, 支出 …).
   *
   * @param headerLines the header as printed, line by line, pieces parted by blanks
   * @param labels the labels to look for
   * @param passOver pieces that name no column (side and item words)
   * @return the labels spelled, or empty when a piece is left over
   */
  static java.util.Optional<List<String>> spelledWhole(List<String> headerLines, Collection<String> labels,
      java.util.Set<String> passOver) {
    return spell(headerLines, labels, passOver);
  }

  /** The labels spelled; with words to pass over, empty unless every other piece was used. */
  private static java.util.Optional<List<String>> spell(List<String> headerLines, Collection<String> labels,
      java.util.Set<String> passOver) {
    List<List<String>> pieces = new ArrayList<>();
    int count = 0;
    for (String line : headerLines) {
      List<String> ps = new ArrayList<>();
      for (String p : line.strip().split("[\\s\\u3000]+")) {
        if (!p.isEmpty()) {
          ps.add(p);
        }
      }
      count += ps.size();
      pieces.add(ps);
    }
    List<String> out = new ArrayList<>();
    if (count > MAX_PIECES) {
      return passOver.isEmpty() ? java.util.Optional.of(out) : java.util.Optional.empty();
    }
    boolean[][] used = new boolean[pieces.size()][];
    for (int i = 0; i < pieces.size(); i++) {
      used[i] = new boolean[pieces.get(i).size()];
    }
    List<String> byLength = new ArrayList<>(labels);
    byLength.sort((a, b) -> b.length() - a.length());
    boolean wrapped = false;
    for (String label : byLength) {
      if (!label.isEmpty() && !out.contains(label) && spell(label, 0, pieces, used, new int[] {MAX_STEPS})) {
        out.add(label);
        wrapped |= pieces.stream().flatMap(List::stream).noneMatch(label::equals);
      }
    }
    if (!wrapped) {
      // no label is printed in pieces: the header is not wrapped, and its printed order stands
      return passOver.isEmpty() ? java.util.Optional.of(List.of()) : java.util.Optional.empty();
    }
    if (!passOver.isEmpty()) {
      for (int i = 0; i < pieces.size(); i++) {
        for (int k = 0; k < pieces.get(i).size(); k++) {
          if (!used[i][k] && !passOver.contains(pieces.get(i).get(k))) {
            return java.util.Optional.empty();
          }
        }
      }
    }
    return java.util.Optional.of(out);
  }

  /**
   * Spells {@code rest} from pieces on line {@code from} or later, marking the pieces it takes; gives up
   * (false) when the search has taken its budget of steps, so that a header of many repeated one-character
   * pieces costs a bounded time, not one exponential in its lines.
   */
  private static boolean spell(String rest, int from, List<List<String>> pieces, boolean[][] used, int[] budget) {
    if (rest.isEmpty()) {
      return true;
    }
    for (int i = from; i < pieces.size(); i++) {
      List<String> line = pieces.get(i);
      for (int k = 0; k < line.size(); k++) {
        if (--budget[0] < 0) {
          return false;
        }
        if (!used[i][k] && rest.startsWith(line.get(k))) {
          used[i][k] = true;
          if (spell(rest.substring(line.get(k).length()), i + 1, pieces, used, budget)) {
            return true;
          }
          used[i][k] = false;
        }
      }
    }
    return false;
  }
}
