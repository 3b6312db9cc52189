package io.github.cnbudget.io.layout;

/**
 * Text printed without a wide gap (文字串): a word, a number, or a phrase of Chinese.
 *
 * @param text the characters, with one blank where the page leaves a narrow gap between Latin words
 * @param box where it is printed
 */
public record TextRun(String text, Box box) {}
