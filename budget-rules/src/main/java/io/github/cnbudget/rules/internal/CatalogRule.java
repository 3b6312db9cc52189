package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogEntry;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.catalog.NameMatch;
import io.github.cnbudget.model.catalog.Trust;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Codes and names against the classification catalog of the document's year (政府收支分类科目).
 *
 * <p>What is a WARNING depends on what the catalog knows. Inside a part the catalog holds completely
 * (its {@linkplain ClassificationCatalog#completePartOf complete parts}, e.g. the 款 of 302 from the
 * official template) a code it lacks is a WARNING naming the codes it has there. A printed name that
 * is the catalog's name of another code below the same parent is a WARNING once per table listing
 * every row involved: a code and name swapped, or a unit's private numbering that no sum can reveal
 * because every amount still adds up. That check needs the two names only, not a complete part, so
 * it runs wherever both entries are at least {@link Trust#PRINTED}. A name the code bore only in
 * earlier years is a WARNING ({@code stale-name}) when every such year ended before the document's.
 *
 * <p>Everything the catalog cannot judge goes into one INFO per document: the codes it does not
 * hold (count and list) and the printed names that are none of the code's names. Names cut short in
 * narrow cells, printed with ASCII or full-width brackets, or broken by spaces are the code's names
 * and never findings. Project rows, and one code printed on rows of different names in one table (a
 * list of projects under their functional code), print projects' names and are not compared.
 */
final class CatalogRule extends AbstractRule {
  static final String UNKNOWN = "unknown-code";
  static final String UNKNOWN_PARENT = "unknown-parent-code";
  static final String SWAPPED = "swapped-names";
  static final String STALE = "stale-name";
  static final String SUMMARY = "catalog-gaps";

  CatalogRule() {
    super("catalog-codes", Set.of(UNKNOWN, UNKNOWN_PARENT, SWAPPED, STALE, SUMMARY), Set.of("catalog"),
        "Codes exist in the catalog of the document's year and are printed with their names");
  }

  /** What one document's rows leave unjudged, gathered for the summary. */
  private static final class Gaps {
    final Set<String> codes = new TreeSet<>();
    final Set<String> names = new LinkedHashSet<>();
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    ClassificationCatalog catalog = ctx.catalog();
    FiscalYear year = d.year();
    List<Finding> out = new ArrayList<>();
    Gaps gaps = new Gaps();
    // A document prints each code in several tables (and unit sections): the catalog's entry of
    // the year is looked up once per distinct code.
    Map<ClassificationCode, Optional<CatalogEntry>> entries = new HashMap<>();
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      Location tl = Tables.tableLocation(ti, t);
      // a table printing the department and each unit repeats a code: each pair is listed once
      Set<String> swaps = new LinkedHashSet<>();
      OptionalInt swapLine = OptionalInt.empty();
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.code().isEmpty()) {
          continue;
        }
        ClassificationCode c = r.code().get();
        int rowIndex = ri;
        // made only for a finding: most coded rows are fine
        Supplier<Location> rl = () -> Tables.rowLocation(tl, rowIndex, r);
        Optional<CatalogEntry> entry = entries.computeIfAbsent(c, k -> catalog.entryOf(k, year));
        if (entry.isEmpty()) {
          unknown(catalog, year, t, c, rl, gaps).ifPresent(out::add);
          continue;
        }
        // A project row, or any row of a project table, prints the project's name beside the code.
        if (r.kind() == RowKind.PROJECT || t.kind() == TableKind.PROJECT_EXPENDITURE) {
          continue;
        }
        String printed = Tables.stripOrdinal(r.label().strip());
        // the name printed exactly as the catalog's needs no normalising (the rule's main cost)
        if (printed.isBlank() || printed.equals(entry.get().name())) {
          continue;
        }
        NameMatch m = catalog.matchName(c, printed, year);
        if (m == NameMatch.MATCHES) {
          continue;
        }
        // a shortened name is the code's own even when it is also a sibling's whole name
        if (m == NameMatch.MISMATCH) {
          Optional<ClassificationCode> owner = otherOwner(catalog, year, c, entry.get(), printed);
          if (owner.isPresent()) {
            swaps.add(c.digits() + " «" + printed + "» → " + owner.get().digits());
            if (swapLine.isEmpty()) {
              swapLine = r.line();
            }
            continue;
          }
        }
        if (m == NameMatch.OTHER_YEAR) {
          List<CatalogEntry> named = catalog.entriesNamed(c, printed);
          // a name whose range has not ended by the document's year is premature, not stale:
          // the bundled ranges follow renames whose exact year is not always sourced
          if (named.stream().allMatch(e -> e.validTo().isPresent() && e.validTo().get().isBefore(year))) {
            out.add(finding(STALE, Severity.WARNING).location(rl.get())
                .arguments(t.title(), c.digits(), printed, years(named), year, entry.get().name()).build());
          }
        } else if (m == NameMatch.MISMATCH && !listsProjects(catalog, year, t, c)) {
          gaps.names.add(c.digits() + " «" + printed + "»");
        }
      }
      if (!swaps.isEmpty()) {
        out.add(finding(SWAPPED, Severity.WARNING).location(swapLine.isPresent() ? tl.withLine(swapLine.getAsInt()) : tl)
            .arguments(t.title(), swaps.size(), year, String.join("; ", swaps)).build());
      }
    }
    if (!gaps.codes.isEmpty() || !gaps.names.isEmpty()) {
      out.add(finding(SUMMARY, Severity.INFO).location(Location.document())
          .arguments(year, gaps.codes.size(), list(gaps.codes), gaps.names.size(), list(gaps.names)).build());
    }
    return out;
  }

  /**
   * Whether a table prints one code on rows of two or more names that are none of the code's: a list
   * of projects under their functional code (达州's 一般公共预算项目支出预算表 prints eleven projects
   * under 2080109, below a row with the code's own name), whose names are the projects'. One stray
   * name among rows of the code's own names is not such a list.
   */
  private static boolean listsProjects(ClassificationCatalog catalog, FiscalYear year, DisclosureTable t,
      ClassificationCode c) {
    @Nullable String first = null;
    for (Row r : t.rows()) {
      if (r.code().isPresent() && r.code().get().equals(c)) {
        String label = Tables.stripOrdinal(r.label().strip());
        if (label.isBlank() || label.equals(first) || catalog.matchName(c, label, year).isKnownName()) {
          continue;
        }
        if (first != null) {
          return true;
        }
        first = label;
      }
    }
    return false;
  }

  /** A WARNING for a code missing from a part held completely; otherwise the code joins the summary. */
  private Optional<Finding> unknown(ClassificationCatalog catalog, FiscalYear year, DisclosureTable t,
      ClassificationCode c, Supplier<Location> rl, Gaps gaps) {
    if (catalog.completePartOf(c, year).isPresent()) {
      return Optional.of(finding(UNKNOWN, Severity.WARNING).location(rl.get())
          .arguments(t.title(), c.digits(), year, known(catalog, year, c)).build());
    }
    Optional<? extends ClassificationCode> parent = c.parent();
    if (c.level() == CodeLevel.ITEM && parent.isPresent() && !catalog.contains(parent.get(), year)
        && catalog.completePartOf(parent.get(), year).isPresent()) {
      return Optional.of(finding(UNKNOWN_PARENT, Severity.WARNING).location(rl.get())
          .arguments(t.title(), c.digits(), parent.get().digits(), year, known(catalog, year, parent.get())).build());
    }
    gaps.codes.add(c.digits());
    return Optional.empty();
  }

  /** The codes and names the catalog has beside a code, e.g. {@code 30201 办公费, 30202 印刷费}. */
  private static String known(ClassificationCatalog catalog, FiscalYear year, ClassificationCode c) {
    StringBuilder b = new StringBuilder();
    for (ClassificationCode s : catalog.siblings(c, year)) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(s.digits()).append(' ').append(catalog.nameOf(s, year).orElse(""));
    }
    return b.toString();
  }

  /**
   * The other code at the same level below the same parent whose name, that year, is the printed
   * name; only when both entries are attested well enough to accuse the document.
   */
  private static Optional<ClassificationCode> otherOwner(ClassificationCatalog catalog, FiscalYear year,
      ClassificationCode c, CatalogEntry own, String printed) {
    if (!own.trust().isAtLeast(Trust.PRINTED)) {
      return Optional.empty();
    }
    Optional<? extends ClassificationCode> parent = c.parent();
    List<ClassificationCode> candidates = parent.isPresent()
        ? catalog.resolve(printed, year, parent.get()) : catalog.resolve(printed, year, c.scheme());
    for (ClassificationCode o : candidates) {
      if (!o.equals(c) && o.level() == c.level()
          && catalog.entryOf(o, year).map(e -> e.trust().isAtLeast(Trust.PRINTED)).orElse(false)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static String list(Set<String> items) {
    return items.isEmpty() ? "—" : String.join(", ", items);
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
