package io.github.cnbudget.spark;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the tables derived from documents, one document at a time: each document's rows,
 * or one row with the reason when it cannot be read or its work fails, so that one broken
 * document never fails the job. Stateless.
 */
final class DerivedRows {
  private DerivedRows() {}

  /** A document's rows made with a rule set; serialisable, as Spark ships it to the executors. */
  @FunctionalInterface
  interface WithRules extends java.io.Serializable {
    Iterator<Row> rows(Row document, RuleSet rules);
  }

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  // each table's own columns: all but the document's five and the error
  private static final int FINDINGS = width(Schemas.findings());
  private static final int NOT_CHECKED = width(Schemas.notChecked());
  private static final int IMPORT_PROBLEMS = width(Schemas.importProblems());
  private static final int LINE_ITEMS = width(Schemas.lineItems());

  private static int width(org.apache.spark.sql.types.StructType schema) {
    return schema.size() - DocumentHead.WIDTH - 1;
  }

  static Iterator<Row> findings(Row document, RuleSet rules) {
    return each(document, FINDINGS, head -> {
      ValidationReport report = rules.validate(head.document());
      List<Row> out = new ArrayList<>(report.findings().size());
      int n = 0;
      for (Finding f : report.findings()) {
        Location l = f.location();
        out.add(head.row(++n, f.ruleId(), f.code(), f.severity().name(), l.pointer(), l.table().orElse(null),
            l.tableKind().map(Enum::name).orElse(null), l.unit().orElse(null), l.code().orElse(null),
            l.column().orElse(null), text(f.expected()), text(f.actual()), text(f.difference()), text(f.tolerance()),
            f.isWithinRounding(), f.isRoundingGroup() ? f.cells().size() : null, f.message(ZH), f.message(EN),
            page(l), line(l)));
      }
      return out;
    });
  }

  static Iterator<Row> notChecked(Row document, RuleSet rules) {
    return each(document, NOT_CHECKED, head -> {
      // what validate(document) reports as not checked (sorted, each once), without running the checks
      List<NotChecked> items = ValidationReport.of(List.of())
          .withNotChecked(rules.notChecked(head.document(), rules.context())).notChecked();
      List<Row> out = new ArrayList<>(items.size());
      int n = 0;
      for (NotChecked c : items) {
        Location l = c.location();
        out.add(head.row(++n, c.ruleId(), c.reason().code(), c.check(), c.subject(), l.pointer(),
            l.table().orElse(null), l.unit().orElse(null), l.code().orElse(null), l.column().orElse(null),
            c.message(ZH), c.message(EN), page(l), line(l)));
      }
      return out;
    });
  }

  static Iterator<Row> importProblems(Row document) {
    return each(document, IMPORT_PROBLEMS, head -> {
      List<Row> problems = document.getList(document.fieldIndex("import_problems"));
      List<Row> out = new ArrayList<>(problems.size());
      int n = 0;
      for (Row p : problems) {
        Object[] values = new Object[1 + p.length()];
        values[0] = ++n;
        for (int i = 0; i < p.length(); i++) {
          values[i + 1] = p.get(i);
        }
        out.add(head.row(values));
      }
      return out;
    });
  }

  static Iterator<Row> lineItems(Row document) {
    return each(document, LINE_ITEMS, head -> {
      Disclosure d = head.document();
      Map<String, String> unitCodes = new HashMap<>();
      for (BudgetUnit u : d.department().units()) {
        unitCodes.put(u.name(), u.code().orElse(null));
      }
      List<Row> out = new ArrayList<>();
      for (int t = 0; t < d.tables().size(); t++) {
        DisclosureTable table = d.tables().get(t);
        for (int r = 0; r < table.rows().size(); r++) {
          io.github.cnbudget.model.table.Row row = table.rows().get(r);
          String unit = row.unit().orElse(null);
          String code = row.code().map(c -> c.digits()).orElse(null);
          Integer page = row.place().map(PagePlace::page).orElse(null);
          Integer line = page != null || row.line().isEmpty() ? null : row.line().getAsInt();
          for (Map.Entry<String, Cell> e : row.cells().entrySet()) {
            Cell cell = e.getValue();
            BigDecimal value = cell.value().isPresent() ? fitting(cell.value().get(), t, r, e.getKey()) : null;
            out.add(head.row(t + 1, table.kind().name(), table.title(), r + 1,
                unit == null ? null : unitCodes.get(unit), unit, code, row.label(), e.getKey(), value,
                value == null ? null : value.scale(), cell.printed(), cell.mark().name(), cell.isRepaired(), page,
                line));
          }
        }
      }
      return out;
    });
  }

  /** The document's rows, or one row with why there are none. */
  private static Iterator<Row> each(Row document, int width, Function<DocumentHead, List<Row>> body) {
    DocumentHead head = DocumentHead.of(document);
    if (head.error() != null) {
      return head.failed(width, head.error()).iterator();
    }
    try {
      return body.apply(head).iterator();
    } catch (RuntimeException e) {
      return head.failed(width, Failures.describe(e)).iterator();
    }
  }

  /** A value exactly as a DECIMAL(38, 18) holds it, or an error naming the cell: never rounded. */
  private static BigDecimal fitting(BigDecimal v, int table, int row, String column) {
    if (v.scale() > Schemas.VALUE_SCALE || v.precision() - v.scale() > Schemas.VALUE_PRECISION - Schemas.VALUE_SCALE) {
      throw new ArithmeticException("Value " + v.toPlainString() + " of table " + (table + 1) + " row " + (row + 1)
          + " column " + column + " does not fit DECIMAL(" + Schemas.VALUE_PRECISION + ", " + Schemas.VALUE_SCALE
          + ") exactly");
    }
    return v;
  }

  private static @Nullable String text(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse(null);
  }

  private static @Nullable Integer page(Location l) {
    OptionalInt p = l.page();
    return p.isPresent() ? p.getAsInt() : null;
  }

  /** A PDF's values are found by their page; their line in the laid-out text means nothing to a reader. */
  private static @Nullable Integer line(Location l) {
    OptionalInt n = l.line();
    return l.page().isPresent() || n.isEmpty() ? null : n.getAsInt();
  }
}
