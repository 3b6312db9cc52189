package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.AmountUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every section of one import consults and reports to: the document's lines (for looking
 * ahead), the cell reader of its precision, the catalog resolver of its year, the units it names,
 * and the problems list. Handed to each section when it opens; nothing in it refers back to the
 * driver.
 */
final class Reading {
  final List<SourceLine> lines;
  final CellReader cells;
  final CodeResolver codes;
  final Units units;
  final List<ReadProblem> problems;
  /**
   * Lines printed outside any grid of a PDF (their zero-based index), or null for text input,
   * where nothing says whether a line belongs to a table.
   */
  private final @Nullable BitSet outsideGrids;
  /** The first amount unit printed anywhere (单位：万元): the document's, unless it says otherwise. */
  private @Nullable AmountUnit firstUnit;

  Reading(List<SourceLine> lines, CellReader cells, CodeResolver codes, Units units, List<ReadProblem> problems,
      @Nullable BitSet outsideGrids) {
    this.lines = lines;
    this.cells = cells;
    this.codes = codes;
    this.units = units;
    this.problems = problems;
    this.outsideGrids = outsideGrids;
  }

  /** Whether the page printed a line outside every grid (false for text input, which cannot say). */
  boolean outsideGrids(SourceLine l) {
    return outsideGrids != null && !outsideGrids.isEmpty() && outsideGrids.get(l.number - 1);
  }

  /** Notes a unit printed on a line; the first one is the document's. */
  void unitPrinted(AmountUnit unit) {
    if (firstUnit == null) {
      firstUnit = unit;
    }
  }

  Optional<AmountUnit> firstUnit() {
    return Optional.ofNullable(firstUnit);
  }

  /** The number of the last line before {@code l} that prints something, or 0. */
  int previousNonBlank(SourceLine l) {
    for (int k = l.number - 2; k >= 0; k--) {
      if (!lines.get(k).isBlank()) {
        return lines.get(k).number;
      }
    }
    return 0;
  }

  /** The next line that prints something, within a few lines after {@code l}. */
  Optional<SourceLine> nextNonBlank(SourceLine l, int within) {
    for (int k = l.number; k < lines.size() && k < l.number + within; k++) {
      if (!lines.get(k).isBlank()) {
        return Optional.of(lines.get(k));
      }
    }
    return Optional.empty();
  }

  /** Whether the catalog names a code as printed with exactly a name (blanks aside). */
  boolean catalogNames(String printedCode, String name) {
    return catalogName(printedCode).filter(HeaderLayout.squeeze(name)::equals).isPresent();
  }

  /** The catalog's name of a code as printed, squeezed; empty when the code is unreadable or unknown. */
  Optional<String> catalogName(String printedCode) {
    try {
      return codes.name(io.github.cnbudget.model.classification.ClassificationCodes.parse(printedCode))
          .map(HeaderLayout::squeeze);
    } catch (io.github.cnbudget.model.TextParseException e) {
      return Optional.empty();
    }
  }
}
