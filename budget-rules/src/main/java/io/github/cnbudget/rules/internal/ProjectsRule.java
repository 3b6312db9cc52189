package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Projects (项目): a project does not start (起始年度) after a year for which it reports a budget,
 * and a project printed twice in one document (the department-wide project table and the project's
 * own form, 项目支出绩效目标表) has one name and one category (项目类别) in both. The same project is
 * the same printed code; without codes, the same name (then only the category is compared).
 *
 * <p>A project form's money block holds each part to its whole: this year's budget (当年预算, 年度资金申请总额)
 * is no more than the project's total, and a funding source printed under a side of the block
 * (年度资金申请总额/其中：当年财政拨款) no more than that side's figure. A side is this year's when its label
 * says so (年度, 当年, 本年), else the project's total. Both figures are printed by one form in one unit, so
 * a part over its whole by more than the rounding of the printed digits cannot be.
 *
 * <p>A project funded this year from 政府性基金 or 国有资本经营预算 (a source so named, printed without a side
 * or under this year's side) while the document prints that budget's expenditure table empty: the
 * funding split and the function tables cannot both hold (WARNING: the form may list a source the
 * tables book elsewhere).
 */
final class ProjectsRule extends AbstractRule {
  static final String START_YEAR = "project-start-after-budget";
  static final String MISMATCH = "project-mismatch";
  static final String PART_EXCEEDS = "project-part-exceeds-whole";
  static final String FUNDING_WITHOUT_TABLE = "project-funding-without-table";
  private static final Pattern ANNUAL_SIDE = Pattern.compile("年度|当年|本年");

  ProjectsRule() {
    super("project-facts", Set.of(START_YEAR, MISMATCH, PART_EXCEEDS, FUNDING_WITHOUT_TABLE), Set.of("performance"),
        "A project starts no later than its budget year and has one name and category in every form");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    Map<String, Integer> byCode = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    int year = d.year().value();
    for (int pi = 0; pi < d.projects().size(); pi++) {
      Project p = d.projects().get(pi);
      Integer index = pi;
      Location at = location(pi, p);
      if (p.startYear().isPresent() && p.startYear().getAsInt() > year && hasAmount(p)) {
        out.add(finding(START_YEAR, Severity.ERROR).location(at)
            .arguments(p.name().strip(), p.startYear().getAsInt(), year).build());
      }
      parts(out, at, p);
      fundingWithoutTable(out, at, p, d);
      Integer same = p.code().map(c -> byCode.putIfAbsent(TargetConsistencyRule.norm(c), index)).orElse(null);
      if (same != null) {
        Project q = d.projects().get(same);
        if (!TargetConsistencyRule.norm(q.name()).equals(TargetConsistencyRule.norm(p.name()))) {
          out.add(finding(MISMATCH, Severity.WARNING).location(at)
              .arguments(p.code().get(), "项目名称", q.name().strip(), p.name().strip()).build());
        }
        category(out, at, p.code().get(), q, p);
        continue;
      }
      Integer named = byName.putIfAbsent(TargetConsistencyRule.norm(p.name()), index);
      if (named != null && (p.code().isEmpty() || d.projects().get(named).code().isEmpty())) {
        category(out, at, p.name().strip(), d.projects().get(named), p);
      }
    }
    return out;
  }

  private void category(List<Finding> out, Location at, String which, Project first, Project p) {
    if (first.category().isPresent() && p.category().isPresent() && first.category().get() != p.category().get()) {
      out.add(finding(MISMATCH, Severity.WARNING).location(at)
          .arguments(which, "项目类别", first.category().get().chinese(), p.category().get().chinese()).build());
    }
  }

  private void parts(List<Finding> out, Location at, Project p) {
    if (p.total().flatMap(Cell::value).isPresent() && p.annualBudget().flatMap(Cell::value).isPresent()) {
      exceeds(out, at, p, "当年预算", p.annualBudget().get(), "项目总额", p.total().get());
    }
    for (Map.Entry<String, Cell> e : p.amounts().entrySet()) {
      int slash = e.getKey().indexOf('/');
      if (slash <= 0 || e.getValue().value().isEmpty()) {
        continue;
      }
      String side = e.getKey().substring(0, slash);
      Optional<Cell> whole = ANNUAL_SIDE.matcher(side).find() ? p.annualBudget() : p.total();
      if (whole.flatMap(Cell::value).isPresent()) {
        exceeds(out, at, p, e.getKey(), e.getValue(), side, whole.get());
      }
    }
  }

  private void fundingWithoutTable(List<Finding> out, Location at, Project p, Disclosure d) {
    for (Map.Entry<String, Cell> e : p.amounts().entrySet()) {
      int slash = e.getKey().indexOf('/');
      if (slash > 0 && !ANNUAL_SIDE.matcher(e.getKey().substring(0, slash)).find()
          || e.getValue().value().filter(v -> v.signum() > 0).isEmpty()) {
        continue;
      }
      String source = e.getKey().substring(slash + 1);
      TableKind kind = source.contains("政府性基金")
          ? TableKind.GOVERNMENT_FUND
          : source.contains("国有资本经营") ? TableKind.STATE_CAPITAL : null;
      if (kind == null) {
        continue;
      }
      List<DisclosureTable> tables = d.tables().stream()
          .filter(t -> t.kind() == kind).toList();
      if (!tables.isEmpty() && tables.stream().allMatch(DisclosureTable::isEmpty)) {
        out.add(finding(FUNDING_WITHOUT_TABLE, Severity.WARNING).location(at.withColumn(e.getKey()))
            .arguments(p.name().strip(), source, e.getValue().printed(), tables.get(0).title()).build());
      }
    }
  }

  private void exceeds(List<Finding> out, Location at, Project p, String partLabel, Cell part, String wholeLabel,
      Cell whole) {
    BigDecimal pv = part.value().orElseThrow();
    BigDecimal wv = whole.value().orElseThrow();
    // one unit of the last printed digit of either figure is rounding, not a contradiction
    BigDecimal rounding = BigDecimal.ONE.movePointLeft(Math.max(pv.scale(), wv.scale()));
    if (pv.subtract(wv).compareTo(rounding) > 0) {
      out.add(finding(PART_EXCEEDS, Severity.ERROR).location(at.withColumn(partLabel)).values(wv, pv)
          .arguments(p.name().strip(), partLabel, part.printed(), wholeLabel,
              whole.printed()).build());
    }
  }

  private static boolean hasAmount(Project p) {
    if (p.total().flatMap(Cell::value).filter(v -> v.signum() != 0).isPresent()) {
      return true;
    }
    for (Cell c : p.amounts().values()) {
      if (c.value().filter(v -> v.signum() != 0).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Location location(int pi, Project p) {
    Location l = Tables.onLine(Location.at("/projects").child(pi).withCode(p.name().strip()), p.line());
    return p.place().isPresent() ? l.withPage(p.place().get().page()) : l;
  }
}
