package io.github.cnbudget.io.layout;

import java.util.List;

/**
 * A line of text outside any grid (文字行): its runs from left to right, split where the page
 * leaves a gap wider than a character.
 *
 * @param runs the runs, left to right
 * @param box the line's box
 */
public record TextLine(List<TextRun> runs, Box box) implements Block {
  public TextLine {
    runs = List.copyOf(runs);
  }

  /** The runs joined by one blank. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (TextRun r : runs) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(r.text());
    }
    return b.toString();
  }
}
