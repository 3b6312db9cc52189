package io.github.cnbudget.io.layout;

/** What a page is made of, in reading order: grids of cells and lines of text outside them (版面块). */
public sealed interface Block permits Grid, TextLine {
  /** Where the block is printed. */
  Box box();
}
