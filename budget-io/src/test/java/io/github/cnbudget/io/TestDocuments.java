package io.github.cnbudget.io;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.testkit.Gen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Documents for codec tests: a hand-built one shaped like seed 000 (深圳市医疗保障局 2023 budget) and a
 * generator that sets every field of every type, with hostile text (quotes, commas, line breaks,
 * formula starts, surrogate pairs) and every kind of cell.
 */
public final class TestDocuments {
  private TestDocuments() {}

  /** A small document in the shape of seed 000, with the printed forms the seeds use. */
  public static Disclosure shenzhen2023() {
    DisclosureTable expenditure = DisclosureTable.builder()
        .kind(TableKind.EXPENDITURE)
        .number("表3")
        .title("深圳市医疗保障局2023年部门支出总表")
        .amountUnit(AmountUnit.WAN_YUAN)
        .line(120)
        .addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addColumns(Column.of("basic", Concept.BASIC, "基本支出"))
        .addColumns(Column.of("project", Concept.PROJECT, "项目支出"))
        .addRows(Row.builder().kind(RowKind.TOTAL).label("合计").line(123)
            .putCells("total", Cell.printed("2,958")).putCells("basic", Cell.of("0.50")).putCells("project", Cell.dash())
            .build())
        .addRows(Row.builder().kind(RowKind.CODE).code(FunctionalCode.parse("2101501")).label("行政运行")
            .unit("深圳市医疗保险基金管理中心").line(124)
            .putCells("total", Cell.repaired(new BigDecimal("461.49"), "461. 49")).putCells("basic", Cell.blank())
            .putCells("project", Cell.of("0.00"))
            .build())
        .addNotes(Note.of("注：本表无政府性基金预算支出。", 130))
        .build();
    DisclosureTable fund = DisclosureTable.builder()
        .kind(TableKind.GOVERNMENT_FUND).title("政府性基金预算支出表").emptyStatement("本表无数据").build();
    return Disclosure.builder()
        .department(Department.builder().name("深圳市医疗保障局")
            .addUnits(BudgetUnit.of("深圳市医疗保障局本级", UnitRole.DEPARTMENT_LEVEL))
            .addUnits(BudgetUnit.builder().name("深圳市医疗保险基金管理中心").role(UnitRole.SUBORDINATE).code("335001").build())
            .build())
        .year(FiscalYear.of(2023))
        .stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 0))
        .title("深圳市医疗保障局2023年部门预算")
        .addContents("部门收支总表", "部门支出总表")
        .addTables(expenditure, fund)
        .addGoals(PerformanceGoal.builder().scope(GoalScope.DEPARTMENT).department("深圳市医疗保障局")
            .addIndicators(Indicator.builder().level1Text("满意度指标").level2Text("服务对象满意度指标")
                .name("参保人满意度").targetText("≥90%").line(300).build())
            .build())
        .source("000_ff2a909ca0d0a799.txt")
        .build();
  }

  /**
   * A seed disclosure as the text importer reads it from {@code examples/data/} (the importer's
   * model, which may differ from the hand-verified one in the testkit).
   */
  public static Disclosure imported(int number) {
    String file = io.github.cnbudget.testkit.seeds.SeedDocuments.sourceFile(number);
    for (String dir : new String[] {"../examples/data", "examples/data"}) {
      java.nio.file.Path p = java.nio.file.Path.of(dir, file);
      if (java.nio.file.Files.isRegularFile(p)) {
        return io.github.cnbudget.io.text.DisclosureImporter.defaults().importText(p).disclosure();
      }
    }
    throw new IllegalStateException("seed text " + file + " not found under examples/data");
  }

  private static final String[] WORDS = {"合计", "行政运行", "医疗保障", "一般公共预算拨款", "“三公”经费", "本表无数据",
      "注：", "a,b", "say \"hi\"", "line\nbreak", "cr\r\nlf", "=SUM(A1)", "+1", "-x", "@cmd", "\ttab", " padded ",
      "𠀀𝄞", "全角１２３", "0.50", "2,958", "（六）社会保障", "九、卫生健康支出", "~/slash", "€", "\u3000", "null", "true"};

  static String text(SplittableRandom r) {
    int n = r.nextInt(1, 4);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /** Text that may be empty (for required fields that allow it). */
  static String anyText(SplittableRandom r) {
    return r.nextInt(6) == 0 ? "" : text(r);
  }

  /** A name the model accepts (not blank). */
  static String name(SplittableRandom r) {
    String s = text(r);
    return s.isBlank() ? "名称" + s : s;
  }

  static boolean coin(SplittableRandom r) {
    return r.nextBoolean();
  }

  static BigDecimal amount(SplittableRandom r) {
    int scale = r.nextInt(0, 5);
    BigInteger unscaled = BigInteger.valueOf(r.nextLong(0, 10_000_000_000L));
    if (r.nextInt(8) == 0) {
      unscaled = unscaled.negate();
    }
    if (r.nextInt(10) == 0) {
      return new BigDecimal(r.nextBoolean() ? "0.50" : "2958");
    }
    if (r.nextInt(10) == 0) {
      return new BigDecimal(new BigInteger("123456789012345678901234567890"), scale);
    }
    return new BigDecimal(unscaled, scale);
  }

  public static Cell cell(SplittableRandom r) {
    BigDecimal v = amount(r);
    switch (r.nextInt(10)) {
      case 0:
        return Cell.blank();
      case 1:
        return Cell.printed(r.nextBoolean() ? "  " : "\u3000");
      case 2:
        return Cell.dash();
      case 3:
        return Cell.printed(r.nextBoolean() ? "—" : " - ");
      case 4:
        return Cell.text(r.nextBoolean() ? text(r) : "123");
      case 5:
        return Cell.repaired(v, v.toPlainString().replace(".", ". "));
      case 6:
        return Cell.of(v, "printed " + v.toPlainString());
      default:
        return Cell.of(v);
    }
  }

  static ClassificationCode code(SplittableRandom r) {
    if (r.nextBoolean()) {
      int clazz = r.nextInt(100, 1000);
      switch (r.nextInt(3)) {
        case 0:
          return FunctionalCode.of(clazz);
        case 1:
          return FunctionalCode.of(clazz, r.nextInt(100));
        default:
          return FunctionalCode.of(clazz, r.nextInt(100), r.nextInt(100));
      }
    }
    int clazz = r.nextBoolean() ? r.nextInt(300, 400) : r.nextInt(500, 600);
    return r.nextBoolean() ? EconomicCode.of(clazz) : EconomicCode.of(clazz, r.nextInt(100));
  }

  static <E extends Enum<E>> E pick(SplittableRandom r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  static int line(SplittableRandom r) {
    return r.nextInt(1, 100_000);
  }

  static DisclosureTable table(SplittableRandom r) {
    DisclosureTable.Builder b = DisclosureTable.builder().kind(pick(r, TableKind.class)).title(anyText(r));
    if (coin(r)) {
      b.number("公开0" + r.nextInt(1, 10));
    }
    if (coin(r)) {
      b.issuer(text(r));
    }
    if (coin(r)) {
      b.amountUnit(pick(r, AmountUnit.class));
    }
    if (r.nextInt(4) == 0) {
      b.emptyStatement("本表无数据");
    }
    if (coin(r)) {
      b.line(line(r));
    }
    int columns = r.nextInt(0, 6);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      String key = r.nextInt(5) == 0 ? "列/~" + i : "c" + i;
      Column.Builder c = Column.builder().key(key);
      if (coin(r)) {
        c.concept(pick(r, Concept.class));
      }
      for (int h = r.nextInt(0, 3); h > 0; h--) {
        c.addHeader(anyText(r));
      }
      if (!keys.isEmpty() && coin(r)) {
        c.parent(keys.get(r.nextInt(keys.size())));
      }
      if (r.nextInt(4) == 0) {
        c.partOf(true);
      }
      if (coin(r)) {
        c.side(pick(r, Side.class));
      }
      if (coin(r)) {
        c.number(Integer.toString(i + 1));
      }
      keys.add(key);
      b.addColumns(c.build());
    }
    for (int i = r.nextInt(0, 6); i > 0; i--) {
      Row.Builder row = Row.builder().kind(pick(r, RowKind.class));
      if (coin(r)) {
        row.code(code(r));
      }
      if (coin(r)) {
        row.label(anyText(r));
      }
      if (coin(r)) {
        row.concept(pick(r, Concept.class));
      }
      if (coin(r)) {
        row.unit(name(r));
      }
      if (coin(r)) {
        row.side(pick(r, Side.class));
      }
      if (coin(r)) {
        row.number(Integer.toString(r.nextInt(1, 60)));
      }
      if (coin(r)) {
        row.line(line(r));
      }
      for (String k : keys) {
        if (r.nextInt(4) != 0) {
          row.putCells(k, cell(r));
        }
      }
      b.addRows(row.build());
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addNotes(coin(r) ? Note.of(anyText(r)) : Note.of(text(r), line(r)));
    }
    return b.build();
  }

  static Indicator indicator(SplittableRandom r) {
    Indicator.Builder b = Indicator.builder().level1Text(anyText(r)).name(name(r));
    if (coin(r)) {
      b.level2Text(text(r));
    }
    if (coin(r)) {
      b.targetText(r.nextBoolean() ? "≥90%" : text(r));
    }
    if (coin(r)) {
      b.nature(r.nextBoolean() ? "≤" : "定性");
    }
    if (coin(r)) {
      b.value(text(r));
    }
    if (coin(r)) {
      b.measureUnit("万人");
    }
    if (coin(r)) {
      b.direction("正向");
    }
    if (coin(r)) {
      b.weight(cell(r));
    }
    if (coin(r)) {
      b.actual(text(r));
    }
    if (coin(r)) {
      b.score(cell(r));
    }
    if (coin(r)) {
      b.deviation(text(r));
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.putHistory("202" + i + "年", anyText(r));
    }
    if (coin(r)) {
      b.line(line(r));
    }
    return b.build();
  }

  static LabelledAmounts labelled(SplittableRandom r) {
    LabelledAmounts.Builder b = LabelledAmounts.builder().label(anyText(r));
    if (coin(r)) {
      b.description(text(r));
    }
    for (int i = r.nextInt(0, 4); i > 0; i--) {
      b.putCells("k" + i, cell(r));
    }
    if (coin(r)) {
      b.line(line(r));
    }
    return b.build();
  }

  static FrameworkNode node(SplittableRandom r, int level) {
    FrameworkNode.Builder b = FrameworkNode.builder().level(level).name(anyText(r));
    if (coin(r)) {
      b.referenceScore(cell(r));
    }
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addDescriptions(anyText(r));
    }
    if (level < 3) {
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        b.addChildren(node(r, level + 1));
      }
    }
    if (coin(r)) {
      b.line(line(r));
    }
    return b.build();
  }

  /** Every field of every type, randomly present or absent; optional texts are never empty. */
  public static Gen<Disclosure> documents() {
    return r -> {
      Department.Builder dep = Department.builder().name(name(r));
      if (coin(r)) {
        dep.code(Integer.toString(r.nextInt(100000, 999999)));
      }
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        BudgetUnit.Builder u = BudgetUnit.builder().name("单位" + i + text(r)).role(pick(r, UnitRole.class));
        if (coin(r)) {
          u.code("33500" + i);
        }
        dep.addUnits(u.build());
      }
      Disclosure.Builder b = Disclosure.builder()
          .department(dep.build())
          .year(FiscalYear.of(r.nextInt(FiscalYear.MIN_VALUE, FiscalYear.MAX_VALUE + 1)))
          .stage(pick(r, Stage.class))
          .precision(Precision.of(pick(r, AmountUnit.class), r.nextInt(0, 7)));
      if (coin(r)) {
        b.title(text(r));
      }
      if (coin(r)) {
        b.source(text(r));
      }
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        b.addContents(anyText(r));
      }
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        b.addNotes(coin(r) ? Note.of(anyText(r)) : Note.of(text(r), line(r)));
      }
      for (int i = r.nextInt(0, 4); i > 0; i--) {
        b.addTables(table(r));
      }
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        Project.Builder p = Project.builder().name(name(r));
        if (coin(r)) {
          p.code("P" + r.nextInt(1000));
        }
        if (coin(r)) {
          p.unit(name(r));
        }
        if (coin(r)) {
          p.category(pick(r, ProjectCategory.class));
        }
        if (coin(r)) {
          p.attribute(pick(r, ProjectAttribute.class));
        }
        if (coin(r)) {
          p.startYear(2020);
        }
        if (coin(r)) {
          p.endYear(2025);
        }
        if (coin(r)) {
          p.total(cell(r));
        }
        for (int k = r.nextInt(0, 3); k > 0; k--) {
          p.putAmounts("fund" + k, cell(r));
        }
        if (coin(r)) {
          p.goal(text(r));
        }
        if (coin(r)) {
          p.line(line(r));
        }
        b.addProjects(p.build());
      }
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        PerformanceGoal.Builder g = PerformanceGoal.builder().scope(pick(r, GoalScope.class));
        if (coin(r)) {
          g.title(text(r));
        }
        if (coin(r)) {
          g.unit(text(r));
        }
        if (coin(r)) {
          g.department(text(r));
        }
        if (coin(r)) {
          g.project(text(r));
        }
        if (coin(r)) {
          g.budget(cell(r));
        }
        if (coin(r)) {
          g.amountUnit(pick(r, AmountUnit.class));
        }
        for (int k = r.nextInt(0, 3); k > 0; k--) {
          g.addTasks(labelled(r));
        }
        if (coin(r)) {
          g.longTermGoal(text(r));
        }
        if (coin(r)) {
          g.annualGoal(text(r));
        }
        for (int k = r.nextInt(0, 4); k > 0; k--) {
          g.addIndicators(indicator(r));
        }
        if (coin(r)) {
          g.line(line(r));
        }
        b.addGoals(g.build());
      }
      for (int i = r.nextInt(0, 3); i > 0; i--) {
        SelfEvaluation.Builder s = SelfEvaluation.builder();
        if (coin(r)) {
          s.scope(pick(r, GoalScope.class));
        }
        if (coin(r)) {
          s.project(text(r));
        }
        if (coin(r)) {
          s.projectAmount(cell(r));
        }
        if (coin(r)) {
          s.department(text(r));
        }
        if (coin(r)) {
          s.implementingUnit(text(r));
        }
        if (coin(r)) {
          s.amountUnit(pick(r, AmountUnit.class));
        }
        for (int k = r.nextInt(0, 3); k > 0; k--) {
          s.addFunding(labelled(r));
        }
        if (coin(r)) {
          s.expectedGoal(text(r));
        }
        if (coin(r)) {
          s.achievement(text(r));
        }
        for (int k = r.nextInt(0, 3); k > 0; k--) {
          s.addIndicators(indicator(r));
        }
        if (coin(r)) {
          s.totalWeight(cell(r));
        }
        if (coin(r)) {
          s.totalScore(cell(r));
        }
        if (coin(r)) {
          s.grade("优");
        }
        if (coin(r)) {
          s.line(line(r));
        }
        b.addSelfEvaluations(s.build());
      }
      for (int i = r.nextInt(0, 2); i > 0; i--) {
        EvaluationFramework.Builder f = EvaluationFramework.builder().title(anyText(r));
        for (int k = r.nextInt(0, 3); k > 0; k--) {
          f.addRoots(node(r, 1));
        }
        if (coin(r)) {
          f.line(line(r));
        }
        b.addFrameworks(f.build());
      }
      return b.build();
    };
  }
}
