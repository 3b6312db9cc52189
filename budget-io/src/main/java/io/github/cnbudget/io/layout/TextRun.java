package io.github.cnbudget.io.layout;

/**
 * Text printed without a wide gap (文字串): a word, a number, or a phrase of Chinese.
 *
 * @param text the characters, with one blank where the page leaves a narrow gap between Latin words
 * @param box where it is printed
 * @param glyphs its glyphs, left to right (empty when it was not read from glyphs)
 */
public record TextRun(String text, Box box, java.util.List<Glyph> glyphs) {
  public TextRun {
    glyphs = java.util.List.copyOf(glyphs);
  }

  /** A run known by its text and box only. */
  public TextRun(String text, Box box) {
    this(text, box, java.util.List.of());
  }
}
