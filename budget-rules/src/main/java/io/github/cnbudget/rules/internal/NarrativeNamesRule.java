package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.catalog.CatalogEntry;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The narrative names functional 类, 款 and 项 by their names of the document's year (科目名称): a name
 * that the catalog knows only for other years (医疗卫生与计划生育支出 in a 2019-or-later document), or, for
 * a name printed with its code (卫生健康支出（210类）), a name that differs from the one the tables
 * print for that code. WARNINGs.
 */
final class NarrativeNamesRule extends AbstractRule {
  static final String STALE = "narrative-stale-name";
  static final String DIFFERS = "narrative-name-differs-from-table";

  NarrativeNamesRule() {
    super("narrative-classification-names", Set.of(STALE, DIFFERS), Set.of("narrative", "catalog"),
        "The narrative names classification codes by the names of the document's year and of its tables");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    ClassificationCatalog catalog = ctx.catalog();
    for (Fact f : Narratives.facts(d)) {
      for (String name : f.classificationNames()) {
        stale(d, catalog, f, name, out);
      }
      if (f.code().isPresent() && !f.classificationNames().isEmpty()) {
        String printed = f.classificationNames().get(f.classificationNames().size() - 1);
        tableName(d, f.code().get()).filter(n -> !squeeze(n).equals(squeeze(printed))).ifPresent(n ->
            out.add(finding(DIFFERS, Severity.WARNING).location(Narratives.location(d, f.paragraph()))
                .arguments(Narratives.quote(f.sentence()), f.code().get().digits(),
                    printed, n).build()));
      }
    }
    return out;
  }

  private void stale(Disclosure d, ClassificationCatalog catalog, Fact f, String name, List<Finding> out) {
    List<CatalogEntry> named = catalog.resolveAnyYear(name, Scheme.FUNCTIONAL);
    if (named.isEmpty() || !catalog.resolve(name, d.year(), Scheme.FUNCTIONAL).isEmpty()) {
      return;
    }
    CatalogEntry e = named.get(0);
    ClassificationCode code = e.code();
    Optional<String> current = catalog.nameOf(code, d.year());
    if (current.isEmpty() || squeeze(current.get()).equals(squeeze(name))) {
      return;
    }
    out.add(finding(STALE, Severity.WARNING).location(Narratives.location(d, f.paragraph()))
        .arguments(Narratives.quote(f.sentence()), name, code.digits(),
            d.year(), current.get()).build());
  }

  private static Optional<String> tableName(Disclosure d, FunctionalCode code) {
    for (DisclosureTable t : d.tables()) {
      for (Row r : t.rows()) {
        if (r.code().filter(code::equals).isPresent() && !r.label().isBlank()) {
          return Optional.of(r.label());
        }
      }
    }
    return Optional.empty();
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s（）()]", "");
  }
}
