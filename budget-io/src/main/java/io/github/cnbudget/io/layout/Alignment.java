package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;

/** Grids from the alignment of text printed without ruling lines (无线表格). */
final class Alignment {
  private Alignment() {}

  static List<Block> find(List<TextLine> lines) {
    return new ArrayList<>(lines);
  }
}
