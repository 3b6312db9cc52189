package io.github.cnbudget.testkit;

import static io.github.cnbudget.testkit.Tables.dept;
import static io.github.cnbudget.testkit.Tables.item;
import static io.github.cnbudget.testkit.Tables.sumUnits;
import static io.github.cnbudget.testkit.Tables.table;
import static io.github.cnbudget.testkit.Tables.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentGenTest {
  private static final int TRIES = 150;

  @Test
  void generate_sameSeed_givesEqualDocuments() {
    for (long seed = 0; seed < 20; seed++) {
      Disclosure a = DocumentGen.defaults().generate(new SplittableRandom(seed));
      Disclosure b = DocumentGen.defaults().generate(new SplittableRandom(seed));
      assertThat(a).isEqualTo(b);
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Test
  void generate_differentSeeds_giveDifferentDocuments() {
    Set<Disclosure> seen = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      seen.add(DocumentGen.defaults().generate(new SplittableRandom(seed)));
    }
    assertThat(seen).hasSize(20);
  }

  @Test
  void generate_honoursOptions() {
    Precision p = Precision.of(AmountUnit.YUAN, 2);
    DocumentGen gen = DocumentGen.of(DocumentGen.Options.defaults().withUnits(3).withPrecision(p)
        .withStage(Stage.FINAL_ACCOUNT).withTables(TableKind.EXPENDITURE, TableKind.INCOME, TableKind.OTHER)
        .withPerformance(false));
    PropertyChecks.forAll(30, gen, d -> {
      assertThat(d.department().units()).hasSize(3);
      assertThat(d.department().units().get(0).role()).isEqualTo(UnitRole.DEPARTMENT_LEVEL);
      assertThat(d.precision()).isEqualTo(p);
      assertThat(d.stage()).isEqualTo(Stage.FINAL_ACCOUNT);
      assertThat(d.tables()).extracting(DisclosureTable::kind).containsExactly(TableKind.INCOME, TableKind.EXPENDITURE);
      assertThat(d.projects()).isEmpty();
      assertThat(d.goals()).isEmpty();
      assertThat(d.selfEvaluations()).isEmpty();
    });
  }

  @Test
  void options_rejectNoUnits() {
    assertThatThrownBy(() -> DocumentGen.Options.defaults().withUnits(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentGen.Options.defaults().withUnits(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generate_everyStandardTable() {
    PropertyChecks.forAll(20, DocumentGen.defaults(), d -> {
      Set<TableKind> kinds = new HashSet<>();
      d.tables().forEach(t -> kinds.add(t.kind()));
      assertThat(kinds).hasSize(TableKind.values().length - 2).doesNotContain(TableKind.OTHER, TableKind.STATE_ASSETS);
      assertThat(d.contents()).hasSize(d.tables().size());
    });
  }

  @Test
  void amounts_haveTheDocumentScale() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (DisclosureTable t : d.tables()) {
        for (Row r : t.rows()) {
          for (Cell c : r.cells().values()) {
            c.value().ifPresent(x -> assertThat(x.scale()).as(t.title()).isEqualTo(d.precision().scale()));
            c.value().ifPresent(x -> assertThat(x.signum()).isNotNegative());
          }
        }
      }
    });
  }

  @Test
  void columnGroups_equalTheSumOfTheirParts() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (DisclosureTable t : d.tables()) {
        for (Column parent : t.columns()) {
          List<Column> children = t.children(parent.key());
          if (children.isEmpty()) {
            continue;
          }
          for (Row r : t.rows()) {
            if (!r.cells().containsKey(parent.key())) {
              continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Column c : children) {
              if (!c.partOf()) {
                sum = sum.add(v(r, c.key()));
              } else {
                assertThat(v(r, c.key())).isLessThanOrEqualTo(v(r, parent.key()));
              }
            }
            assertThat(v(r, parent.key())).as("%s row %s column %s", t.title(), r.label(), parent.key())
                .isEqualByComparingTo(sum);
          }
        }
      }
    });
  }

  @Test
  void perUnitTables_rollUpCodesUnitsAndDepartment() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (TableKind k : List.of(TableKind.INCOME, TableKind.EXPENDITURE, TableKind.GENERAL_PUBLIC_BY_FUNCTION,
          TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL)) {
        DisclosureTable t = table(d, k);
        if (t.rows().isEmpty()) {
          assertThat(t.emptyStatement()).contains("本表无数据");
          continue;
        }
        assertThat(t.rows().get(0).kind()).isEqualTo(RowKind.TOTAL);
        assertThat(t.rows().get(0).unit()).isEmpty();
        for (Column col : t.columns()) {
          String key = col.key();
          BigDecimal units = BigDecimal.ZERO;
          for (String unit : t.units()) {
            assertThat(d.department().unit(unit)).as("unit %s is a budget unit", unit).isPresent();
            List<Row> section = t.rowsOf(unit);
            assertThat(section.get(0).kind()).isEqualTo(RowKind.UNIT);
            BigDecimal classes = BigDecimal.ZERO;
            for (Row r : section) {
              if (r.kind() != RowKind.CODE) {
                continue;
              }
              if (r.code().orElseThrow().level() == CodeLevel.CLASS) {
                classes = classes.add(v(r, key));
              }
              if (r.code().orElseThrow().level() != CodeLevel.ITEM) {
                BigDecimal children = BigDecimal.ZERO;
                int n = 0;
                for (Row c : section) {
                  if (c.code().flatMap(x -> x.parent()).equals(r.code())) {
                    children = children.add(v(c, key));
                    n++;
                  }
                }
                assertThat(n).as("children of %s", r.code()).isPositive();
                assertThat(v(r, key)).as("%s %s %s", t.title(), r.code(), key).isEqualByComparingTo(children);
              }
            }
            assertThat(v(section.get(0), key)).isEqualByComparingTo(classes);
            units = units.add(v(section.get(0), key));
          }
          assertThat(v(t.rows().get(0), key)).as("%s department = sum of units", t.title()).isEqualByComparingTo(units);
        }
      }
    });
  }

  @Test
  void economicTables_rollUpSectionsToClassesAndTotal() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (TableKind k : List.of(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, TableKind.GENERAL_PUBLIC_BY_ECONOMIC,
          TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC)) {
        DisclosureTable t = table(d, k);
        if (t.rows().isEmpty()) {
          continue;
        }
        for (Column col : t.columns()) {
          BigDecimal classes = BigDecimal.ZERO;
          for (Row r : t.rows()) {
            if (r.kind() == RowKind.CODE && r.code().orElseThrow().level() == CodeLevel.CLASS) {
              classes = classes.add(v(r, col.key()));
              BigDecimal sections = BigDecimal.ZERO;
              for (Row c : t.rows()) {
                if (c.code().flatMap(x -> x.parent()).equals(r.code())) {
                  sections = sections.add(v(c, col.key()));
                }
              }
              assertThat(v(r, col.key())).isEqualByComparingTo(sections);
            }
          }
          assertThat(dept(d, k, col.key())).isEqualByComparingTo(classes);
        }
      }
    });
  }

  @Test
  void twoSidedTables_balance() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (TableKind k : List.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY)) {
        DisclosureTable t = table(d, k);
        String exp = k == TableKind.INCOME_EXPENDITURE_SUMMARY ? "expenditure" : "exp.total";
        BigDecimal sources = BigDecimal.ZERO;
        for (Row r : t.rows()) {
          if (r.side() == Side.INCOME && r.concept().isPresent() && isSource(r.concept().get())) {
            sources = sources.add(v(r, "income"));
          }
        }
        BigDecimal current = v(item(t, Concept.CURRENT_INCOME_TOTAL), "income");
        assertThat(current).isEqualByComparingTo(sources);
        BigDecimal income = v(item(t, Concept.INCOME_GRAND_TOTAL), "income");
        assertThat(income).isEqualByComparingTo(current.add(v(item(t, Concept.PRIOR_YEAR_CARRYOVER), "income")));
        BigDecimal classes = BigDecimal.ZERO;
        for (Row r : Tables.classRows(t)) {
          classes = classes.add(v(r, exp));
        }
        BigDecimal spent = v(item(t, Concept.CURRENT_EXPENDITURE_TOTAL), exp);
        assertThat(spent).isEqualByComparingTo(classes);
        BigDecimal expTotal = v(item(t, Concept.EXPENDITURE_GRAND_TOTAL), exp);
        assertThat(expTotal).isEqualByComparingTo(spent.add(v(item(t, Concept.CARRY_FORWARD), exp)));
        assertThat(income).as("收入总计 = 支出总计 in %s", t.title()).isEqualByComparingTo(expTotal);
      }
    });
  }

  private static boolean isSource(Concept c) {
    return List.of(Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL,
        Concept.FISCAL_SPECIAL_ACCOUNT, Concept.BUSINESS_INCOME, Concept.OTHER_INCOME).contains(c);
  }

  @Test
  void sameQuantity_agreesAcrossTables() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      DisclosureTable summary = table(d, TableKind.INCOME_EXPENDITURE_SUMMARY);
      DisclosureTable fiscal = table(d, TableKind.FISCAL_APPROPRIATION_SUMMARY);
      BigDecimal grand = v(item(summary, Concept.EXPENDITURE_GRAND_TOTAL), "expenditure");
      assertThat(dept(d, TableKind.EXPENDITURE, "total")).isEqualByComparingTo(grand);
      assertThat(dept(d, TableKind.INCOME, "total")).isEqualByComparingTo(grand);
      assertThat(v(item(summary, Concept.GENERAL_PUBLIC_BUDGET), "income"))
          .isEqualByComparingTo(dept(d, TableKind.INCOME, "gpb"))
          .isEqualByComparingTo(dept(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "total"))
          .isEqualByComparingTo(v(item(fiscal, Concept.GENERAL_PUBLIC_BUDGET), "income"));
      assertThat(v(item(summary, Concept.PRIOR_YEAR_CARRYOVER), "income"))
          .isEqualByComparingTo(dept(d, TableKind.INCOME, "carryover"));
      assertThat(v(item(summary, Concept.GOVERNMENT_FUND), "income"))
          .isEqualByComparingTo(dept(d, TableKind.GOVERNMENT_FUND, "total"));
      for (Row r : Tables.classRows(summary)) {
        assertThat(v(r, "expenditure")).as("收支总表 %s", r.label())
            .isEqualByComparingTo(sumUnits(table(d, TableKind.EXPENDITURE), r.code().orElseThrow(), "total"))
            .isEqualByComparingTo(sumUnits(table(d, TableKind.INCOME), r.code().orElseThrow(), "total"));
      }
      for (Row r : Tables.classRows(fiscal)) {
        assertThat(v(r, "exp.gpb"))
            .isEqualByComparingTo(sumUnits(table(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION), r.code().orElseThrow(), "total"));
        assertThat(v(r, "exp.gf"))
            .isEqualByComparingTo(sumUnits(table(d, TableKind.GOVERNMENT_FUND), r.code().orElseThrow(), "total"));
        assertThat(v(r, "exp.sc"))
            .isEqualByComparingTo(sumUnits(table(d, TableKind.STATE_CAPITAL), r.code().orElseThrow(), "total"));
      }
      assertThat(dept(d, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "total"))
          .isEqualByComparingTo(dept(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "basic"));
      assertThat(dept(d, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "personnel"))
          .isEqualByComparingTo(dept(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "personnel"));
      for (String key : List.of("total", "basic", "project")) {
        assertThat(dept(d, TableKind.GENERAL_PUBLIC_BY_ECONOMIC, key))
            .isEqualByComparingTo(dept(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, key));
      }
      assertThat(dept(d, TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC, "total"))
          .isEqualByComparingTo(dept(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "project"));
      BigDecimal projects = d.projects().stream().map(p -> p.total().orElseThrow().valueOrZero())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(dept(d, TableKind.PROJECT_EXPENDITURE, "total"))
          .isEqualByComparingTo(dept(d, TableKind.EXPENDITURE, "project"))
          .isEqualByComparingTo(projects);
      DisclosureTable exp = table(d, TableKind.EXPENDITURE);
      if (exp.column("procurement").isPresent()) {
        assertThat(dept(d, TableKind.EXPENDITURE, "procurement"))
            .isEqualByComparingTo(dept(d, TableKind.GOVERNMENT_PROCUREMENT, "total"));
      }
    });
  }

  @Test
  void generalPublicOnly_expenditureTableEqualsGeneralPublicTable() {
    DocumentGen gen = DocumentGen.of(DocumentGen.Options.defaults().withGeneralPublicOnly(true));
    PropertyChecks.forAll(50, gen, d -> {
      List<Row> all = table(d, TableKind.EXPENDITURE).rows();
      List<Row> gpb = table(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION).rows();
      assertThat(gpb).hasSameSizeAs(all);
      for (int i = 0; i < all.size(); i++) {
        assertThat(gpb.get(i).code()).isEqualTo(all.get(i).code());
        assertThat(gpb.get(i).unit()).isEqualTo(all.get(i).unit());
        for (String key : List.of("total", "basic", "project")) {
          assertThat(v(gpb.get(i), key)).isEqualByComparingTo(v(all.get(i), key));
        }
      }
      assertThat(table(d, TableKind.GOVERNMENT_FUND).rows()).isEmpty();
      assertThat(table(d, TableKind.STATE_CAPITAL).emptyStatement()).contains("本表无数据");
    });
  }

  @Test
  void threePublic_totalsEqualTheirParts() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (Row r : table(d, TableKind.THREE_PUBLIC).rows()) {
        assertThat(v(r, "total")).isEqualByComparingTo(v(r, "overseas").add(v(r, "vehicles")).add(v(r, "reception")));
        assertThat(v(r, "vehicles")).isEqualByComparingTo(v(r, "vehicle.purchase").add(v(r, "vehicle.operation")));
      }
    });
  }

  /** The value of economic row {@code digits} in a department-level economic table, zero when not printed. */
  private static BigDecimal economicRow(DisclosureTable t, String digits) {
    return t.rows().stream().filter(r -> r.code().map(c -> c.digits().equals(digits)).orElse(false))
        .map(r -> v(r, "total")).findFirst().orElse(BigDecimal.ZERO);
  }

  @Test
  void threePublic_yearRowEqualsTheEconomicRows() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      DisclosureTable three = table(d, TableKind.THREE_PUBLIC);
      DisclosureTable econ = table(d, TableKind.GENERAL_PUBLIC_BY_ECONOMIC);
      DisclosureTable basic = table(d, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);
      DisclosureTable project = table(d, TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC);
      if (three.rows().isEmpty()) {
        assertThat(three.emptyStatement()).contains("本表无数据");
        for (String c : List.of("30212", "30217", "30231", "31013")) {
          assertThat(economicRow(econ, c)).isZero();
        }
        return;
      }
      Row year = three.rows().get(0);
      assertThat(year.label()).isEqualTo(d.year() + "年");
      assertThat(v(year, "reception")).isEqualByComparingTo(economicRow(econ, "30217"))
          .isEqualByComparingTo(economicRow(basic, "30217"));
      assertThat(v(year, "vehicle.operation")).isEqualByComparingTo(economicRow(econ, "30231"))
          .isEqualByComparingTo(economicRow(basic, "30231"));
      assertThat(v(year, "overseas")).isEqualByComparingTo(economicRow(econ, "30212"));
      assertThat(v(year, "vehicle.purchase")).isEqualByComparingTo(economicRow(econ, "31013"))
          .isEqualByComparingTo(economicRow(project, "31013"));
    });
  }

  @Test
  void codeRows_printTheCatalogNameOfTheYear() {
    ClassificationCatalog catalog = ClassificationCatalog.bundled();
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      for (DisclosureTable t : d.tables()) {
        for (Row r : t.rows()) {
          if (r.code().isPresent()) {
            String name = catalog.nameOf(r.code().get(), d.year()).orElseThrow(() -> new AssertionError(r));
            assertThat(r.label()).as(t.title()).endsWith(name);
            r.code().get().parent().ifPresent(p -> assertThat(catalog.contains(p, d.year())).as(p.digits()).isTrue());
          }
        }
      }
    });
  }

  @Test
  void indicators_followTheFramework() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      java.util.Map<String, String> targets = new java.util.HashMap<>();
      List<List<Indicator>> tables = new ArrayList<>();
      d.goals().forEach(g -> tables.add(g.indicators()));
      d.selfEvaluations().forEach(e -> tables.add(e.indicators()));
      for (int gi = 0; gi < tables.size(); gi++) {
        List<Indicator> indicators = tables.get(gi);
        assertThat(indicators).extracting(Indicator::name).doesNotHaveDuplicates();
        Set<Level1> covered = new HashSet<>();
        for (Indicator i : indicators) {
          Level2 l2 = i.level2().orElseThrow();
          assertThat(i.level1()).contains(l2.parent());
          covered.add(l2.parent());
          String target = i.effectiveTargetText().orElseThrow();
          boolean percent = target.endsWith("%");
          assertThat(percent).as(i.name() + " " + target).isEqualTo(i.name().endsWith("率") || i.name().endsWith("满意度"));
          if (gi < d.goals().size()) {
            String first = targets.putIfAbsent(i.name(), target + "|" + i.level1Text() + "|" + i.level2Text());
            assertThat(first == null || first.equals(target + "|" + i.level1Text() + "|" + i.level2Text()))
                .as(i.name()).isTrue();
          }
        }
        if (gi > 0) {
          assertThat(covered).as("goal or evaluation %d", gi).contains(Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION);
        }
      }
    });
  }

  @Test
  void projectsAndGoals_addUp() {
    PropertyChecks.forAll(TRIES, DocumentGen.defaults(), d -> {
      assertThat(d.projects()).isNotEmpty();
      assertThat(d.projects()).extracting(Project::name).doesNotHaveDuplicates();
      for (Project p : d.projects()) {
        assertThat(d.department().unit(p.unit().orElseThrow())).isPresent();
        BigDecimal s = p.amounts().values().stream().map(Cell::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(p.total().orElseThrow().valueOrZero()).isEqualByComparingTo(s);
      }
      PerformanceGoal dg = d.goals().get(0);
      BigDecimal grand = dept(d, TableKind.EXPENDITURE, "total");
      assertThat(dg.budget().orElseThrow().valueOrZero()).isEqualByComparingTo(grand);
      BigDecimal tasks = BigDecimal.ZERO;
      for (LabelledAmounts t : dg.tasks()) {
        BigDecimal total = t.cells().get("总额").valueOrZero();
        assertThat(total).isEqualByComparingTo(t.cells().get("财政拨款").valueOrZero().add(t.cells().get("其他资金").valueOrZero()));
        tasks = tasks.add(total);
      }
      assertThat(tasks).isEqualByComparingTo(grand);
      for (PerformanceGoal g : d.goals().subList(1, d.goals().size())) {
        Project p = d.projects().stream().filter(x -> g.project().orElseThrow().equals(x.name())).findFirst().orElseThrow();
        assertThat(g.budget()).isEqualTo(p.total());
        BigDecimal w = g.indicators().stream().map(i -> i.weight().orElseThrow().valueOrZero())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(w).isEqualByComparingTo("100");
      }
    });
  }

  private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

  private static BigDecimal number(String s) {
    Matcher m = NUMBER.matcher(s);
    assertThat(m.find()).as("a number in %s", s).isTrue();
    return new BigDecimal(m.group());
  }

  @Test
  void selfEvaluations_followTheScoringRule() {
    DocumentGen gen = DocumentGen.of(DocumentGen.Options.defaults().withStage(Stage.FINAL_ACCOUNT));
    PropertyChecks.forAll(TRIES, gen, d -> {
      assertThat(d.selfEvaluations()).isNotEmpty();
      for (SelfEvaluation e : d.selfEvaluations()) {
        LabelledAmounts f = e.funding().get(0);
        BigDecimal full = f.cells().get("全年预算数").valueOrZero();
        BigDecimal done = f.cells().get("全年执行数").valueOrZero();
        assertThat(done).isLessThanOrEqualTo(full);
        assertThat(full).isGreaterThanOrEqualTo(f.cells().get("年初预算数").valueOrZero());
        BigDecimal rate = f.cells().get("执行率").valueOrZero();
        assertThat(rate).isEqualByComparingTo(done.movePointRight(2).divide(full, 2, RoundingMode.HALF_UP));
        BigDecimal exec = f.cells().get("得分").valueOrZero();
        assertThat(exec).isEqualByComparingTo(f.cells().get("分值").valueOrZero().multiply(rate).movePointLeft(2)
            .setScale(2, RoundingMode.HALF_UP));
        BigDecimal total = exec;
        BigDecimal weights = f.cells().get("分值").valueOrZero();
        for (Indicator i : e.indicators()) {
          BigDecimal w = i.weight().orElseThrow().valueOrZero();
          weights = weights.add(w);
          String target = i.targetText().orElseThrow();
          BigDecimal expected;
          if (target.startsWith("≥") || target.startsWith("≤")) {
            BigDecimal t = number(target);
            BigDecimal a = number(i.actual().orElseThrow());
            BigDecimal ratio = target.startsWith("≥") ? a.divide(t, 20, RoundingMode.HALF_EVEN)
                : t.divide(a, 20, RoundingMode.HALF_EVEN);
            expected = w.multiply(ratio.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
          } else {
            assertThat(i.actual()).contains(target);
            expected = w;
          }
          BigDecimal score = i.score().orElseThrow().valueOrZero();
          assertThat(score).as("%s target %s actual %s", i.name(), target, i.actual()).isEqualByComparingTo(expected);
          total = total.add(score);
        }
        assertThat(weights).isEqualByComparingTo("100");
        assertThat(e.totalScore().orElseThrow().valueOrZero()).isEqualByComparingTo(total);
        String grade = total.compareTo(new BigDecimal(90)) >= 0 ? "优"
            : total.compareTo(new BigDecimal(80)) >= 0 ? "良" : total.compareTo(new BigDecimal(60)) >= 0 ? "中" : "差";
        assertThat(e.grade()).contains(grade);
      }
    });
  }

  @Test
  void frameworks_childrenSumToParents() {
    DocumentGen gen = DocumentGen.of(DocumentGen.Options.defaults().withStage(Stage.FINAL_ACCOUNT));
    PropertyChecks.forAll(50, gen, d -> {
      assertThat(d.frameworks()).hasSize(1);
      List<FrameworkNode> roots = d.frameworks().get(0).roots();
      assertThat(sum(roots)).isEqualByComparingTo("100");
      List<FrameworkNode> todo = new ArrayList<>(roots);
      while (!todo.isEmpty()) {
        FrameworkNode n = todo.remove(0);
        if (!n.children().isEmpty()) {
          assertThat(n.referenceScore().orElseThrow().valueOrZero()).isEqualByComparingTo(sum(n.children()));
          todo.addAll(n.children());
        }
      }
    });
  }

  private static BigDecimal sum(List<FrameworkNode> nodes) {
    return nodes.stream().map(n -> n.referenceScore().orElseThrow().valueOrZero()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void grade_followsTheThresholds() {
    assertThat(DocumentGen.grade(new BigDecimal("90.00"))).isEqualTo("优");
    assertThat(DocumentGen.grade(new BigDecimal("89.99"))).isEqualTo("良");
    assertThat(DocumentGen.grade(new BigDecimal("80"))).isEqualTo("良");
    assertThat(DocumentGen.grade(new BigDecimal("60"))).isEqualTo("中");
    assertThat(DocumentGen.grade(new BigDecimal("59.99"))).isEqualTo("差");
  }

  @Test
  void anyPrecisionAndManyUnits_keepEveryIdentity() {
    List<Precision> precisions = new ArrayList<>(ModelGen.publishedPrecisions());
    precisions.add(Precision.of(AmountUnit.WAN_YUAN, 4));
    precisions.add(Precision.of(AmountUnit.YUAN, 6));
    for (Precision p : precisions) {
      DocumentGen gen = DocumentGen.of(DocumentGen.Options.defaults().withPrecision(p).withUnits(1, 12));
      PropertyChecks.forAll(20, gen, d -> {
        assertThat(Identities.violations(d)).isEmpty();
        assertThat(d.projects()).extracting(Project::name).doesNotHaveDuplicates();
        for (DisclosureTable t : d.tables()) {
          t.rows().forEach(r -> r.cells().values().forEach(c -> c.value()
              .ifPresent(x -> assertThat(x.scale()).isEqualTo(p.scale()))));
        }
      });
    }
    Disclosure big = DocumentGen.of(DocumentGen.Options.defaults().withUnits(12)).generate(new SplittableRandom(3));
    assertThat(big.department().units()).hasSize(12);
  }
}
