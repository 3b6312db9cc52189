package io.github.cnbudget.model.table;

import java.util.List;
import java.util.Optional;

/**
 * The standard vocabulary of budget tables (标准口径): what a column or a labelled row means, whatever
 * the province prints. A column headed 支出总计 and one headed 合计 are both {@link #TOTAL}; a
 * 收支总表 row 「1. 一般公共预算拨款」 and a 收入总表 column 一般公共预算拨款 are both
 * {@link #GENERAL_PUBLIC_BUDGET}.
 *
 * <p>The printed text is always kept beside the concept; {@link #OTHER} marks anything outside the
 * vocabulary.
 */
public enum Concept {
  /** 合计 / 总计 / 小计 of a one-sided table or column group (a 支出总计 column is also this). */
  TOTAL("合计", "总计", "小计"),
  /** 基本支出. */
  BASIC("基本支出"),
  /** 项目支出. */
  PROJECT("项目支出"),
  /** 人员经费. */
  PERSONNEL("人员经费"),
  /** 公用经费. */
  PUBLIC_USE("公用经费"),
  /** 事业单位经营支出 / 经营支出. */
  BUSINESS_OPERATION_EXPENDITURE("事业单位经营支出", "经营支出"),
  /** 对附属单位补助支出. */
  SUBSIDY_TO_AFFILIATED("对附属单位补助支出"),
  /** 上缴上级支出. */
  PAYMENT_TO_SUPERIOR("上缴上级支出"),
  /** 结转下年 / 年末结转和结余. */
  CARRY_FORWARD("结转下年", "年末结转和结余"),
  /** 结余分配. */
  SURPLUS_DISTRIBUTION("结余分配"),
  /** 政府预算拨款 / 财政拨款 (收入): appropriations of all three budgets. */
  FISCAL_APPROPRIATION("政府预算拨款", "财政拨款", "财政拨款收入", "财政拨款（补助）"),
  /** 一般公共预算拨款 / 一般公共预算财政拨款收入. */
  GENERAL_PUBLIC_BUDGET("一般公共预算拨款", "一般公共预算", "一般公共预算拨款收入", "一般公共预算财政拨款收入", "一般公共预算财政拨款"),
  /** 政府性基金预算拨款. */
  GOVERNMENT_FUND("政府性基金预算拨款", "政府性基金预算", "政府性基金预算拨款收入", "政府性基金预算财政拨款收入", "政府性基金预算财政拨款"),
  /** 国有资本经营预算拨款. */
  STATE_CAPITAL("国有资本经营预算拨款", "国有资本经营预算", "国有资本经营预算拨款收入", "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款"),
  /** 财政专户管理资金 / 财政专户拨款收入. */
  FISCAL_SPECIAL_ACCOUNT("财政专户管理资金", "财政专户拨款收入", "财政专户管理资金收入"),
  /** 单位资金 / 其他资金收入: the unit's own funds, sum of the items below. */
  UNIT_FUNDS("单位资金", "其他资金收入", "其他资金"),
  /** 事业收入. */
  BUSINESS_INCOME("事业收入"),
  /** 事业单位经营收入 / 经营收入. */
  OPERATING_INCOME("事业单位经营收入", "经营收入"),
  /** 上级补助收入. */
  SUPERIOR_SUBSIDY("上级补助收入"),
  /** 附属单位上缴收入. */
  AFFILIATED_REMITTANCE("附属单位上缴收入"),
  /** 其他收入. */
  OTHER_INCOME("其他收入"),
  /** 用事业基金弥补收支差额 / 使用非财政拨款结余. */
  USE_OF_RESERVE("用事业基金弥补收支差额", "使用非财政拨款结余"),
  /** 上年结转 / 上年结余、结转 / 年初结转和结余. */
  PRIOR_YEAR_CARRYOVER("上年结转", "上年结余、结转", "上年结余", "年初结转和结余", "上年结转结余"),
  /** 本年收入合计. */
  CURRENT_INCOME_TOTAL("本年收入合计"),
  /** 本年支出合计. */
  CURRENT_EXPENDITURE_TOTAL("本年支出合计"),
  /** 收入总计 (two-sided tables). */
  INCOME_GRAND_TOTAL("收入总计"),
  /** 支出总计 (two-sided tables). */
  EXPENDITURE_GRAND_TOTAL("支出总计"),
  /** 政府采购 (procurement columns, including their 其中 parts). */
  PROCUREMENT("政府采购", "政府采购项目"),
  /** “三公”经费 total. */
  THREE_PUBLIC_TOTAL("“三公”经费", "三公经费"),
  /** 因公出国（境）费. */
  OVERSEAS_TRAVEL("因公出国（境）费", "因公出国(境)费", "因公出国（境）支出"),
  /** 公务用车购置及运行维护费 (= 购置费 + 运行维护费). */
  OFFICIAL_VEHICLES("公务用车购置及运行维护费", "公务用车购置及运行维护支出", "公务用车购置及运行费"),
  /** 公务用车购置费. */
  VEHICLE_PURCHASE("公务用车购置费", "公务用车购置"),
  /** 公务用车运行维护费. */
  VEHICLE_OPERATION("公务用车运行维护费", "公务用车运行费"),
  /** 公务接待费. */
  OFFICIAL_RECEPTION("公务接待费", "公务接待费支出"),
  /** 行政经费 / 机关运行经费. */
  ADMINISTRATIVE_EXPENSES("行政经费", "机关运行经费"),
  /** A single amount column such as 预算数 / 决算数 / 2023 年预算数. */
  AMOUNT("预算数", "决算数", "预算", "金额"),
  /** 行次 (final-account line number). */
  LINE_NUMBER("行次"),
  /** Anything outside the vocabulary: the printed text says what it is. */
  OTHER();

  private final List<String> aliases;

  Concept(String... aliases) {
    this.aliases = List.of(aliases);
  }

  /**
   * The usual Chinese term.
   *
   * @return the first alias, or empty text for {@link #OTHER}
   */
  public String chinese() {
    return aliases.isEmpty() ? "" : aliases.get(0);
  }

  /**
   * Every printed form recognised for this concept (without ordinals or 其中 prefixes).
   *
   * @return the aliases
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Recognises a printed label: strips blanks, a leading Chinese or Arabic ordinal (一、 （六） 1.) and
   * 其中：, then looks for an exact alias. Context decides the rest: a 收入总表 column headed 收入总计 is
   * the table's {@link #TOTAL}, which only the reader of the table can tell.
   *
   * @param printed the printed label
   * @return the concept, or empty when the label is outside the vocabulary
   */
  public static Optional<Concept> fromLabel(String printed) {
    return Optional.ofNullable(ByAlias.MAP.get(normalise(printed)));
  }

  /** The concepts by normalised alias, made once (the first concept listing an alias keeps it). */
  private static final class ByAlias {
    static final java.util.Map<String, Concept> MAP = make();

    private static java.util.Map<String, Concept> make() {
      java.util.Map<String, Concept> m = new java.util.HashMap<>();
      for (Concept c : values()) {
        for (String a : c.aliases) {
          m.putIfAbsent(normalise(a), c);
        }
      }
      return java.util.Map.copyOf(m);
    }
  }

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\u3000]");
  private static final java.util.regex.Pattern OF_WHICH = java.util.regex.Pattern.compile("^其中[：:]");

  /**
   * Normalises a printed label for comparison: removes blanks, the 其中 prefix and a leading Chinese
   * or Arabic ordinal, and unifies parentheses.
   *
   * @param printed the printed label
   * @return the comparison key
   */
  public static String normalise(String printed) {
    String s = BLANKS.matcher(printed).replaceAll("").replace('(', '（').replace(')', '）');
    s = OF_WHICH.matcher(s).replaceFirst("");
    s = Ordinal.stripPrefix(s);
    return s;
  }
}
