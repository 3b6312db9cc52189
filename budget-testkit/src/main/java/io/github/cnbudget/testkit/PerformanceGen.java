package io.github.cnbudget.testkit;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of projects (项目) and of performance management (绩效管理): indicators, labelled
 * amounts, performance goals, self-evaluations and evaluation frameworks, each value valid on its own
 * (the model's checks hold) with every optional part sometimes present. Whole consistent documents
 * are {@link DocumentGen}'s; the smaller values of the model are {@link ModelGen}'s.
 */
public final class PerformanceGen {
  private PerformanceGen() {}

  /**
   * Projects with every optional part sometimes present; amounts add up to the total.
   *
   * @param scale the scale of the amounts
   * @return the generator
   */
  public static Gen<Project> projects(int scale) {
    return r -> {
      Project.Builder b = Project.builder().name(Gen.oneOf(Vocabulary.PROJECTS).generate(r));
      if (r.nextBoolean()) {
        b.code(projectCode(r));
      }
      if (r.nextBoolean()) {
        b.unit(Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r));
      }
      if (r.nextBoolean()) {
        b.category(Gen.oneOf(ProjectCategory.values()).generate(r));
      }
      if (r.nextBoolean()) {
        b.attribute(Gen.oneOf(ProjectAttribute.values()).generate(r));
      }
      if (r.nextBoolean()) {
        int start = 2015 + r.nextInt(10);
        b.startYear(start).endYear(start + r.nextInt(5));
      }
      BigDecimal total = BigDecimal.ZERO.setScale(scale);
      for (String source : List.of("一般公共预算拨款", "政府性基金预算拨款", "其他资金")) {
        if (r.nextBoolean()) {
          BigDecimal v = ModelGen.amounts(scale).generate(r);
          b.putAmounts(source, Cell.of(v));
          total = total.add(v);
        }
      }
      b.total(Cell.of(total));
      if (r.nextBoolean()) {
        // the fields of a project form: 主管部门, 当年预算 in the form's own unit, cost and purchase lines
        b.department(Gen.oneOf(Vocabulary.DEPARTMENTS).generate(r)).annualBudget(Cell.of(total))
            .amountUnit(Gen.oneOf(AmountUnit.values()).generate(r));
        int costs = r.nextInt(3);
        for (int i = 0; i < costs; i++) {
          b.addCosts(labelledAmounts(scale).generate(r));
        }
        int purchases = r.nextInt(2);
        for (int i = 0; i < purchases; i++) {
          b.addPurchases(labelledAmounts(scale).generate(r));
        }
      }
      if (r.nextBoolean()) {
        b.goal(ModelGen.words(4, 12).generate(r));
      }
      if (r.nextBoolean()) {
        b.line(1 + r.nextInt(5000));
      }
      if (r.nextBoolean()) {
        b.place(ModelGen.place(r));
      }
      return b.build();
    };
  }

  static String projectCode(SplittableRandom r) {
    StringBuilder b = new StringBuilder("44030");
    while (b.length() < 21) {
      b.append(r.nextInt(10));
    }
    return b.toString();
  }

  /**
   * Indicators as printed in target tables and self-evaluations: first and second levels from the
   * standard vocabulary ({@link Level1}, {@link Level2}, including the short forms) and sometimes
   * free text, the target whole or in split form, and sometimes weight, actual value and score.
   *
   * @return the generator
   */
  public static Gen<Indicator> indicators() {
    return r -> {
      Indicator.Builder b = Indicator.builder().name(Gen.oneOf(Vocabulary.INDICATOR_NAMES).generate(r));
      levels(b, r);
      String unit = Gen.oneOf(Vocabulary.MEASURE_UNITS).generate(r);
      String value = Integer.toString(1 + r.nextInt(1000));
      String nature = Gen.oneOf("≥", "≤", "=", ">", "<", "定性").generate(r);
      if (r.nextBoolean()) {
        b.targetText((nature.equals("定性") ? "" : nature) + value + unit);
      } else {
        b.nature(nature).value(value).measureUnit(unit);
      }
      if (r.nextBoolean()) {
        b.direction(Gen.oneOf("正向", "反向").generate(r));
      }
      if (r.nextBoolean()) {
        b.weight(Cell.of(BigDecimal.valueOf(1 + r.nextInt(30))));
      }
      if (r.nextInt(3) == 0) {
        b.actual(value + unit).score(Cell.of(BigDecimal.valueOf(r.nextInt(3000), 2)));
      }
      if (r.nextInt(4) == 0) {
        b.deviation(ModelGen.words(2, 6).generate(r));
      }
      if (r.nextInt(4) == 0) {
        b.putHistory("2021年指标值", value + unit);
      }
      if (r.nextBoolean()) {
        b.line(1 + r.nextInt(5000));
      }
      if (r.nextBoolean()) {
        b.place(ModelGen.place(r));
      }
      return b.build();
    };
  }

  /** Fills the first and second levels: standard pairs, short forms, or free text. */
  static void levels(Indicator.Builder b, SplittableRandom r) {
    int choice = r.nextInt(10);
    if (choice < 7) {
      Level2 l2 = Gen.oneOf(Level2.values()).generate(r);
      b.level1Text(choice == 0 ? l2.parent().chinese().replace("指标", "") : l2.parent().chinese())
          .level2Text(l2.chinese());
    } else if (choice < 8) {
      b.level1Text(Gen.oneOf(Level1.DECISION, Level1.PROCESS).generate(r).chinese());
    } else {
      b.level1Text(Gen.oneOf(Vocabulary.FREE_LEVEL1).generate(r))
          .level2Text(Gen.oneOf(Vocabulary.FREE_LEVEL2).generate(r));
    }
  }

  /**
   * Labelled lines of amounts (main tasks, funding lines).
   *
   * @param scale the scale of the amounts
   * @return the generator
   */
  public static Gen<LabelledAmounts> labelledAmounts(int scale) {
    return r -> {
      LabelledAmounts.Builder b = LabelledAmounts.builder().label(ModelGen.words(1, 3).generate(r));
      if (r.nextBoolean()) {
        b.description(ModelGen.words(3, 8).generate(r));
      }
      Gen<Cell> cells = ModelGen.cells(scale);
      for (String k : List.of("总额", "财政拨款", "其他资金")) {
        if (r.nextInt(4) != 0) {
          b.putCells(k, cells.generate(r));
        }
      }
      if (r.nextBoolean()) {
        b.line(1 + r.nextInt(5000));
      }
      return b.build();
    };
  }

  /**
   * Performance target tables of both scopes.
   *
   * @return the generator
   */
  public static Gen<PerformanceGoal> performanceGoals() {
    return r -> {
      GoalScope scope = Gen.oneOf(GoalScope.values()).generate(r);
      PerformanceGoal.Builder b = PerformanceGoal.builder().scope(scope);
      if (r.nextBoolean()) {
        b.title(scope == GoalScope.PROJECT ? "项目绩效目标表" : "部门整体支出绩效目标表");
      }
      if (r.nextBoolean()) {
        b.unit(Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r));
      }
      if (r.nextBoolean()) {
        b.department(Gen.oneOf(Vocabulary.DEPARTMENTS).generate(r));
      }
      if (scope == GoalScope.PROJECT) {
        b.project(Gen.oneOf(Vocabulary.PROJECTS).generate(r));
      }
      if (r.nextBoolean()) {
        b.budget(Cell.of(ModelGen.amounts(2).generate(r))).amountUnit(ModelGen.amountUnits().generate(r));
      }
      b.addAllTasks(labelledAmounts(2).list(0, 3).generate(r));
      if (r.nextBoolean()) {
        b.longTermGoal(ModelGen.words(4, 12).generate(r));
      }
      if (r.nextBoolean()) {
        b.annualGoal(ModelGen.words(4, 12).generate(r));
      }
      b.addAllIndicators(indicators().list(0, 6).generate(r));
      if (r.nextBoolean()) {
        b.line(1 + r.nextInt(5000));
      }
      if (r.nextBoolean()) {
        b.place(ModelGen.place(r));
      }
      return b.build();
    };
  }

  /**
   * Self-evaluations of both scopes, with printed scores that need not follow the scoring rule
   * (for documents whose scores do, use {@link DocumentGen}).
   *
   * @return the generator
   */
  public static Gen<SelfEvaluation> selfEvaluations() {
    return r -> {
      GoalScope scope = Gen.oneOf(GoalScope.values()).generate(r);
      SelfEvaluation.Builder b = SelfEvaluation.builder().scope(scope);
      if (scope == GoalScope.PROJECT) {
        b.project(Gen.oneOf(Vocabulary.PROJECTS).generate(r)).projectAmount(Cell.of(ModelGen.amounts(2).generate(r)));
      }
      if (r.nextBoolean()) {
        b.department(Gen.oneOf(Vocabulary.DEPARTMENTS).generate(r));
      }
      if (r.nextBoolean()) {
        b.implementingUnit(Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r));
      }
      if (r.nextBoolean()) {
        b.amountUnit(ModelGen.amountUnits().generate(r));
      }
      b.addAllFunding(labelledAmounts(2).list(0, 3).generate(r));
      if (r.nextBoolean()) {
        b.expectedGoal(ModelGen.words(4, 10).generate(r)).achievement(ModelGen.words(4, 10).generate(r));
      }
      b.addAllIndicators(indicators().list(0, 6).generate(r));
      if (r.nextBoolean()) {
        b.totalWeight(Cell.of("100")).totalScore(Cell.of(BigDecimal.valueOf(r.nextInt(10001), 2)))
            .grade(Gen.oneOf("优", "良", "中", "差", "优秀").generate(r));
      }
      return b.build();
    };
  }

  /**
   * Framework nodes of a level with children down to level 3; each parent's reference score is the
   * sum of its children's.
   *
   * @param level 1, 2 or 3
   * @return the generator
   */
  public static Gen<FrameworkNode> frameworkNodes(int level) {
    return r -> DocumentGen.frameworkNode(level, BigDecimal.valueOf(3 + r.nextInt(30)), r);
  }

  /**
   * Evaluation frameworks whose root scores add up to 100 and whose every parent's score is the sum
   * of its children's.
   *
   * @return the generator
   */
  public static Gen<EvaluationFramework> evaluationFrameworks() {
    return DocumentGen::framework;
  }
}
