package io.github.cnbudget.io.layout;

/**
 * One printed character (字形) with its box on the page.
 *
 * @param text the character (one code point, or a ligature's few)
 * @param box where it is printed; its bottom is the baseline
 * @param size the font size in points, used for gap and line tolerances
 */
public record Glyph(String text, Box box, double size) {}
