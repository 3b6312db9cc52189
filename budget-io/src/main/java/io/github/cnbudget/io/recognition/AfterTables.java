package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What can be settled only once every table is read: values printed without their columns placed
 * by the sums of the other tables, and names printed without codes given the code printed beside
 * the same name elsewhere in the document or the catalog's.
 */
final class AfterTables {
  private AfterTables() {}

  /** Gives names printed without a code the code the document or the catalog has for them. */
  static void resolveNames(List<TableDraft> tables, Reading reading) {
    resolveSummaryCodes(tables, reading);
    resolveEconomicNames(tables, reading);
  }

  /**
   * Places the values that loose tables printed without column positions, once every table is read
   * (支出决算表 is checked against the appropriation tables printed after it); twice, because a
   * table's placements can settle another's. What stays unplaced is reported.
   */
  static void placeLooseValues(List<TableDraft> tables, Reading reading) {
    for (int pass = 0; pass < 2; pass++) {
      for (TableDraft t : tables) {
        if (t.looseColumns != null) {
          ColumnInference.resolve(t, tables, reading.cells, reading.problems);
        }
      }
    }
    for (TableDraft t : tables) {
      for (RowDraft r : t.rows) {
        if (!r.pending.isEmpty()) {
          reading.problems.add(LooseTable.unplaced(r));
        }
      }
    }
  }

  /**
   * The expenditure side of the two summaries prints functional names without codes
   * (一、社会保障和就业支出, 行政运行…): a name gets the code printed beside the same name in the
   * document's other tables when that code is unique, else the catalog's 类 code for the name.
   */
  private static void resolveSummaryCodes(List<TableDraft> tables, Reading reading) {
    Map<String, java.util.Set<ClassificationCode>> byName = new HashMap<>();
    for (TableDraft t : tables) {
      for (RowDraft r : t.rows) {
        if (r.code instanceof FunctionalCode && !r.label.isEmpty()) {
          byName.computeIfAbsent(nameKey(r.label), k -> new java.util.LinkedHashSet<>()).add(r.code);
        }
      }
    }
    for (TableDraft t : tables) {
      if (!t.title.kind.isTwoSided()) {
        resolveSubtotalNames(t, byName);
        continue;
      }
      for (RowDraft r : t.rows) {
        if (r.side != Side.EXPENDITURE || r.code != null || r.concept != null || r.label.isEmpty()) {
          continue;
        }
        java.util.Set<ClassificationCode> codes = byName.getOrDefault(nameKey(r.label), java.util.Set.of());
        if (codes.size() == 1) {
          r.code = codes.iterator().next();
        } else if (codes.size() > 1) {
          reading.problems.add(ReadProblem.of(ReadProblem.Kind.AMBIGUOUS_NAME, Severity.INFO, r.line, r.label,
              "name printed with several codes elsewhere " + codes + "; left without a code"));
        } else {
          r.code = reading.codes.classCode(Ordinal.stripPrefix(r.label.strip())).orElse(null);
        }
      }
    }
  }

  /**
   * Tables by economic class sometimes print names without codes (工资福利支出, 基本工资…): a name gets
   * the departmental economic code the catalog gives it for the year, when exactly one.
   */
  private static void resolveEconomicNames(List<TableDraft> tables, Reading reading) {
    for (TableDraft t : tables) {
      TableKind k = t.title.kind;
      if (k != TableKind.GENERAL_PUBLIC_BY_ECONOMIC && k != TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC
          && k != TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC) {
        continue;
      }
      for (RowDraft r : t.rows) {
        if (r.code != null || r.kind != RowKind.ITEM || r.label.isEmpty()) {
          continue;
        }
        reading.codes.economicCode(r.label.strip()).ifPresent(c -> {
          r.code = c;
          r.kind = RowKind.CODE;
        });
      }
    }
  }

  /**
   * In a table of functional code rows, a line printed with a functional name but no code (a
   * subtotal such as 社会保险经办机构 over its projects) takes the code printed beside the same name
   * elsewhere in the document, when unique.
   */
  private static void resolveSubtotalNames(TableDraft t, Map<String, java.util.Set<ClassificationCode>> byName) {
    boolean functional = t.rows.stream().anyMatch(r -> r.code instanceof FunctionalCode);
    if (!functional) {
      return;
    }
    for (RowDraft r : t.rows) {
      if (r.code == null && r.kind == RowKind.ITEM && r.concept == null && !r.label.isEmpty()) {
        java.util.Set<ClassificationCode> codes = byName.getOrDefault(nameKey(r.label), java.util.Set.of());
        if (codes.size() == 1) {
          r.code = codes.iterator().next();
        }
      }
    }
  }

  private static String nameKey(String label) {
    return HeaderLayout.squeeze(Ordinal.stripPrefix(label.strip()));
  }
}
