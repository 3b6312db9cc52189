package io.github.cnbudget.testkit;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generated project forms (项目支出绩效目标表 printed one project per form) with the lines they print,
 * cells separated by tabs, so that a reader of forms can be tested on forms whose every field is
 * known: print a generated form, read it back, compare with {@link Form#project()} and
 * {@link Form#goal()}.
 *
 * <p>Two layouts published forms use ({@link Layout}). Both print 项目名称 first, the labels of the
 * other fields in pairs on a line, a money block, the goals and an indicator grid whose merged
 * 一级/二级 cells print their text on their first row only. Personal data (项目负责人, 联系电话) is printed
 * in the declaration layout and is never part of the expected project.
 */
public final class ProjectFormGen {
  private ProjectFormGen() {}

  /** How a form is laid out. */
  public enum Layout {
    /**
     * 财政项目支出绩效目标填报表: 项目性质 and 项目类别 beside the name, 计划开始/完成日期, a money block in 元
     * with two sides (项目资金总额 with 其中：财政资金 and 其他资金; 年度资金申请总额 with 其中：当年财政拨款,
     * 上年结转资金 and 其他资金), 项目总目标 and 年度总体目标 printed over their texts.
     */
    FILLING,
    /**
     * 项目支出绩效目标申报表: 项目编码, 项目负责人 and 联系电话, 项目期限, 项目总预算 and 当年预算 in 万元, a
     * 资金来源 block, a 支出明细测算 block by economic class with the basis of each line, a 政府采购 block,
     * 长期目标 and 年度目标 beside their texts.
     */
    DECLARATION
  }

  /**
   * One form: the project and goal it prints, and its printed lines.
   *
   * @param project the project the form prints, as a reader should read it
   * @param goal the project's goal (its indicators), as a reader should read it
   * @param lines the printed lines, cells separated by tabs
   * @param personal the personal data printed in the form, which a reader must not keep
   */
  public record Form(Project project, PerformanceGoal goal, List<String> lines, List<String> personal) {
    /**
     * A form.
     *
     * @param project the project
     * @param goal the goal
     * @param lines the lines
     * @param personal the personal data printed
     */
    public Form {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(goal, "goal");
      lines = List.copyOf(lines);
      personal = List.copyOf(personal);
    }
  }

  private static final String FILLING_TITLE = "财政项目支出绩效目标填报表";
  private static final String DECLARATION_TITLE = "项目支出绩效目标申报表";
  private static final List<String> PEOPLE = List.of("王某某", "李某", "陈某某");
  private static final List<String> PURCHASES = List.of("台式计算机", "复印纸", "物业管理服务", "办公家具", "审计服务");
  private static final List<String> BASES = List.of("按上年实际支出测算", "按合同金额测算", "按标准乘以人数测算");

  /**
   * Forms of one department and year in one layout.
   *
   * @param department the supervising department (主管部门)
   * @param year the budget year
   * @param layout the layout
   * @return the generator; every form of one draw names a distinct project
   */
  public static Gen<List<Form>> forms(String department, int year, Layout layout) {
    return r -> {
      List<String> names = new ArrayList<>(Vocabulary.PROJECTS);
      DocumentGen.shuffle(names, r);
      int n = 1 + r.nextInt(3);
      List<Form> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(layout == Layout.FILLING ? filling(r, department, year, names.get(i))
            : declaration(r, department, year, names.get(i)));
      }
      return out;
    };
  }

  /**
   * The lines of a document printing the forms: its cover (department, year, 部门预算), then each form
   * under its title.
   *
   * @param department the department
   * @param year the year
   * @param forms the forms
   * @return the lines
   */
  public static List<String> document(String department, int year, List<Form> forms) {
    List<String> out = new ArrayList<>();
    out.add(department + year + "年部门预算");
    out.add("");
    for (Form f : forms) {
      out.addAll(f.lines());
      out.add("");
    }
    return out;
  }

  private static Form filling(SplittableRandom r, String department, int year, String name) {
    String unit = r.nextBoolean() ? department : Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r);
    ProjectCategory category = Gen.oneOf(ProjectCategory.values()).generate(r);
    ProjectAttribute attribute = Gen.oneOf(ProjectAttribute.values()).generate(r);
    int end = attribute == ProjectAttribute.ONE_OFF ? year : year + r.nextInt(3);
    BigDecimal annual = yuan(r);
    BigDecimal total = end == year ? annual : annual.add(yuan(r));
    BigDecimal other = r.nextInt(3) == 0 ? yuan(r).min(total) : zero();
    BigDecimal carried = r.nextInt(3) == 0 ? yuan(r).min(annual) : zero();
    BigDecimal annualOther = zero();
    boolean separators = r.nextBoolean();
    Project.Builder p = Project.builder().name(name).department(department).unit(unit).category(category)
        .attribute(attribute).startYear(year).endYear(end).amountUnit(AmountUnit.YUAN)
        .total(cell(total, separators)).annualBudget(cell(annual, separators))
        .putAmounts("项目资金总额/其中：财政资金", cell(total.subtract(other), separators))
        .putAmounts("年度资金申请总额/其中：当年财政拨款", cell(annual.subtract(carried), separators))
        .putAmounts("年度资金申请总额/上年结转资金", cell(carried, separators))
        .putAmounts("项目资金总额/其他资金", cell(other, separators))
        .putAmounts("年度资金申请总额/其他资金", cell(annualOther, separators));
    String longGoal = ModelGen.words(6, 14).generate(r) + "。";
    String annualGoal = ModelGen.words(6, 14).generate(r) + "。";
    p.goal(annualGoal);
    List<String> l = new ArrayList<>();
    l.add(FILLING_TITLE);
    l.add("（" + year + "年度）");
    l.add(String.join("\t", "项目名称", "", name, "", "项目性质", attribute.chinese() + "项目", "项目类别",
        categoryText(category, r)));
    l.add(String.join("\t", "主管部门", "", department, "", "实施单位", unit));
    l.add(String.join("\t", "计划开始日期", "", year + "-01-01", "", "计划完成日期", end + "-12-31"));
    l.add(String.join("\t", "项目资金（元）", "", "项目资金总额", "", print(total, separators), "年度资金申请总额", "",
        print(annual, separators)));
    l.add(String.join("\t", "", "", "其中：财政资金", "", print(total.subtract(other), separators), "其中：当年财政拨款", "",
        print(annual.subtract(carried), separators)));
    l.add(String.join("\t", "", "", "", "", "", "上年结转资金", "", print(carried, separators)));
    l.add(String.join("\t", "", "", "其他资金", "", print(other, separators), "其他资金", "", print(annualOther, separators)));
    l.add(String.join("\t", "项目绩效目标", "项目总目标", "", "", "", "年度总体目标"));
    l.add(String.join("\t", "", longGoal, "", "", "", annualGoal));
    l.add(String.join("\t", "", "一级指标", "二级指标", "三级指标", "", "", "年度(/项目)指标值"));
    List<Indicator> indicators = indicators(r);
    List<String[]> levels = printedLevels(indicators);
    for (int i = 0; i < indicators.size(); i++) {
      Indicator in = indicators.get(i);
      l.add(String.join("\t", i == 0 ? "绩效指标" : "", levels.get(i)[0], levels.get(i)[1], in.name(), "", "",
          in.targetText().orElseThrow()));
    }
    PerformanceGoal goal = goal(name, department, unit, annual, separators, AmountUnit.YUAN, longGoal, annualGoal,
        indicators, FILLING_TITLE);
    return new Form(p.build(), goal, l, List.of());
  }

  private static Form declaration(SplittableRandom r, String department, int year, String name) {
    String unit = Gen.oneOf(Vocabulary.SUBORDINATE_UNITS).generate(r);
    String code = Integer.toString(year) + (100000 + r.nextInt(900000));
    ProjectCategory category = Gen.oneOf(ProjectCategory.values()).generate(r);
    ProjectAttribute attribute = Gen.oneOf(ProjectAttribute.values()).generate(r);
    int start = year - (attribute == ProjectAttribute.ONE_OFF ? 0 : r.nextInt(3));
    int end = attribute == ProjectAttribute.ONE_OFF ? year : year + r.nextInt(3);
    String person = Gen.oneOf(PEOPLE).generate(r);
    String phone = "0" + (10 + r.nextInt(89)) + "-" + (60000000 + r.nextInt(30000000));
    List<BigDecimal> sources = new ArrayList<>();
    BigDecimal annual = BigDecimal.ZERO.setScale(2);
    List<String> sourceNames = List.of("一般公共预算拨款", "政府性基金预算拨款", "其他资金");
    for (int i = 0; i < sourceNames.size(); i++) {
      BigDecimal v = i == 0 || r.nextBoolean() ? wan(r) : zero();
      sources.add(v);
      annual = annual.add(v);
    }
    BigDecimal total = end == start ? annual : annual.add(wan(r));
    Project.Builder p = Project.builder().name(name).code(code).department(department).unit(unit).category(category)
        .attribute(attribute).startYear(start).endYear(end).amountUnit(AmountUnit.WAN_YUAN)
        .total(Cell.of(total)).annualBudget(Cell.of(annual));
    List<String> l = new ArrayList<>();
    l.add(DECLARATION_TITLE);
    l.add("（" + year + "年度）");
    l.add(String.join("\t", "项目名称", name, "项目编码", code));
    l.add(String.join("\t", "主管部门", department, "执行单位", unit));
    l.add(String.join("\t", "项目负责人", person, "联系电话", phone));
    l.add(String.join("\t", "项目属性", attribute.chinese() + "项目", "项目类别", categoryText(category, r)));
    l.add(String.join("\t", "项目期限", start + "年-" + end + "年"));
    l.add(String.join("\t", "项目资金（万元）", "项目总预算", total.toPlainString(), "当年预算", annual.toPlainString()));
    l.add(String.join("\t", "资金来源", "金额"));
    for (int i = 0; i < sourceNames.size(); i++) {
      p.putAmounts(sourceNames.get(i), Cell.of(sources.get(i)));
      l.add(String.join("\t", sourceNames.get(i), sources.get(i).toPlainString()));
    }
    l.add(String.join("\t", "支出明细测算", "经济分类", "金额", "测算依据"));
    int costs = 1 + r.nextInt(3);
    List<String> sections = new ArrayList<>(Vocabulary.PROJECT_SECTIONS);
    DocumentGen.shuffle(sections, r);
    for (int i = 0; i < costs; i++) {
      EconomicCode c = EconomicCode.parse(sections.get(i));
      String label = c.digits() + " " + Vocabulary.economicName(c);
      BigDecimal v = wan(r);
      String basis = Gen.oneOf(BASES).generate(r);
      p.addCosts(LabelledAmounts.builder().label(label).description(basis).putCells("金额", Cell.of(v)).build());
      l.add(String.join("\t", "", label, v.toPlainString(), basis));
    }
    if (r.nextBoolean()) {
      l.add(String.join("\t", "政府采购", "采购品目", "数量", "金额"));
      String item = Gen.oneOf(PURCHASES).generate(r);
      BigDecimal count = BigDecimal.valueOf(1 + r.nextInt(40));
      BigDecimal v = wan(r);
      p.addPurchases(LabelledAmounts.builder().label(item).putCells("数量", Cell.of(count))
          .putCells("金额", Cell.of(v)).build());
      l.add(String.join("\t", "", item, count.toPlainString(), v.toPlainString()));
    }
    String longGoal = ModelGen.words(6, 14).generate(r) + "。";
    String annualGoal = ModelGen.words(6, 14).generate(r) + "。";
    p.goal(annualGoal);
    l.add(String.join("\t", "长期目标", longGoal));
    l.add(String.join("\t", "年度目标", annualGoal));
    l.add(String.join("\t", "一级指标", "二级指标", "三级指标", "指标值"));
    List<Indicator> indicators = indicators(r);
    List<String[]> levels = printedLevels(indicators);
    for (int i = 0; i < indicators.size(); i++) {
      Indicator in = indicators.get(i);
      l.add(String.join("\t", levels.get(i)[0], levels.get(i)[1], in.name(), in.targetText().orElseThrow()));
    }
    PerformanceGoal goal = goal(name, department, unit, annual, false, AmountUnit.WAN_YUAN, longGoal, annualGoal,
        indicators, DECLARATION_TITLE);
    return new Form(p.build(), goal, l, List.of(person, phone));
  }

  private static PerformanceGoal goal(String name, String department, String unit, BigDecimal budget,
      boolean separators, AmountUnit amountUnit, String longGoal, String annualGoal, List<Indicator> indicators,
      String title) {
    return PerformanceGoal.builder().scope(GoalScope.PROJECT).title(title).project(name).department(department)
        .unit(unit).budget(cell(budget, separators)).amountUnit(amountUnit).longTermGoal(longGoal)
        .annualGoal(annualGoal).addAllIndicators(indicators).build();
  }

  /**
   * The 一级 and 二级 each indicator's row prints: a merged cell prints its text on its group's first
   * row only.
   */
  static List<String[]> printedLevels(List<Indicator> indicators) {
    List<String[]> out = new ArrayList<>();
    String l1 = "";
    String l2 = "";
    for (Indicator in : indicators) {
      String p1 = in.level1Text().equals(l1) ? "" : in.level1Text();
      String p2 = in.level2Text().equals(l2) && p1.isEmpty() ? "" : in.level2Text();
      l1 = in.level1Text();
      l2 = in.level2Text();
      out.add(new String[] {p1, p2});
    }
    return out;
  }

  /** Indicators grouped by 一级 then 二级, as a grid prints them: three to seven of the framework's. */
  static List<Indicator> indicators(SplittableRandom r) {
    List<Vocabulary.IndicatorTemplate> pool = new ArrayList<>(Vocabulary.INDICATORS);
    DocumentGen.shuffle(pool, r);
    List<Vocabulary.IndicatorTemplate> chosen = new ArrayList<>(pool.subList(0, 3 + r.nextInt(5)));
    chosen.sort(java.util.Comparator.comparing((Vocabulary.IndicatorTemplate t) -> t.level2().parent())
        .thenComparing(Vocabulary.IndicatorTemplate::level2));
    List<Indicator> out = new ArrayList<>();
    for (Vocabulary.IndicatorTemplate t : chosen) {
      String target = t.isQualitative() ? Gen.oneOf("达到预期", "有效提升", "稳步提高").generate(r)
          : Gen.oneOf("≥", "=", "≤").generate(r) + ("%".equals(t.unit()) ? 60 + r.nextInt(41) : 1 + r.nextInt(500))
              + t.unit();
      out.add(Indicator.builder().level1Text(t.level2().parent().chinese()).level2Text(t.level2().chinese())
          .name(t.name()).targetText(target).build());
    }
    return out;
  }

  /** 运转类 is printed by its kind, as Shanghai's forms do (其他运转类), now and then. */
  private static String categoryText(ProjectCategory c, SplittableRandom r) {
    return c == ProjectCategory.OPERATION && r.nextBoolean() ? "其他运转类" : c.chinese();
  }

  private static BigDecimal yuan(SplittableRandom r) {
    return BigDecimal.valueOf(10_000L + r.nextInt(20_000_000), 0).multiply(BigDecimal.TEN).setScale(2);
  }

  private static BigDecimal wan(SplittableRandom r) {
    return BigDecimal.valueOf(100 + r.nextInt(500_000), 2);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  private static Cell cell(BigDecimal v, boolean separators) {
    return separators ? Cell.of(v, ModelGen.withSeparators(v)) : Cell.of(v);
  }

  private static String print(BigDecimal v, boolean separators) {
    return separators ? ModelGen.withSeparators(v) : v.toPlainString();
  }
}
