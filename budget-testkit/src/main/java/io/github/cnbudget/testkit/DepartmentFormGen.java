package io.github.cnbudget.testkit;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generated department-wide performance forms (部门整体支出绩效目标表) with the lines they print, cells
 * separated by tabs: the department's name, the 收入构成 and 支出构成 blocks (a header of column labels,
 * then a 金额 row and a 占比 row under them), then goal lines (长期目标1：…, 年度目标1：…) each followed by
 * its own indicator grid whose merged 一级/二级 cells print on their first row only.
 *
 * <p>What a reader should make of it: one {@link PerformanceGoal} of department scope per goal line,
 * with that line's text as its long-term or annual goal and the indicators of the grid under it; the
 * blocks' rows as the tasks of the form's first goal (label {@code 收入构成/金额}, cells by column
 * label; shares kept as printed text, {@code 81.25%}).
 */
public final class DepartmentFormGen {
  private DepartmentFormGen() {}

  /** The title such forms print. */
  public static final String TITLE = "部门整体支出绩效目标表";

  /**
   * One form: the goals it prints and its printed lines.
   *
   * @param goals the goals, in printed order, as a reader should read them
   * @param lines the printed lines, cells separated by tabs
   */
  public record Form(List<PerformanceGoal> goals, List<String> lines) {
    /**
     * A form.
     *
     * @param goals the goals
     * @param lines the lines
     */
    public Form {
      goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
      lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
  }

  /**
   * A department's form of one year, in 万元 with two decimals.
   *
   * @param department the department's name
   * @param year the budget year
   * @return the generator
   */
  public static Gen<Form> forms(String department, int year) {
    return r -> {
      List<String> l = new ArrayList<>();
      l.add(TITLE);
      l.add("（" + year + "年度）");
      l.add(String.join("\t", "部门名称", department));
      l.add("单位：万元");
      List<LabelledAmounts> tasks = new ArrayList<>();
      composition(r, "收入构成", List.of("年度收入总额", "财政拨款", "其他资金"), l, tasks);
      composition(r, "支出构成", List.of("年度支出总额", "基本支出", "项目支出"), l, tasks);
      List<PerformanceGoal> goals = new ArrayList<>();
      int longTerm = 1 + r.nextInt(2);
      int annual = 1 + r.nextInt(2);
      for (int i = 0; i < longTerm + annual; i++) {
        boolean isLong = i < longTerm;
        int number = isLong ? i + 1 : i - longTerm + 1;
        String text = ModelGen.words(5, 12).generate(r) + "。";
        l.add((isLong ? "长期目标" : "年度目标") + number + "：" + text);
        List<Indicator> indicators = ProjectFormGen.indicators(r);
        // the value part under a two-row header: the two years before, then the target
        String before = (year - 2) + "年";
        String last = (year - 1) + "年";
        l.add(String.join("\t", "一级指标", "二级指标", "三级指标", "指标值"));
        l.add(String.join("\t", "", "", "", before, last, "预期当年实现值"));
        List<String[]> levels = ProjectFormGen.printedLevels(indicators);
        List<Indicator> withHistory = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
          Indicator in = indicators.get(k);
          String h1 = history(r, in);
          String h2 = history(r, in);
          l.add(String.join("\t", levels.get(k)[0], levels.get(k)[1], in.name(), h1, h2,
              in.targetText().orElseThrow()));
          withHistory.add(Indicator.builder().level1Text(in.level1Text()).level2Text(in.level2Text()).name(in.name())
              .targetText(in.targetText().orElseThrow()).putHistory(before, h1).putHistory(last, h2).build());
        }
        indicators = withHistory;
        PerformanceGoal.Builder g = PerformanceGoal.builder().scope(GoalScope.DEPARTMENT).title(TITLE)
            .unit(department).amountUnit(AmountUnit.WAN_YUAN).addAllIndicators(indicators);
        if (isLong) {
          g.longTermGoal(text);
        } else {
          g.annualGoal(text);
        }
        if (i == 0) {
          g.addAllTasks(tasks);
        }
        goals.add(g.build());
      }
      return new Form(goals, l);
    };
  }

  /** A value achieved in an earlier year, in the indicator's terms: a number with its unit, or a phrase. */
  private static String history(SplittableRandom r, Indicator in) {
    String target = in.targetText().orElseThrow();
    String unit = target.replaceFirst("^[≥≤=]?\\d+", "");
    return target.matches("^[≥≤=]?\\d+.*") ? (1 + r.nextInt(100)) + unit : "达到预期";
  }

  /** A block: its header of column labels, the amounts under them and each one's share of the first. */
  private static void composition(SplittableRandom r, String name, List<String> columns, List<String> lines,
      List<LabelledAmounts> tasks) {
    BigDecimal a = BigDecimal.valueOf(10_000 + r.nextInt(5_000_000), 2);
    BigDecimal b = BigDecimal.valueOf(r.nextInt(1_000_000), 2);
    BigDecimal total = a.add(b);
    List<BigDecimal> amounts = List.of(total, a, b);
    LabelledAmounts.Builder money = LabelledAmounts.builder().label(name + "/金额");
    LabelledAmounts.Builder shares = LabelledAmounts.builder().label(name + "/占比");
    List<String> moneyLine = new ArrayList<>(List.of("", "金额"));
    List<String> shareLine = new ArrayList<>(List.of("", "占比"));
    for (int i = 0; i < columns.size(); i++) {
      BigDecimal v = amounts.get(i);
      String share = v.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP).toPlainString() + "%";
      money.putCells(columns.get(i), Cell.of(v));
      shares.putCells(columns.get(i), Cell.printed(share));
      moneyLine.add(v.toPlainString());
      shareLine.add(share);
    }
    List<String> header = new ArrayList<>(List.of(name, ""));
    header.addAll(columns);
    lines.add(String.join("\t", header));
    lines.add(String.join("\t", moneyLine));
    lines.add(String.join("\t", shareLine));
    tasks.add(money.build());
    tasks.add(shares.build());
  }

}
