package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogEntry;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.catalog.NameMatch;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Codes and names against the classification catalog of the document's year (政府收支分类科目):
 * a code the catalog does not have that year; a printed name that is the code's name in other
 * years only (WARNING naming the years, e.g. a 2020 document still printing 医疗卫生与计划生育支出,
 * the name of 210 until 2018); a printed name that never was the code's (INFO: documents abbreviate);
 * a 项 under a 款 that the catalog does not have. Against the partial bundled catalog unknown codes
 * are INFO; against a catalog given by the caller they are WARNINGs.
 */
final class CatalogRule extends AbstractRule {
  static final String UNKNOWN = "unknown-code";
  static final String STALE = "stale-name";
  static final String MISMATCH = "name-mismatch";
  static final String UNKNOWN_PARENT = "unknown-parent-code";

  CatalogRule() {
    super("catalog-codes", Set.of(UNKNOWN, STALE, MISMATCH, UNKNOWN_PARENT), Set.of("catalog"),
        "Codes exist in the catalog of the document's year and are printed with that year's names");
  }

  @Override
  public List<Finding> check(Disclosure d, RuleContext ctx) {
    ClassificationCatalog catalog = ctx.catalog();
    Severity unknownSeverity = ctx.isCatalogAuthoritative() ? Severity.WARNING : Severity.INFO;
    FiscalYear year = d.year();
    List<Finding> out = new ArrayList<>();
    // A document prints each code in several tables (and unit sections): the catalog's entry of
    // the year is looked up once per distinct code, in a map small enough to stay in cache.
    Map<ClassificationCode, Optional<CatalogEntry>> entries = new HashMap<>();
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      Location tl = Tables.tableLocation(ti, t);
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.code().isEmpty()) {
          continue;
        }
        ClassificationCode c = r.code().get();
        // made only for a finding: most coded rows are fine
        int rowIndex = ri;
        Supplier<Location> rl = () -> Tables.rowLocation(tl, rowIndex, r);
        // one look-up answers both contains() and the name of the year
        Optional<CatalogEntry> entry = entries.get(c);
        if (entry == null) {
          entry = catalog.entryOf(c, year);
          entries.put(c, entry);
        }
        if (entry.isEmpty()) {
          Optional<? extends ClassificationCode> parent = c.parent();
          if (c.level() == CodeLevel.ITEM && parent.isPresent() && !catalog.contains(parent.get(), year)) {
            out.add(finding(UNKNOWN_PARENT, unknownSeverity).location(rl.get())
                .arguments(t.title(), c.digits(), parent.get().digits(), year).build());
          } else {
            out.add(finding(UNKNOWN, unknownSeverity).location(rl.get()).arguments(t.title(), c.digits(), year).build());
          }
          continue;
        }
        // A project row printed beside its code carries the project's name, not the code's.
        if (r.kind() == RowKind.PROJECT) {
          continue;
        }
        String printed = Tables.stripOrdinal(r.label().strip());
        if (printed.isBlank()) {
          continue;
        }
        // The name printed exactly as the catalog's normalises the same: matchName would answer
        // MATCHES after normalising both (Unicode normalisation per row was the rule's main cost).
        if (printed.equals(entry.get().name())) {
          continue;
        }
        NameMatch m = catalog.matchName(c, printed, year);
        if (m == NameMatch.OTHER_YEAR) {
          String current = catalog.nameOf(c, year).orElse("");
          out.add(finding(STALE, Severity.WARNING).location(rl.get())
              .arguments(t.title(), c.digits(), printed, years(catalog.entriesNamed(c, printed)), year, current)
              .build());
        } else if (m == NameMatch.MISMATCH) {
          String current = catalog.nameOf(c, year).orElse("");
          out.add(finding(MISMATCH, Severity.INFO).location(rl.get())
              .arguments(t.title(), c.digits(), printed, year, current).build());
        }
      }
    }
    return out;
  }

  /** The years a name belongs to, e.g. {@code –2018} or {@code 2019–}. */
  static String years(List<CatalogEntry> entries) {
    StringBuilder b = new StringBuilder();
    for (CatalogEntry e : entries) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e.validFrom().map(FiscalYear::toString).orElse("")).append('–')
          .append(e.validTo().map(FiscalYear::toString).orElse(""));
    }
    return b.toString();
  }
}
