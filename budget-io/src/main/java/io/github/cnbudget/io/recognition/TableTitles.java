package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.table.TableKind;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises table titles (表名识别) with the aliases provinces use: 收支总表, 收支总体情况表,
 * 收入支出决算总表, 部门收支总表 and so on. Titles are matched by their keywords, not by position.
 */
final class TableTitles {
  private TableTitles() {}

  /** What a title announces. */
  enum Shape {
    TABLE, GOAL, SELF_EVALUATION, FRAMEWORK
  }

  /** A recognised title. */
  static final class Title {
    final String printed;
    final String key;
    final TableKind kind;
    final Shape shape;
    final GoalScope scope;

    Title(String printed, String key, TableKind kind, Shape shape, GoalScope scope) {
      this.printed = printed;
      this.key = key;
      this.kind = kind;
      this.shape = shape;
      this.scope = scope;
    }
  }

  private static final Pattern LEADING = Pattern.compile(
      "^(?:表\\s*\\d+(?:-\\d+)?|公开\\s*\\d+\\s*表|[一二三四五六七八九十廿]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d+[、.．])\\s*");
  private static final Pattern TRAILING_PAREN = Pattern.compile("[（(][^（()）]{0,20}[）)]\\s*$");

  /**
   * The comparison key of a title: blanks, a leading number or ordinal and the printed year
   * removed; a trailing parenthesis such as （按功能分类） is kept.
   */
  static String key(String printed) {
    String s = printed.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）')
        .replace('"', '“').replace('\u201d', '“');
    // a continued table's title (续表3 …, …（续）, …（续表）) names the table it continues
    s = s.replaceFirst("^续(?:上)?表\\d*[:：]?", "").replaceFirst("[（(]续(?:上)?表?[）)]$", "");
    s = LEADING.matcher(s).replaceFirst("");
    s = s.replaceAll("^\\d{4}年度?", "");
    return s;
  }

  static Optional<Title> recognise(String printed) {
    String k = key(printed);
    if (k.length() < 3 || k.length() > 60) {
      return Optional.empty();
    }
    String core = k;
    while (TRAILING_PAREN.matcher(core).find()) {
      core = TRAILING_PAREN.matcher(core).replaceFirst("");
    }
    core = core.replaceAll("[…．.·]+$", "");
    if (!core.endsWith("表") && !core.endsWith("框架") || SENTENCE.matcher(core).find()) {
      return Optional.empty();
    }
    if (core.contains("绩效自评") && SUMMARY_OF_FORMS.matcher(core).find()) {
      return Optional.of(new Title(printed, k, TableKind.OTHER, Shape.TABLE, GoalScope.PROJECT));
    }
    if (core.contains("绩效自评")) {
      return Optional.of(new Title(printed, k, TableKind.OTHER, Shape.SELF_EVALUATION,
          core.contains("整体") ? GoalScope.DEPARTMENT : GoalScope.PROJECT));
    }
    if (core.contains("指标体系") || core.endsWith("框架")) {
      return Optional.of(new Title(printed, k, TableKind.OTHER, Shape.FRAMEWORK, GoalScope.PROJECT));
    }
    if (core.contains("绩效目标")) {
      return Optional.of(new Title(printed, k, TableKind.OTHER, Shape.GOAL,
          core.contains("整体") ? GoalScope.DEPARTMENT : GoalScope.PROJECT));
    }
    TableKind kind = kindOf(core, k);
    return kind == null ? Optional.empty() : Optional.of(new Title(printed, k, kind, Shape.TABLE, GoalScope.PROJECT));
  }

  private static @Nullable TableKind kindOf(String t, String full) {
    boolean summary = t.contains("收支总表") || t.contains("收支总体情况表") || t.contains("收入支出决算总表")
        || t.contains("收支预算总表") || t.contains("收支决算总表") || t.contains("收入支出总表");
    if (summary) {
      boolean appropriation = t.contains("财政拨款") || t.contains("政府预算拨款");
      return appropriation ? TableKind.FISCAL_APPROPRIATION_SUMMARY : TableKind.INCOME_EXPENDITURE_SUMMARY;
    }
    if (t.contains("国有资产") || t.matches(".*资产(?:占有|占用|使用).*")) {
      return TableKind.STATE_ASSETS;
    }
    if (t.contains("三公")) {
      // the standard “三公” table is paid from the general public budget; a government-fund one
      // (政府性基金预算“三公”经费支出预算表) is another table
      return t.contains("政府性基金") ? TableKind.OTHER : TableKind.THREE_PUBLIC;
    }
    if (t.contains("政府性基金")) {
      return TableKind.GOVERNMENT_FUND;
    }
    if (t.contains("国有资本经营")) {
      return TableKind.STATE_CAPITAL;
    }
    if (t.contains("政府采购")) {
      return TableKind.GOVERNMENT_PROCUREMENT;
    }
    if (t.contains("一般公共预算")) {
      if (t.contains("基本支出")) {
        return TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC;
      }
      if (t.contains("项目支出")) {
        return TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC;
      }
      if (full.contains("经济分类")) {
        return TableKind.GENERAL_PUBLIC_BY_ECONOMIC;
      }
      return TableKind.GENERAL_PUBLIC_BY_FUNCTION;
    }
    if (t.contains("收入总表") || t.contains("收入总体情况表") || t.contains("收入决算表") || t.contains("收入预算表")
        || t.contains("收入预算总表")) {
      return TableKind.INCOME;
    }
    if (t.contains("项目支出")) {
      return TableKind.PROJECT_EXPENDITURE;
    }
    if (t.contains("支出总表") || t.contains("支出总体情况表") || t.contains("支出决算表")
        || t.contains("支出预算总表")) {
      return TableKind.EXPENDITURE;
    }
    if (full.contains("经济分类") && t.contains("支出")) {
      return TableKind.GENERAL_PUBLIC_BY_ECONOMIC;
    }
    if (t.contains("支出") && t.endsWith("表")) {
      return TableKind.OTHER;
    }
    return namesATable(t) ? TableKind.OTHER : null;
  }

  /**
   * Whether a title outside the standard vocabulary still names a table of its own (国有资产占有使用情况表,
   * 机关运行经费明细表, 车辆情况统计表): a noun phrase ending in a table word, not a sentence pointing at one
   * (详见附表, 如下表). Such a table is read with its printed columns rather than glued to the table before it.
   */
  private static boolean namesATable(String t) {
    return GENERIC_TABLE.matcher(t).matches() && !POINTER.matcher(t).find();
  }

  /** A name of a table: ideographs (and a few joining marks) ending in 情况表, 明细表, 统计表, … */
  private static final Pattern GENERIC_TABLE = Pattern.compile(
      "[\\p{IsHan}“”\"、（）()A-Za-z0-9]{2,36}(?:情况|明细|统计|汇总|一览|信息|清单|预算|决算|公开|计划)表");

  /**
   * A table that sums up many forms (绩效自评结果汇总表, 绩效目标一览表): a table of rows, not a form to read
   * as one project's.
   */
  private static final Pattern SUMMARY_OF_FORMS = Pattern.compile("汇总|一览|统计");

  /** Words of a sentence that points at a table instead of naming one (详见国有资产占有使用情况表, 见下表). */
  private static final Pattern SENTENCE = Pattern.compile("^(?:详?见|参见|具体见|如下)|[见如]下表");

  /**
   * What names no table of its own among titles outside the vocabulary: an appendix mentioned (附表), and
   * the heading of the part that holds all the tables (第二部分 2023年部门预算表, 部门决算公开表).
   */
  private static final Pattern POINTER = Pattern.compile(
      "^(?:附|第[一二三四五六七八九十\\d]{1,3}部分)|附表$|(?:部门|单位)(?:预算|决算)(?:公开)?表$");
}
