package io.github.cnbudget.io.text;

/**
 * How the columns of a table are separated in the imported text (文本版式).
 */
public enum TextLayout {
  /** Cells are separated by tab characters (text copied from the PDF's table layer). */
  TAB,
  /**
   * Cells are runs of text separated by two or more spaces (the layout {@code pdftotext -layout}
   * produces).
   */
  SPACE,
  /** Decide from the text: tabs when tab-separated lines are common, spaces otherwise (default). */
  AUTO
}
