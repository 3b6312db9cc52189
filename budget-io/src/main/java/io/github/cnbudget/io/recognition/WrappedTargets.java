package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indicator names wrapped around their target (绕目标值折行的指标名称) in a grid printed without cell
 * boundaries: the name's start, the target alone, the name's end — as text sorted by position prints a
 * target centred beside two name lines — or the name's lines, then the target, as text in the order the
 * page wrote its cells prints them; a quoted name runs until its closing quote. The lines are given back
 * as one (name, then target) for the row reader. Stateless.
 */
final class WrappedTargets {
  private WrappedTargets() {}

  private static final Pattern QUOTE_OPEN = Pattern.compile("^[\"“]");
  private static final Pattern QUOTE_CLOSE = Pattern.compile("(?<!^)[\"”]$");

  /** The row as one line, and the number of the last line joined into it. */
  record Joined(SourceLine line, int through) {}

  /**
   * A row whose name wrapped, its target alone on a line among or after the name's lines, in a grid
   * printed without cell boundaries: the name's start, the target, the name's end (全面提升社区党员党性修养，
   * …牢固树 / 有效 / 立全心全意为民服务意识, as text sorted by position prints a target centred beside two
   * name lines), or the name's lines, then the target (in the order the page wrote the cells); a quoted
   * name runs until its closing quote. Given back as one line, name then target, the lines joined in
   * skipped; empty when the lines do not have that shape: an unquoted name's start at least ten
   * characters, one word, its end one word longer than the target, which is short or a comparison; none
   * of them a level label.
   */
  static Optional<Joined> around(SourceLine l, List<SourceLine> lines) {
    String first = l.text().strip();
    if (first.isEmpty() || GoalDraft.TARGET_LIKE.matcher(first).find() || IndicatorWords.isLevelPiece(first)) {
      return Optional.empty();
    }
    boolean quoted = QUOTE_OPEN.matcher(first).find() && !QUOTE_CLOSE.matcher(first).find();
    if (!quoted && (first.length() < 10 || first.contains(" "))) {
      return Optional.empty(); // (a row printing its name and target: the lines below are not looked at)
    }
    List<SourceLine> after = new ArrayList<>();
    for (int k = l.number; k < lines.size() && after.size() < 3; k++) {
      if (!lines.get(k).isBlank()) {
        after.add(lines.get(k));
      }
    }
    List<String> name = new ArrayList<>(List.of(HeaderLayout.squeeze(first)));
    String target = null;
    int through = -1;
    if (quoted) {
      boolean closed = false;
      for (SourceLine next : after) {
        String t = next.text().strip();
        if (target == null && loneTarget(t)) {
          target = t;
        } else if (!closed) {
          name.add(HeaderLayout.squeeze(t));
          closed = QUOTE_CLOSE.matcher(t).find();
        } else {
          break;
        }
        through = next.number;
        if (closed && target != null) {
          break;
        }
      }
      if (!closed || target == null) {
        return Optional.empty();
      }
    } else {
      if (after.size() < 2) {
        return Optional.empty();
      }
      String a = after.get(0).text().strip();
      String b = after.get(1).text().strip();
      boolean targetFirst = loneTarget(a) && nameEnd(b) && b.length() > a.length();
      boolean targetLast = nameEnd(a) && loneTarget(b) && a.length() > b.length();
      if (targetFirst == targetLast) {
        return Optional.empty();
      }
      name.add(HeaderLayout.squeeze(targetFirst ? b : a));
      target = targetFirst ? a : b;
      through = after.get(1).number;
    }
    return Optional.of(new Joined(SourceLine.of(l.number, String.join("", name) + " " + target), through));
  }

  /** A target printed alone: one word, short or a comparison, no level label, no quote. */
  private static boolean loneTarget(String t) {
    return !t.isEmpty() && !t.contains(" ") && !QUOTE_OPEN.matcher(t).find() && !QUOTE_CLOSE.matcher(t).find()
        && !IndicatorWords.isLevelPiece(t) && (t.length() <= 6 || GoalDraft.TARGET_LIKE.matcher(t).find());
  }

  /** A name's end printed alone: one word with a Chinese character, no comparison, no level label. */
  private static boolean nameEnd(String t) {
    return !t.isEmpty() && !t.contains(" ") && LineShapes.HAN.matcher(t).find() && !GoalDraft.TARGET_LIKE.matcher(t).find()
        && !IndicatorWords.isLevelPiece(t);
  }

}
