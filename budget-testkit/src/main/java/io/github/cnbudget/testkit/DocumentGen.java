package io.github.cnbudget.testkit;

import static io.github.cnbudget.testkit.Ledger.spec;

import io.github.cnbudget.testkit.Ledger.Entry;
import io.github.cnbudget.testkit.Ledger.Source;
import io.github.cnbudget.testkit.Ledger.Spec;
import io.github.cnbudget.testkit.Ledger.Use;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Generates whole, internally consistent disclosures (一致的公开文件): every figure is derived by exact
 * addition from one hidden ledger of amounts (unit × functional 项 × funding source × basic/project
 * × economic 款), so every accounting identity of the standard tables holds exactly, with no rounding.
 * Validation rules must find nothing in a generated document; {@link Mutations} then breaks exactly
 * one thing.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>A department with {@link Options#withUnits 1–N} units: the first is its 本级
 *       ({@link UnitRole#DEPARTMENT_LEVEL}, named department name + 本级), the others subordinate.
 *   <li>One table per {@link Options#withTables chosen kind}, in {@link TableKind} order (default: every
 *       kind except {@link TableKind#OTHER} and {@link TableKind#STATE_ASSETS}); title = {@link TableKind#chinese()}, issuer = department name.
 *   <li>Functional and economic codes, with their 款 and 类, are in the bundled
 *       {@link ClassificationCatalog} for the document's year, and every code row prints that year's
 *       catalog name. (The catalog has no 项 under 223, so 国有资本经营预算 money is spent on ordinary 项.)
 *   <li>Every amount cell's value has the document's {@link Precision#scale()}. A zero may be printed
 *       as a canonical zero, blank or a dash (one choice per document); non-zero amounts are printed
 *       canonically or with thousands separators (one choice per document). <b>All identities below
 *       read cells with {@link Cell#valueOrZero()}</b>, and a row may lack no column: every row has
 *       a cell for every column of its side.
 * </ul>
 *
 * <h2>Identities a generated document satisfies (exactly, with {@code BigDecimal} arithmetic)</h2>
 * Write v(row, key) for the value of the cell of column {@code key} in a row.
 * <ol>
 *   <li><b>Column groups.</b> In every table and row, a column that has children equals the sum of
 *       its children that are not {@link Column#partOf()}. In particular 合计 = 基本支出 + 项目支出,
 *       基本支出 = 人员经费 + 公用经费 where those columns exist, 财政拨款 = 一般公共预算 + 政府性基金 +
 *       国有资本经营, 单位资金 = 事业收入 + 其他收入, “三公” total = 因公出国（境）费 + 公务用车购置及运行维护费
 *       + 公务接待费, and 公务用车购置及运行维护费 = 购置费 + 运行维护费. The only {@code partOf}
 *       column is 支出总表's optional {@code procurement} (其中：政府采购), which is ≤ {@code total}.
 *   <li><b>Per-unit tables</b> ({@link TableKind#INCOME}, {@link TableKind#EXPENDITURE},
 *       {@link TableKind#GENERAL_PUBLIC_BY_FUNCTION}, {@link TableKind#GOVERNMENT_FUND},
 *       {@link TableKind#STATE_CAPITAL}): the first row is the department's {@link RowKind#TOTAL}
 *       (label 合计, no unit); then, for each unit with money in the table, in unit order, one
 *       {@link RowKind#UNIT} row (unit = label = the unit's name) followed by that unit's
 *       {@link RowKind#CODE} rows (functional 类, 款, 项; unit = the unit's name; label = catalog
 *       name) in pre-order (ascending digits). For every unit: each 类 and 款 row equals the sum of its
 *       child code rows of that unit (every 类 has a 款 row, every 款 a 项 row); the UNIT row equals the
 *       sum of the unit's 类 rows; the TOTAL row equals the sum of the UNIT rows (department = Σ units).
 *       A table with no money has no rows and {@link DisclosureTable#emptyStatement()} 本表无数据.
 *   <li><b>Government procurement</b> ({@link TableKind#GOVERNMENT_PROCUREMENT}): TOTAL row then one
 *       UNIT row per unit with procurement (or no rows and 本表无数据); TOTAL = Σ UNIT rows;
 *       total = goods + services + works (works is always zero).
 *   <li><b>Economic tables</b> ({@link TableKind#GENERAL_PUBLIC_BASIC_BY_ECONOMIC},
 *       {@link TableKind#GENERAL_PUBLIC_BY_ECONOMIC}, {@link TableKind#GENERAL_PUBLIC_PROJECT_BY_ECONOMIC}):
 *       department level (no unit): a TOTAL row, then economic 类 and 款 CODE rows in pre-order;
 *       each 类 = Σ its 款; TOTAL = Σ 类. Only the departmental scheme (3xx) is used; 人员经费 is 301 + 303,
 *       公用经费 is 302 + 310.
 *   <li><b>Two-sided summaries</b> ({@link TableKind#INCOME_EXPENDITURE_SUMMARY},
 *       {@link TableKind#FISCAL_APPROPRIATION_SUMMARY}): every row is an {@link RowKind#ITEM} with a
 *       side and a concept (except 类 rows, which carry the functional 类 code and a label such as
 *       {@code 九、卫生健康支出}). {@link Side#INCOME} rows have one cell, column {@code income};
 *       {@link Side#EXPENDITURE} rows have the expenditure columns ({@code expenditure} in 收支总表;
 *       {@code exp.total} = {@code exp.gpb} + {@code exp.gf} + {@code exp.sc} in 财政拨款收支总表).
 *       Income: one row per funding source (收支总表: 一般公共预算拨款, 政府性基金预算拨款,
 *       国有资本经营预算拨款, 财政专户管理资金, 事业收入, 其他收入; 财政拨款收支总表: the first three), then
 *       {@link Concept#CURRENT_INCOME_TOTAL} = Σ sources, {@link Concept#PRIOR_YEAR_CARRYOVER} (zero in
 *       财政拨款收支总表), {@link Concept#INCOME_GRAND_TOTAL} = 本年收入合计 + 上年结转. Expenditure: one
 *       row per functional 类 with money, {@link Concept#CURRENT_EXPENDITURE_TOTAL} = Σ 类 rows,
 *       {@link Concept#CARRY_FORWARD} (always zero), {@link Concept#EXPENDITURE_GRAND_TOTAL} =
 *       本年支出合计 + 结转下年; and 收入总计 = 支出总计 (in 财政拨款收支总表 against {@code exp.total}).
 *   <li><b>Across tables</b> (where both tables exist; "dept" means the TOTAL row, "Σunits c" the sum
 *       over units of the CODE rows with code c):
 *     <ul>
 *       <li>收支总表 支出总计 = 支出总表 dept total = 收入总表 dept total; each 收支总表 income source row
 *           = the 收入总表 dept column of that source ({@code gpb}, {@code gf}, {@code sc}, {@code fsa},
 *           {@code business}, {@code other}), 上年结转 = 收入总表 dept {@code carryover}.
 *       <li>收支总表 类 row c = Σunits c of 支出总表 {@code total} = Σunits c of 收入总表 {@code total};
 *           the same holds for every (unit, code) row: 收入总表 total = 支出总表 total.
 *       <li>一般公共预算支出表 dept total = 收支总表 一般公共预算拨款 = 财政拨款收支总表 一般公共预算拨款;
 *           财政拨款收支总表 类 row c: {@code exp.gpb} = Σunits c of 一般公共预算支出表 total,
 *           {@code exp.gf} = Σunits c of 政府性基金预算支出表 total, {@code exp.sc} likewise for
 *           国有资本经营预算支出表.
 *       <li>When all money is general-public ({@link Options#withGeneralPublicOnly}), 支出总表 and
 *           一般公共预算支出表 have the same rows (kind, unit, code) and equal {@code total},
 *           {@code basic}, {@code project}; the fund and state-capital tables are empty.
 *       <li>一般公共预算基本支出表 dept: total = 一般公共预算支出表 dept {@code basic}, personnel and
 *           publicUse equal the same columns there; 一般公共预算支出表（按经济分类） dept total/basic/project
 *           = 一般公共预算支出表 dept total/basic/project; 一般公共预算项目支出表 dept total = 一般公共预算支出表
 *           dept {@code project}.
 *       <li>支出总表 {@code procurement} (when present) in the TOTAL and each UNIT row = 政府采购预算表
 *           {@code total} of the same row (of the same unit; zero for a unit 政府采购预算表 leaves out).
 *       <li>项目支出表: a TOTAL row then one {@link RowKind#PROJECT} row per project (label = project name,
 *           unit = its unit), funding columns as in 收入总表; TOTAL = Σ project rows; TOTAL total =
 *           支出总表 dept {@code project} = Σ {@link Disclosure#projects()} totals.
 *     </ul>
 *   <li><b>“三公”经费</b> ({@link TableKind#THREE_PUBLIC}): one ITEM row for the year (label {@code <year>年}),
 *       sometimes a second for the previous year; the column identities of item 1 hold in each row.
 *       The year's row is the general-public money spent on the “三公” 款: 因公出国（境）费 = Σ 30212,
 *       公务接待费 = Σ 30217, 公务用车运行维护费 = Σ 30231 (basic), 公务用车购置费 = Σ 31013 (project), so
 *       it equals those rows of 一般公共预算支出表（按经济分类） and is at least those of the basic one.
 *       With no such spending the table has no rows and the statement 本表无数据.
 *   <li><b>Projects</b> ({@link Disclosure#projects()}, with {@link Options#withPerformance} on): distinct
 *       names; each unit names a budget unit; total = Σ {@link Project#amounts()} (keyed by the funding
 *       source's printed label; only non-zero sources).
 *   <li><b>Goals</b>: one department goal ({@link GoalScope#DEPARTMENT}) whose budget = 支出总计; its
 *       tasks' 总额 = 财政拨款 + 其他资金 each, Σ 总额 = budget, Σ 财政拨款 = 一般公共预算 + 政府性基金 +
 *       国有资本经营 income. One project goal per project: project = the project's name, budget = the
 *       project's total, 3–8 indicators whose weights (scale 0) sum to exactly 100.
 *   <li><b>Indicators</b> (goals and self-evaluations): distinct names within a table, each filed under
 *       its own 一级/二级 of the standard framework; every project's indicators include 产出, 效益 and
 *       满意度 ones; names ending in 率 (and 满意度) have targets in %, no other name does; the same
 *       name has the same target and levels in every target table of the document.
 *   <li><b>Self-evaluations</b> (final accounts only, one per project for up to three projects):
 *       amounts in the document's unit; the first funding line (年度资金总额) has 年初预算数 = the
 *       project's total, 全年预算数 ≥ 年初预算数, 全年执行数 ≤ 全年预算数, 分值 = 10,
 *       执行率 = round(100 × 全年执行数 / 全年预算数, 2, HALF_UP) (a percentage) and 得分 =
 *       round(分值 × 执行率 / 100, 2, HALF_UP). Indicators' weights (scale 0) sum to 90; each score
 *       (scale 2) follows the proportional rule: target {@code ≥T<unit>} and actual {@code A<unit>}:
 *       w if A ≥ T, else round(w × A / T, 2, HALF_UP); target {@code ≤T<unit>}: w if A ≤ T, else
 *       round(w × T / A, 2, HALF_UP); qualitative targets (达到预期, 是) with an equal actual: w.
 *       totalWeight = 100, totalScore = 得分 + Σ indicator scores (scale 2), grade 优 (≥ 90), 良 (≥ 80),
 *       中 (≥ 60), 差.
 *   <li><b>Frameworks</b> (final accounts only): one evaluation framework whose root reference scores
 *       (scale 0) sum to 100 and whose every node's score is the sum of its children's.
 * </ol>
 *
 * <p>Every amount cell of every table takes part in at least one in-table identity (1–5, and 项目支出表
 * TOTAL = Σ project rows),
 * so changing any single amount (or dropping any CODE row) breaks at least one of them exactly; the
 * testkit's own tests check this for every {@link Mutations.Kind} that touches tables.
 *
 * <p>Deterministic: the same random state gives an equal document. Immutable and thread-safe.
 */
public final class DocumentGen implements Gen<Disclosure> {
  private final Options options;

  private DocumentGen(Options options) {
    this.options = options;
  }

  /**
   * A generator with options.
   *
   * @param options the options
   * @return the generator
   */
  public static DocumentGen of(Options options) {
    return new DocumentGen(Objects.requireNonNull(options, "options"));
  }

  /**
   * A generator of documents of every shape: 1–4 units, every standard table, a published precision,
   * either stage, mixed or general-public-only funding, with projects and performance.
   *
   * @return the generator
   */
  public static DocumentGen defaults() {
    return of(Options.defaults());
  }

  /**
   * The options.
   *
   * @return the options
   */
  public Options options() {
    return options;
  }

  @Override
  public Disclosure generate(SplittableRandom random) {
    return new Build(options, random).disclosure();
  }

  /**
   * What documents to generate: an immutable "mutant factory" ({@code withX} returns a changed copy);
   * anything left unset is drawn from the random source. Thread-safe.
   */
  public static final class Options {
    private final int minUnits;
    private final int maxUnits;
    private final Set<TableKind> tables;
    private final @Nullable Precision precision;
    private final @Nullable Stage stage;
    private final @Nullable FiscalYear year;
    private final @Nullable Boolean generalPublicOnly;
    private final boolean performance;

    private Options(int minUnits, int maxUnits, Set<TableKind> tables, @Nullable Precision precision,
        @Nullable Stage stage, @Nullable FiscalYear year, @Nullable Boolean generalPublicOnly, boolean performance) {
      this.minUnits = minUnits;
      this.maxUnits = maxUnits;
      this.tables = tables;
      this.precision = precision;
      this.stage = stage;
      this.year = year;
      this.generalPublicOnly = generalPublicOnly;
      this.performance = performance;
    }

    /**
     * The defaults: 1–4 units, every kind but {@link TableKind#OTHER} and {@link TableKind#STATE_ASSETS}, random
     * published precision,
     * stage, year (2018–2027) and funding, performance on.
     *
     * @return the default options
     */
    public static Options defaults() {
      Set<TableKind> all = EnumSet.allOf(TableKind.class);
      all.remove(TableKind.OTHER);
      all.remove(TableKind.STATE_ASSETS);
      return new Options(1, 4, Collections.unmodifiableSet(all), null, null, null, null, true);
    }

    /**
     * Exactly {@code n} units.
     *
     * @param n 1 or more
     * @return changed options
     */
    public Options withUnits(int n) {
      return withUnits(n, n);
    }

    /**
     * Between {@code min} and {@code max} units.
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @return changed options
     */
    public Options withUnits(int min, int max) {
      if (min < 1 || max < min) {
        throw new IllegalArgumentException("units must satisfy 1 <= min <= max: " + min + ", " + max);
      }
      return new Options(min, max, tables, precision, stage, year, generalPublicOnly, performance);
    }

    /**
     * Only these tables (in {@link TableKind} order; {@link TableKind#OTHER} and {@link TableKind#STATE_ASSETS},
     * which it has no generator for, are ignored).
     *
     * @param kinds the kinds, possibly none
     * @return changed options
     */
    public Options withTables(TableKind... kinds) {
      Set<TableKind> s = EnumSet.noneOf(TableKind.class);
      Collections.addAll(s, kinds);
      s.remove(TableKind.OTHER);
      s.remove(TableKind.STATE_ASSETS);
      return new Options(minUnits, maxUnits, Collections.unmodifiableSet(s), precision, stage, year,
          generalPublicOnly, performance);
    }

    /**
     * A fixed precision.
     *
     * @param p the precision of every amount
     * @return changed options
     */
    public Options withPrecision(Precision p) {
      return new Options(minUnits, maxUnits, tables, Objects.requireNonNull(p), stage, year, generalPublicOnly,
          performance);
    }

    /**
     * A fixed stage.
     *
     * @param s budget or final account
     * @return changed options
     */
    public Options withStage(Stage s) {
      return new Options(minUnits, maxUnits, tables, precision, Objects.requireNonNull(s), year, generalPublicOnly,
          performance);
    }

    /**
     * A fixed fiscal year.
     *
     * @param y the year
     * @return changed options
     */
    public Options withYear(FiscalYear y) {
      return new Options(minUnits, maxUnits, tables, precision, stage, Objects.requireNonNull(y), generalPublicOnly,
          performance);
    }

    /**
     * Whether all money is general public budget (一般公共预算) money.
     *
     * @param only true for general-public-only documents; false lets every source appear (a small
     *     document may still happen to use general-public money only)
     * @return changed options
     */
    public Options withGeneralPublicOnly(boolean only) {
      return new Options(minUnits, maxUnits, tables, precision, stage, year, only, performance);
    }

    /**
     * Whether to generate projects, goals, self-evaluations and frameworks.
     *
     * @param on true to generate them
     * @return changed options
     */
    public Options withPerformance(boolean on) {
      return new Options(minUnits, maxUnits, tables, precision, stage, year, generalPublicOnly, on);
    }

    /**
     * The tables generated.
     *
     * @return the kinds
     */
    public Set<TableKind> tables() {
      return tables;
    }

    @Override
    public String toString() {
      return "Options[units=" + minUnits + ".." + maxUnits + ", tables=" + tables + ", precision=" + precision
          + ", stage=" + stage + ", year=" + year + ", generalPublicOnly=" + generalPublicOnly
          + ", performance=" + performance + "]";
    }
  }

  /** The catalog codes and names are drawn from: the one the rules judge them by by default. */
  static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

  /** The 项 of {@link Vocabulary#CATALOG_ITEMS} that the catalog has, with their 款 and 类, in a year. */
  static List<String> catalogItems(FiscalYear year) {
    List<String> out = new ArrayList<>();
    for (String item : Vocabulary.CATALOG_ITEMS) {
      FunctionalCode c = FunctionalCode.parse(item);
      if (CATALOG.contains(c, year) && CATALOG.contains(c.parent().orElseThrow(), year)
          && CATALOG.contains(FunctionalCode.parse(item.substring(0, 3)), year)) {
        out.add(item);
      }
    }
    if (out.size() < 6) {
      throw new IllegalStateException("the bundled catalog has too few items in " + year + ": " + out);
    }
    return out;
  }

  static List<BudgetUnit> units(String department, int n, SplittableRandom r) {
    List<BudgetUnit> out = new ArrayList<>(n);
    List<String> names = new ArrayList<>(Vocabulary.SUBORDINATE_UNITS);
    shuffle(names, r);
    for (int i = 0; i < n; i++) {
      if (i == 0) {
        out.add(BudgetUnit.of(department + "本级", UnitRole.DEPARTMENT_LEVEL));
        continue;
      }
      String name = names.get((i - 1) % names.size());
      if (i - 1 >= names.size()) {
        name = name + (i - 1) / names.size();
      }
      BudgetUnit.Builder b = BudgetUnit.builder().name(name).role(UnitRole.SUBORDINATE);
      if (r.nextBoolean()) {
        b.code(Integer.toString(100000 + r.nextInt(900000)));
      }
      out.add(b.build());
    }
    return out;
  }

  static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, r.nextInt(i + 1));
    }
  }

  static List<Integer> splitPositive(int total, int parts, SplittableRandom r) {
    int n = Math.max(1, Math.min(parts, total));
    List<Integer> cuts = new ArrayList<>();
    TreeSet<Integer> chosen = new TreeSet<>();
    while (chosen.size() < n - 1) {
      chosen.add(1 + r.nextInt(total - 1));
    }
    int prev = 0;
    for (int c : chosen) {
      cuts.add(c - prev);
      prev = c;
    }
    cuts.add(total - prev);
    return cuts;
  }

  static FrameworkNode frameworkNode(int level, BigDecimal score, SplittableRandom r) {
    String name;
    if (level == 1) {
      name = Gen.oneOf("决策", "过程", "产出", "效益").generate(r);
    } else if (level == 2) {
      name = Gen.oneOf("项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "项目效益").generate(r);
    } else {
      name = Gen.oneOf(Vocabulary.INDICATOR_NAMES).generate(r);
    }
    FrameworkNode.Builder b = FrameworkNode.builder().level(level).name(name).referenceScore(Cell.of(score));
    if (r.nextBoolean()) {
      b.addDescriptions(ModelGen.words(3, 8).generate(r));
    }
    if (level < 3 && score.intValueExact() >= 1) {
      for (int part : splitPositive(score.intValueExact(), 1 + r.nextInt(3), r)) {
        b.addChildren(frameworkNode(level + 1, BigDecimal.valueOf(part), r));
      }
    }
    return b.build();
  }

  static EvaluationFramework framework(SplittableRandom r) {
    EvaluationFramework.Builder b = EvaluationFramework.builder().title("项目支出绩效评价共性指标体系框架");
    for (int part : splitPositive(100, 3 + r.nextInt(2), r)) {
      b.addRoots(frameworkNode(1, BigDecimal.valueOf(part), r));
    }
    return b.build();
  }

  /** One document being built: the ledger and the printing style. */
  private static final class Build {
    private final Options o;
    private final SplittableRandom r;
    private final Precision precision;
    private final int scale;
    private final Stage stage;
    private final FiscalYear year;
    private final boolean gpbOnly;
    private final boolean separators;
    private final int zeroStyle;
    private final Department department;
    private final List<Entry> ledger = new ArrayList<>();
    private final List<String> items;
    private final Map<String, Indicator> targets = new LinkedHashMap<>();
    private final List<String> projectNames = new ArrayList<>();
    private final List<Integer> projectUnits = new ArrayList<>();

    Build(Options o, SplittableRandom r) {
      this.o = o;
      this.r = r;
      this.precision = o.precision != null ? o.precision : Gen.oneOf(ModelGen.publishedPrecisions()).generate(r);
      this.scale = precision.scale();
      this.stage = o.stage != null ? o.stage : ModelGen.stages().generate(r);
      this.year = o.year != null ? o.year : FiscalYear.of(2018 + r.nextInt(10));
      this.gpbOnly = o.generalPublicOnly != null ? o.generalPublicOnly : r.nextInt(3) == 0;
      this.separators = r.nextBoolean();
      this.zeroStyle = r.nextInt(3);
      String name = Gen.oneOf(Vocabulary.DEPARTMENTS).generate(r);
      int n = o.minUnits + r.nextInt(o.maxUnits - o.minUnits + 1);
      Department.Builder d = Department.builder().name(name).addAllUnits(units(name, n, r));
      if (r.nextBoolean()) {
        d.code(Integer.toString(100 + r.nextInt(900)));
      }
      this.department = d.build();
      this.items = catalogItems(year);
      fillLedger();
    }

    private BigDecimal amount() {
      long yuan = ModelGen.pow10(3 + r.nextInt(4)) * (1 + r.nextInt(9)) + r.nextInt(1000);
      BigDecimal v = BigDecimal.valueOf(yuan);
      if (precision.unit() == io.github.cnbudget.model.AmountUnit.WAN_YUAN) {
        v = v.movePointLeft(4).setScale(scale, RoundingMode.HALF_UP);
      } else {
        v = v.setScale(scale, RoundingMode.HALF_UP);
        if (scale > 0) {
          v = v.add(BigDecimal.valueOf(r.nextInt((int) ModelGen.pow10(Math.min(scale, 6))), scale));
        }
      }
      return v.signum() == 0 ? precision.ulp().setScale(scale) : v;
    }

    private void fillLedger() {
      List<BudgetUnit> units = department.units();
      for (int u = 0; u < units.size(); u++) {
        List<String> items = new ArrayList<>(this.items);
        shuffle(items, r);
        int nItems = 2 + r.nextInt(4);
        int firstProject = projectNames.size();
        int nProjects = 1 + r.nextInt(3);
        for (int p = 0; p < nProjects; p++) {
          int idx = projectNames.size();
          String base = Vocabulary.PROJECTS.get(idx % Vocabulary.PROJECTS.size());
          projectNames.add(idx < Vocabulary.PROJECTS.size() ? base : base + "（" + (idx / Vocabulary.PROJECTS.size() + 1) + "）");
          projectUnits.add(u);
        }
        boolean anyProject = false;
        for (int i = 0; i < nItems; i++) {
          int nEntries = 1 + r.nextInt(3);
          for (int k = 0; k < nEntries; k++) {
            Use use = Gen.oneOf(Use.values()).generate(r);
            Source source = gpbOnly ? Source.GPB : source();
            add(u, items.get(i), source, use, firstProject, nProjects);
            anyProject |= use == Use.PROJECT;
          }
        }
        if (!anyProject) {
          add(u, items.get(0), gpbOnly ? Source.GPB : source(), Use.PROJECT, firstProject, nProjects);
        }
        if (!gpbOnly && r.nextInt(4) == 0) {
          add(u, Vocabulary.FUND_ITEM, Source.GF, Use.PROJECT, firstProject, nProjects);
        }
        if (!gpbOnly && r.nextInt(6) == 0) {
          add(u, items.get(r.nextInt(items.size())), Source.SC, Use.PROJECT, firstProject, nProjects);
        }
        threePublicEntries(u, items.get(0), firstProject, nProjects);
      }
      // every project must have money: give an empty one a line of its own
      for (int p = 0; p < projectNames.size(); p++) {
        final int pp = p;
        if (ledger.stream().noneMatch(e -> e.project == pp)) {
          ledger.add(new Entry(projectUnits.get(p), items.get(r.nextInt(items.size())),
              Source.GPB, Use.PROJECT, Gen.oneOf(Vocabulary.PROJECT_SECTIONS).generate(r), p, amount()));
        }
      }
    }

    /**
     * The unit's “三公” spending, general-public money on the economic 款 the “三公” table reports
     * (30212, 30217, 30231 basic; 31013 project), so that the table agrees with the economic tables.
     */
    private void threePublicEntries(int unit, String item, int firstProject, int nProjects) {
      if (r.nextInt(4) != 0) {
        ledger.add(new Entry(unit, item, Source.GPB, Use.PUBLIC_USE, Vocabulary.RECEPTION, -1, small()));
      }
      if (r.nextInt(4) != 0) {
        ledger.add(new Entry(unit, item, Source.GPB, Use.PUBLIC_USE, Vocabulary.VEHICLE_OPERATION, -1, small()));
      }
      if (r.nextInt(3) == 0) {
        ledger.add(new Entry(unit, item, Source.GPB, Use.PUBLIC_USE, Vocabulary.OVERSEAS, -1, small()));
      }
      if (r.nextInt(4) == 0) {
        ledger.add(new Entry(unit, item, Source.GPB, Use.PROJECT, Vocabulary.VEHICLE_PURCHASE,
            firstProject + r.nextInt(nProjects), small()));
      }
    }

    private Source source() {
      int x = r.nextInt(10);
      return x < 6 ? Source.GPB : x == 6 ? Source.FSA : x == 7 ? Source.BUSINESS : x == 8 ? Source.OTHER : Source.CARRYOVER;
    }

    private void add(int unit, String item, Source source, Use use, int firstProject, int nProjects) {
      List<String> econs = use == Use.PERSONNEL ? Vocabulary.PERSONNEL_SECTIONS
          : use == Use.PUBLIC_USE ? Vocabulary.PUBLIC_USE_SECTIONS : Vocabulary.PROJECT_SECTIONS;
      int project = use == Use.PROJECT ? firstProject + r.nextInt(nProjects) : -1;
      ledger.add(new Entry(unit, item, source, use, Gen.oneOf(econs).generate(r), project, amount()));
    }

    // ---------------------------------------------------------------------------------------------

    private BigDecimal zero() {
      return BigDecimal.ZERO.setScale(scale);
    }

    private BigDecimal sum(List<Entry> entries, Predicate<Entry> filter) {
      BigDecimal s = zero();
      for (Entry e : entries) {
        if (filter.test(e)) {
          s = s.add(e.amount);
        }
      }
      return s;
    }

    private Cell cell(BigDecimal v) {
      if (v.signum() == 0) {
        return zeroStyle == 0 ? Cell.of(v) : zeroStyle == 1 ? Cell.blank() : Cell.dash();
      }
      return separators ? Cell.of(v, ModelGen.withSeparators(v)) : Cell.of(v);
    }

    private Map<String, Cell> cells(List<Spec> specs, List<Entry> entries) {
      Map<String, Cell> m = new LinkedHashMap<>();
      for (Spec s : specs) {
        m.put(s.column.key(), cell(sum(entries, s.filter)));
      }
      return m;
    }

    private List<Entry> where(Predicate<Entry> p) {
      return filter(ledger, p);
    }

    private static List<Entry> filter(List<Entry> entries, Predicate<Entry> p) {
      List<Entry> out = new ArrayList<>();
      for (Entry e : entries) {
        if (p.test(e)) {
          out.add(e);
        }
      }
      return out;
    }

    private String unitName(int u) {
      return department.units().get(u).name();
    }

    Disclosure disclosure() {
      Disclosure.Builder d = Disclosure.builder()
          .department(department)
          .year(year)
          .stage(stage)
          .precision(precision)
          .title(department.name() + year + "年" + stage.documentTerm() + "公开");
      int index = 0;
      for (TableKind k : o.tables) {
        DisclosureTable t = table(k, ++index);
        d.addTables(t).addContents(t.title());
      }
      d.addNotes(Note.of("本套报表金额单位转换时可能存在尾数误差。"));
      if (o.performance) {
        List<Project> projects = projects();
        d.addAllProjects(projects);
        d.addGoals(departmentGoal());
        for (Project p : projects) {
          d.addGoals(projectGoal(p));
        }
        if (stage == Stage.FINAL_ACCOUNT) {
          for (int i = 0; i < Math.min(3, projects.size()); i++) {
            d.addSelfEvaluations(selfEvaluation(projects.get(i)));
          }
          d.addFrameworks(framework(r));
        }
      }
      return d.build();
    }

    private DisclosureTable table(TableKind k, int index) {
      DisclosureTable.Builder b = DisclosureTable.builder()
          .kind(k)
          .title(k.chinese())
          .issuer(department.name())
          .number(stage == Stage.FINAL_ACCOUNT && k.finalAccountNumber() > 0
              ? String.format("公开%02d表", k.finalAccountNumber()) : "表" + index);
      switch (k) {
        case INCOME_EXPENDITURE_SUMMARY:
          summary(b);
          break;
        case FISCAL_APPROPRIATION_SUMMARY:
          fiscalSummary(b);
          break;
        case INCOME:
          perUnit(b, fundingSpecs(), e -> true);
          break;
        case EXPENDITURE:
          perUnit(b, expenditureSpecs(r.nextBoolean(), r.nextBoolean()), e -> true);
          break;
        case GENERAL_PUBLIC_BY_FUNCTION:
          perUnit(b, expenditureSpecs(true, false), e -> e.source == Source.GPB);
          break;
        case GOVERNMENT_FUND:
          perUnit(b, expenditureSpecs(false, false), e -> e.source == Source.GF);
          break;
        case STATE_CAPITAL:
          perUnit(b, expenditureSpecs(false, false), e -> e.source == Source.SC);
          break;
        case GENERAL_PUBLIC_BASIC_BY_ECONOMIC:
          economic(b, List.of(
              spec("total", Concept.TOTAL, null, e -> true, "合计"),
              spec("personnel", Concept.PERSONNEL, "total", e -> e.use == Use.PERSONNEL, "人员经费"),
              spec("publicUse", Concept.PUBLIC_USE, "total", e -> e.use == Use.PUBLIC_USE, "公用经费")),
              e -> e.source == Source.GPB && e.isBasic());
          break;
        case GENERAL_PUBLIC_BY_ECONOMIC:
          economic(b, expenditureSpecs(false, false), e -> e.source == Source.GPB);
          break;
        case GENERAL_PUBLIC_PROJECT_BY_ECONOMIC:
          economic(b, List.of(spec("total", Concept.TOTAL, null, e -> true, "合计")),
              e -> e.source == Source.GPB && !e.isBasic());
          break;
        case THREE_PUBLIC:
          threePublic(b);
          break;
        case PROJECT_EXPENDITURE:
          projectTable(b);
          break;
        case GOVERNMENT_PROCUREMENT:
          procurement(b);
          break;
        default:
          throw new IllegalStateException("no generator for " + k);
      }
      if (r.nextInt(4) == 0) {
        b.addNotes(Note.of(Gen.oneOf(Vocabulary.NOTES).generate(r)));
      }
      return b.build();
    }

    private List<Spec> fundingSpecs() {
      return List.of(
          spec("total", Concept.TOTAL, null, e -> true, "合计"),
          spec("carryover", Concept.PRIOR_YEAR_CARRYOVER, "total", e -> e.source == Source.CARRYOVER, "上年结转"),
          spec("fiscal", Concept.FISCAL_APPROPRIATION, "total", e -> e.source.isFiscal(), "财政拨款"),
          spec("gpb", Concept.GENERAL_PUBLIC_BUDGET, "fiscal", e -> e.source == Source.GPB, "财政拨款", "一般公共预算"),
          spec("gf", Concept.GOVERNMENT_FUND, "fiscal", e -> e.source == Source.GF, "财政拨款", "政府性基金预算"),
          spec("sc", Concept.STATE_CAPITAL, "fiscal", e -> e.source == Source.SC, "财政拨款", "国有资本经营预算"),
          spec("fsa", Concept.FISCAL_SPECIAL_ACCOUNT, "total", e -> e.source == Source.FSA, "财政专户管理资金"),
          spec("unitFunds", Concept.UNIT_FUNDS, "total",
              e -> e.source == Source.BUSINESS || e.source == Source.OTHER, "单位资金"),
          spec("business", Concept.BUSINESS_INCOME, "unitFunds", e -> e.source == Source.BUSINESS, "单位资金", "事业收入"),
          spec("other", Concept.OTHER_INCOME, "unitFunds", e -> e.source == Source.OTHER, "单位资金", "其他收入"));
    }

    private List<Spec> expenditureSpecs(boolean personnelSplit, boolean procurement) {
      List<Spec> s = new ArrayList<>();
      s.add(spec("total", Concept.TOTAL, null, e -> true, "合计"));
      s.add(spec("basic", Concept.BASIC, "total", Entry::isBasic, "基本支出"));
      if (personnelSplit) {
        s.add(spec("personnel", Concept.PERSONNEL, "basic", e -> e.use == Use.PERSONNEL, "基本支出", "人员经费"));
        s.add(spec("publicUse", Concept.PUBLIC_USE, "basic", e -> e.use == Use.PUBLIC_USE, "基本支出", "公用经费"));
      }
      s.add(spec("project", Concept.PROJECT, "total", e -> !e.isBasic(), "项目支出"));
      if (procurement) {
        s.add(spec("procurement", Concept.PROCUREMENT, "total", true, Side.SINGLE, Entry::isProcured, "其中：政府采购"));
      }
      return s;
    }

    private void columns(DisclosureTable.Builder b, List<Spec> specs) {
      for (Spec s : specs) {
        b.addColumns(s.column);
      }
    }

    /**
     * Declares the columns and adds the department's TOTAL row of the entries in scope; a table with
     * no such entries gets the empty statement instead.
     *
     * @return the entries in scope, empty for an empty table
     */
    private List<Entry> withTotalRow(DisclosureTable.Builder b, List<Spec> specs, Predicate<Entry> scope) {
      columns(b, specs);
      List<Entry> in = where(scope);
      if (in.isEmpty()) {
        b.emptyStatement("本表无数据");
      } else {
        b.addRows(Row.builder().kind(RowKind.TOTAL).label("合计").putAllCells(cells(specs, in)).build());
      }
      return in;
    }

    private void perUnit(DisclosureTable.Builder b, List<Spec> specs, Predicate<Entry> scope) {
      List<Entry> in = withTotalRow(b, specs, scope);
      if (in.isEmpty()) {
        return;
      }
      for (int u = 0; u < department.units().size(); u++) {
        final int uu = u;
        List<Entry> mine = filter(in, e -> e.unit == uu);
        if (mine.isEmpty()) {
          continue;
        }
        String name = unitName(u);
        b.addRows(Row.builder().kind(RowKind.UNIT).label(name).unit(name).putAllCells(cells(specs, mine)).build());
        codeRows(b, specs, mine, e -> e.item, name);
      }
    }

    private void economic(DisclosureTable.Builder b, List<Spec> specs, Predicate<Entry> scope) {
      List<Entry> in = withTotalRow(b, specs, scope);
      if (in.isEmpty()) {
        return;
      }
      codeRows(b, specs, in, e -> e.econ, null);
    }

    /**
     * One CODE row for every prefix (类, 款, 项) of the entries' codes, in pre-order: ascending digits
     * put each parent right before its children.
     */
    private void codeRows(DisclosureTable.Builder b, List<Spec> specs, List<Entry> entries,
        Function<Entry, String> digits, @Nullable String unit) {
      TreeSet<String> codes = new TreeSet<>();
      for (Entry e : entries) {
        String d = digits.apply(e);
        for (int len = 3; len <= d.length(); len += 2) {
          codes.add(d.substring(0, len));
        }
      }
      for (String c : codes) {
        ClassificationCode code = ClassificationCodes.parse(c);
        Row.Builder row = Row.builder().kind(RowKind.CODE).code(code)
            .label(catalogName(code))
            .putAllCells(cells(specs, filter(entries, e -> digits.apply(e).startsWith(c))));
        if (unit != null) {
          row.unit(unit);
        }
        b.addRows(row.build());
      }
    }

    private String catalogName(ClassificationCode code) {
      return CATALOG.nameOf(code, year).orElseThrow(() -> new IllegalStateException(code + " not in " + year));
    }

    private Row income(String label, Concept concept, BigDecimal v) {
      return Row.builder().kind(RowKind.ITEM).side(Side.INCOME).label(label).concept(concept)
          .putCells("income", cell(v)).build();
    }

    private Row expenditure(String label, Concept concept, Map<String, Cell> cells) {
      return Row.builder().kind(RowKind.ITEM).side(Side.EXPENDITURE).label(label).concept(concept)
          .putAllCells(cells).build();
    }

    private TreeSet<String> classes(List<Entry> entries) {
      TreeSet<String> out = new TreeSet<>();
      for (Entry e : entries) {
        out.add(e.item.substring(0, 3));
      }
      return out;
    }

    private Row classRow(String clazz, Map<String, Cell> cells) {
      FunctionalCode code = FunctionalCode.parse(clazz);
      return Row.builder().kind(RowKind.ITEM).side(Side.EXPENDITURE).code(code)
          .label(Vocabulary.CLASS_ORDINAL.getOrDefault(clazz, "") + "、" + catalogName(code))
          .putAllCells(cells).build();
    }

    private String amountHeader() {
      return stage == Stage.BUDGET ? "预算数" : "决算数";
    }

    private void twoSided(DisclosureTable.Builder b, List<Source> sources, BigDecimal carryover, List<Spec> expSpecs,
        List<Entry> spent) {
      b.addColumns(Column.builder().key("income").concept(Concept.AMOUNT).side(Side.INCOME)
          .addHeader("收入", amountHeader()).build());
      columns(b, expSpecs);
      String[] ordinals = {"一", "二", "三", "四", "五", "六", "七"};
      BigDecimal current = zero();
      for (int i = 0; i < sources.size(); i++) {
        Source s = sources.get(i);
        BigDecimal v = sum(ledger, e -> e.source == s);
        current = current.add(v);
        b.addRows(income(ordinals[i] + "、" + s.label, s.concept, v));
      }
      b.addRows(income("本年收入合计", Concept.CURRENT_INCOME_TOTAL, current));
      b.addRows(income("上年结转", Concept.PRIOR_YEAR_CARRYOVER, carryover));
      b.addRows(income("收入总计", Concept.INCOME_GRAND_TOTAL, current.add(carryover)));
      for (String c : classes(spent)) {
        b.addRows(classRow(c, cells(expSpecs, filter(spent, e -> e.item.startsWith(c)))));
      }
      b.addRows(expenditure("本年支出合计", Concept.CURRENT_EXPENDITURE_TOTAL, cells(expSpecs, spent)));
      b.addRows(expenditure("结转下年", Concept.CARRY_FORWARD, cells(expSpecs, List.of())));
      b.addRows(expenditure("支出总计", Concept.EXPENDITURE_GRAND_TOTAL, cells(expSpecs, spent)));
    }

    private void summary(DisclosureTable.Builder b) {
      List<Spec> exp = List.of(spec("expenditure", Concept.AMOUNT, null, false, Side.EXPENDITURE, e -> true,
          "支出", amountHeader()));
      twoSided(b, List.of(Source.GPB, Source.GF, Source.SC, Source.FSA, Source.BUSINESS, Source.OTHER),
          sum(ledger, e -> e.source == Source.CARRYOVER), exp, ledger);
    }

    private void fiscalSummary(DisclosureTable.Builder b) {
      List<Spec> exp = List.of(
          spec("exp.total", Concept.TOTAL, null, false, Side.EXPENDITURE, e -> true, "支出", "合计"),
          spec("exp.gpb", Concept.GENERAL_PUBLIC_BUDGET, "exp.total", false, Side.EXPENDITURE,
              e -> e.source == Source.GPB, "支出", "一般公共预算"),
          spec("exp.gf", Concept.GOVERNMENT_FUND, "exp.total", false, Side.EXPENDITURE,
              e -> e.source == Source.GF, "支出", "政府性基金预算"),
          spec("exp.sc", Concept.STATE_CAPITAL, "exp.total", false, Side.EXPENDITURE,
              e -> e.source == Source.SC, "支出", "国有资本经营预算"));
      twoSided(b, List.of(Source.GPB, Source.GF, Source.SC), zero(), exp, where(e -> e.source.isFiscal()));
    }

    private void threePublic(DisclosureTable.Builder b) {
      b.addColumns(
          Column.of("total", Concept.THREE_PUBLIC_TOTAL, "“三公”经费合计"),
          Column.builder().key("overseas").concept(Concept.OVERSEAS_TRAVEL).parent("total").addHeader("因公出国（境）费").build(),
          Column.builder().key("vehicles").concept(Concept.OFFICIAL_VEHICLES).parent("total")
              .addHeader("公务用车购置及运行维护费", "小计").build(),
          Column.builder().key("vehicle.purchase").concept(Concept.VEHICLE_PURCHASE).parent("vehicles")
              .addHeader("公务用车购置及运行维护费", "公务用车购置费").build(),
          Column.builder().key("vehicle.operation").concept(Concept.VEHICLE_OPERATION).parent("vehicles")
              .addHeader("公务用车购置及运行维护费", "公务用车运行维护费").build(),
          Column.builder().key("reception").concept(Concept.OFFICIAL_RECEPTION).parent("total").addHeader("公务接待费").build());
      if (where(e -> e.source == Source.GPB && Vocabulary.THREE_PUBLIC.contains(e.econ)).isEmpty()) {
        b.emptyStatement("本表无数据");
        return;
      }
      int years = r.nextBoolean() ? 2 : 1;
      for (int y = 0; y < years; y++) {
        // The year's row is the general-public money spent on the “三公” 款 (what the economic tables
        // print at 30217 and 30231); the previous year's is free.
        BigDecimal overseas = y == 0 ? threePublicSpent(Vocabulary.OVERSEAS) : r.nextInt(3) == 0 ? zero() : small();
        BigDecimal purchase = y == 0 ? threePublicSpent(Vocabulary.VEHICLE_PURCHASE)
            : r.nextInt(2) == 0 ? zero() : small();
        BigDecimal operation = y == 0 ? threePublicSpent(Vocabulary.VEHICLE_OPERATION) : small();
        BigDecimal reception = y == 0 ? threePublicSpent(Vocabulary.RECEPTION) : small();
        BigDecimal vehicles = purchase.add(operation);
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("total", cell(overseas.add(vehicles).add(reception)));
        cells.put("overseas", cell(overseas));
        cells.put("vehicles", cell(vehicles));
        cells.put("vehicle.purchase", cell(purchase));
        cells.put("vehicle.operation", cell(operation));
        cells.put("reception", cell(reception));
        b.addRows(Row.builder().kind(RowKind.ITEM).label(year.plusYears(-y) + "年").putAllCells(cells).build());
      }
    }

    private BigDecimal threePublicSpent(String econ) {
      return sum(ledger, e -> e.source == Source.GPB && e.econ.equals(econ));
    }

    private BigDecimal small() {
      BigDecimal v = amount();
      return v.divide(BigDecimal.TEN, scale, RoundingMode.DOWN).max(precision.ulp().setScale(scale));
    }

    private void projectTable(DisclosureTable.Builder b) {
      List<Spec> specs = fundingSpecs();
      withTotalRow(b, specs, e -> e.project >= 0);
      for (int p = 0; p < projectNames.size(); p++) {
        final int pp = p;
        b.addRows(Row.builder().kind(RowKind.PROJECT).label(projectNames.get(p)).unit(unitName(projectUnits.get(p)))
            .putAllCells(cells(specs, where(e -> e.project == pp))).build());
      }
    }

    private void procurement(DisclosureTable.Builder b) {
      List<Spec> specs = List.of(
          spec("total", Concept.TOTAL, null, e -> true, "合计"),
          spec("goods", Concept.OTHER, "total", e -> e.econ.startsWith("310"), "货物"),
          spec("services", Concept.OTHER, "total", e -> e.econ.startsWith("302"), "服务"),
          spec("works", Concept.OTHER, "total", e -> false, "工程"));
      List<Entry> in = withTotalRow(b, specs, Entry::isProcured);
      if (in.isEmpty()) {
        return;
      }
      for (int u = 0; u < department.units().size(); u++) {
        final int uu = u;
        List<Entry> mine = where(e -> e.isProcured() && e.unit == uu);
        if (!mine.isEmpty()) {
          b.addRows(Row.builder().kind(RowKind.UNIT).label(unitName(u)).unit(unitName(u))
              .putAllCells(cells(specs, mine)).build());
        }
      }
    }

    private List<Project> projects() {
      List<Project> out = new ArrayList<>();
      for (int p = 0; p < projectNames.size(); p++) {
        final int pp = p;
        List<Entry> mine = where(e -> e.project == pp);
        Project.Builder b = Project.builder().name(projectNames.get(p)).unit(unitName(projectUnits.get(p)))
            .code(PerformanceGen.projectCode(r))
            .category(Gen.oneOf(ProjectCategory.values()).generate(r))
            .attribute(Gen.oneOf(ProjectAttribute.values()).generate(r))
            .total(Cell.of(sum(mine, e -> true)));
        for (Source s : Source.values()) {
          BigDecimal v = sum(mine, e -> e.source == s);
          if (v.signum() != 0) {
            b.putAmounts(s.label, Cell.of(v));
          }
        }
        if (r.nextBoolean()) {
          b.goal(ModelGen.words(6, 16).generate(r));
        }
        out.add(b.build());
      }
      return out;
    }

    private PerformanceGoal departmentGoal() {
      BigDecimal total = sum(ledger, e -> true);
      BigDecimal fiscal = sum(ledger, e -> e.source.isFiscal());
      int tasks = 1 + r.nextInt(3);
      List<BigDecimal> fiscalParts = ModelGen.split(fiscal, tasks, r);
      List<BigDecimal> otherParts = ModelGen.split(total.subtract(fiscal), tasks, r);
      PerformanceGoal.Builder b = PerformanceGoal.builder().scope(GoalScope.DEPARTMENT)
          .title(department.name() + year + "年部门整体支出绩效目标表")
          .unit(department.name()).department(department.name())
          .budget(Cell.of(total)).amountUnit(precision.unit())
          .annualGoal(ModelGen.words(6, 16).generate(r));
      for (int i = 0; i < tasks; i++) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("总额", Cell.of(fiscalParts.get(i).add(otherParts.get(i))));
        cells.put("财政拨款", Cell.of(fiscalParts.get(i)));
        cells.put("其他资金", Cell.of(otherParts.get(i)));
        b.addTasks(LabelledAmounts.builder().label(Gen.oneOf(Vocabulary.PROJECTS).generate(r))
            .description(ModelGen.words(3, 8).generate(r)).putAllCells(cells).build());
      }
      for (Vocabulary.IndicatorTemplate t : templates(2 + r.nextInt(4), false)) {
        b.addIndicators(indicator(t, null));
      }
      return b.build();
    }

    /**
     * A target-table indicator from the standard framework. The same name gets the same target and
     * levels everywhere in the document (同一指标口径一致); only the weight differs.
     */
    private Indicator indicator(Vocabulary.IndicatorTemplate t, @Nullable Integer weight) {
      Indicator i = targets.computeIfAbsent(t.name(), n -> {
        Indicator.Builder b = Indicator.builder().name(n);
        levels(b, t);
        if (t.isQualitative()) {
          b.targetText(Gen.oneOf("达到预期", "有效提升", "稳步提高").generate(r));
        } else {
          String nature = t.level2() == Level2.TIMELINESS && !"%".equals(t.unit()) ? "≤" : Gen.oneOf("≥", "=").generate(r);
          String value = Integer.toString("%".equals(t.unit()) ? 60 + r.nextInt(41) : 1 + r.nextInt(500));
          if (r.nextBoolean()) {
            b.targetText(nature + value + t.unit());
          } else {
            b.nature(nature).value(value).measureUnit(t.unit());
          }
        }
        return b.build();
      });
      return weight == null ? i : i.withWeight(Optional.of(Cell.of(BigDecimal.valueOf(weight))));
    }

    /** 一级 and 二级 as the framework pairs them; the 一级 sometimes printed short (产出 for 产出指标). */
    private void levels(Indicator.Builder b, Vocabulary.IndicatorTemplate t) {
      String level1 = t.level2().parent().chinese();
      b.level1Text(r.nextInt(5) == 0 ? level1.replace("指标", "") : level1).level2Text(t.level2().chinese());
    }

    /**
     * {@code n} distinct indicators (at most as many as there are templates); with {@code covered}
     * the first three are an 产出, a 效益 and a 满意度 indicator, as a project's targets must have.
     */
    private List<Vocabulary.IndicatorTemplate> templates(int n, boolean covered) {
      List<Vocabulary.IndicatorTemplate> pool = new ArrayList<>(Vocabulary.INDICATORS);
      shuffle(pool, r);
      List<Vocabulary.IndicatorTemplate> out = new ArrayList<>();
      if (covered) {
        for (Level1 l : List.of(Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION)) {
          Vocabulary.IndicatorTemplate t = pool.stream().filter(x -> x.level2().parent() == l).findFirst().orElseThrow();
          pool.remove(t);
          out.add(t);
        }
      }
      for (int i = 0; out.size() < n && i < pool.size(); i++) {
        out.add(pool.get(i));
      }
      return out;
    }

    private PerformanceGoal projectGoal(Project p) {
      PerformanceGoal.Builder b = PerformanceGoal.builder().scope(GoalScope.PROJECT)
          .title(p.name() + "项目绩效目标表").project(p.name()).unit(p.unit().orElseThrow())
          .department(department.name()).budget(p.total().orElseThrow()).amountUnit(precision.unit())
          .annualGoal(ModelGen.words(6, 16).generate(r));
      List<Integer> weights = splitPositive(100, 3 + r.nextInt(6), r);
      List<Vocabulary.IndicatorTemplate> chosen = templates(weights.size(), true);
      for (int i = 0; i < weights.size(); i++) {
        b.addIndicators(indicator(chosen.get(i), weights.get(i)));
      }
      return b.build();
    }

    private SelfEvaluation selfEvaluation(Project p) {
      BigDecimal initial = p.total().orElseThrow().valueOrZero();
      BigDecimal full = initial.add(r.nextBoolean() ? zero() : small());
      BigDecimal executed = full.subtract(r.nextBoolean() ? zero() : small().min(full));
      BigDecimal weight = BigDecimal.TEN;
      BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(full, 2, RoundingMode.HALF_UP);
      BigDecimal execScore = weight.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      Map<String, Cell> cells = new LinkedHashMap<>();
      cells.put("年初预算数", Cell.of(initial));
      cells.put("全年预算数", Cell.of(full));
      cells.put("全年执行数", Cell.of(executed));
      cells.put("分值", Cell.of(weight));
      cells.put("执行率", Cell.of(rate));
      cells.put("得分", Cell.of(execScore));
      SelfEvaluation.Builder b = SelfEvaluation.builder().scope(GoalScope.PROJECT).project(p.name())
          .projectAmount(p.total().orElseThrow()).department(department.name())
          .implementingUnit(p.unit().orElseThrow()).amountUnit(precision.unit())
          .addFunding(LabelledAmounts.builder().label("年度资金总额").putAllCells(cells).build())
          .expectedGoal(ModelGen.words(6, 12).generate(r)).achievement(ModelGen.words(6, 12).generate(r));
      BigDecimal total = execScore;
      List<Integer> weights = splitPositive(90, 3 + r.nextInt(4), r);
      List<Vocabulary.IndicatorTemplate> chosen = templates(weights.size(), true);
      for (int wi = 0; wi < weights.size(); wi++) {
        Vocabulary.IndicatorTemplate t = chosen.get(wi);
        Indicator.Builder ib = Indicator.builder().name(t.name());
        levels(ib, t);
        BigDecimal wd = BigDecimal.valueOf(weights.get(wi));
        BigDecimal score;
        int kind = t.isQualitative() ? 2 : t.level2() == Level2.TIMELINESS && !"%".equals(t.unit()) ? 1 : 0;
        if (kind == 2) {
          String q = Gen.oneOf("达到预期", "是", "及时").generate(r);
          ib.targetText(q).actual(q);
          score = wd.setScale(2);
        } else {
          String unit = t.unit();
          BigDecimal target = "%".equals(unit) ? BigDecimal.valueOf(60 + r.nextInt(41))
              : BigDecimal.valueOf(10 + r.nextInt(1000), r.nextInt(2));
          BigDecimal actual = target.multiply(BigDecimal.valueOf(50 + r.nextInt(71), 2)).setScale(2, RoundingMode.HALF_UP);
          if (actual.signum() == 0) {
            actual = BigDecimal.ONE.setScale(2);
          }
          if (kind == 0) {
            ib.targetText("≥" + target.toPlainString() + unit);
            score = actual.compareTo(target) >= 0 ? wd.setScale(2)
                : wd.multiply(actual).divide(target, 2, RoundingMode.HALF_UP);
          } else {
            ib.targetText("≤" + target.toPlainString() + unit);
            score = actual.compareTo(target) <= 0 ? wd.setScale(2)
                : wd.multiply(target).divide(actual, 2, RoundingMode.HALF_UP);
          }
          ib.actual(actual.toPlainString() + unit);
        }
        ib.weight(Cell.of(wd)).score(Cell.of(score));
        total = total.add(score);
        b.addIndicators(ib.build());
      }
      return b.totalWeight(Cell.of(BigDecimal.valueOf(100))).totalScore(Cell.of(total)).grade(grade(total)).build();
    }
  }

  /**
   * The grade of a total self-evaluation score (自评等级): 优 from 90, 良 from 80, 中 from 60, else 差.
   *
   * @param total the total score out of 100
   * @return 优, 良, 中 or 差
   */
  public static String grade(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return "优";
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return "良";
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
  }
}
