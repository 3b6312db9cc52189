package io.github.cnbudget.testkit;

import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.performance.Level2;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real names of the classification codes, units and indicators the generators draw from, taken from
 * the 2023 政府收支分类科目 and the seed documents, so that generated documents read like published ones.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Functional codes (all levels) and their catalog names. */
  static final Map<String, String> FUNCTIONAL = map(
      "201", "一般公共服务支出",
      "20103", "政府办公厅（室）及相关机构事务",
      "2010301", "行政运行",
      "2010302", "一般行政管理事务",
      "2010350", "事业运行",
      "20106", "财政事务",
      "2010601", "行政运行",
      "2010699", "其他财政事务支出",
      "205", "教育支出",
      "20508", "进修及培训",
      "2050803", "培训支出",
      "208", "社会保障和就业支出",
      "20805", "行政事业单位养老支出",
      "2080501", "行政单位离退休",
      "2080502", "事业单位离退休",
      "2080505", "机关事业单位基本养老保险缴费支出",
      "2080506", "机关事业单位职业年金缴费支出",
      "20899", "其他社会保障和就业支出",
      "2089999", "其他社会保障和就业支出",
      "210", "卫生健康支出",
      "21011", "行政事业单位医疗",
      "2101101", "行政单位医疗",
      "2101102", "事业单位医疗",
      "2101103", "公务员医疗补助",
      "21015", "医疗保障管理事务",
      "2101501", "行政运行",
      "2101502", "一般行政管理事务",
      "2101504", "信息化建设",
      "2101505", "医疗保障政策管理",
      "2101506", "医疗保障经办事务",
      "2101550", "事业运行",
      "2101599", "其他医疗保障管理事务支出",
      "221", "住房保障支出",
      "22102", "住房改革支出",
      "2210201", "住房公积金",
      "2210202", "提租补贴",
      "2210203", "购房补贴",
      "223", "国有资本经营预算支出",
      "22301", "解决历史遗留问题及改革成本支出",
      "2230105", "国有企业退休人员社会化管理补助支出",
      "229", "其他支出",
      "22960", "彩票公益金安排的支出",
      "2296002", "用于社会福利的彩票公益金支出");

  /** The Chinese ordinal each functional 类 carries in 收支总表 (一、一般公共服务支出 … 二十四、其他支出). */
  static final Map<String, String> CLASS_ORDINAL = map(
      "201", "一", "205", "五", "208", "八", "210", "九", "221", "十九", "223", "二十一", "229", "二十四");

  /** 项 codes funded by the general budget and the other ordinary sources. */
  static final List<String> GENERAL_ITEMS = List.of(
      "2010301", "2010302", "2010350", "2010601", "2010699", "2050803", "2080501", "2080502", "2080505",
      "2080506", "2089999", "2101101", "2101102", "2101103", "2101501", "2101502", "2101504", "2101505",
      "2101506", "2101550", "2101599", "2210201", "2210202", "2210203");

  /**
   * The 项 a generated document spends on: each, with its 款 and 类, is in the bundled catalog
   * ({@code ClassificationCatalog.bundled()}) for every year 2018–2027, so the catalog rule finds
   * nothing to report; printed names come from that catalog for the document's year.
   */
  static final List<String> CATALOG_ITEMS = List.of(
      "2050803", "2080501", "2080505", "2080506", "2100410", "2100799", "2101101", "2101103", "2101201",
      "2101202", "2101301", "2101501", "2101502", "2101504", "2101505", "2101506", "2101550", "2101599",
      "2210201", "2210203");

  /** The 项 spent from government funds (政府性基金): lottery money for medical assistance. */
  static final String FUND_ITEM = "2296013";

  /** Departmental economic codes (部门预算支出经济分类, 2020 edition subset), all levels. */
  static final Map<String, String> ECONOMIC = map(
      "301", "工资福利支出",
      "30101", "基本工资",
      "30102", "津贴补贴",
      "30103", "奖金",
      "30107", "绩效工资",
      "30108", "机关事业单位基本养老保险缴费",
      "30109", "职业年金缴费",
      "30110", "职工基本医疗保险缴费",
      "30113", "住房公积金",
      "30199", "其他工资福利支出",
      "302", "商品和服务支出",
      "30201", "办公费",
      "30205", "水费",
      "30206", "电费",
      "30207", "邮电费",
      "30211", "差旅费",
      "30213", "维修（护）费",
      "30215", "会议费",
      "30216", "培训费",
      "30226", "劳务费",
      "30227", "委托业务费",
      "30228", "工会经费",
      "30229", "福利费",
      "30231", "公务用车运行维护费",
      "30299", "其他商品和服务支出",
      "303", "对个人和家庭的补助",
      "30301", "离休费",
      "30302", "退休费",
      "30305", "生活补助",
      "30399", "其他对个人和家庭的补助",
      "310", "资本性支出",
      "31002", "办公设备购置",
      "31003", "专用设备购置",
      "31007", "信息网络及软件购置更新");

  /** Economic 款 of 人员经费 (301 and 303). */
  static final List<String> PERSONNEL_SECTIONS = List.of(
      "30101", "30102", "30103", "30107", "30108", "30109", "30110", "30113", "30199", "30301", "30302", "30305", "30399");

  /** Economic 款 of 公用经费 (302 and the basic part of 310). */
  static final List<String> PUBLIC_USE_SECTIONS = List.of(
      "30201", "30205", "30206", "30207", "30211", "30213", "30215", "30216", "30217", "30228", "30229", "30231",
      "30299", "31002");

  /**
   * The economic 款 of the “三公” items (财政部 “三公” 经费口径): 因公出国（境）费用, 公务接待费,
   * 公务用车运行维护费 (basic expenditure) and 公务用车购置 (project expenditure).
   */
  static final String OVERSEAS = "30212";
  static final String RECEPTION = "30217";
  static final String VEHICLE_OPERATION = "30231";
  static final String VEHICLE_PURCHASE = "31013";
  static final List<String> THREE_PUBLIC = List.of(OVERSEAS, RECEPTION, VEHICLE_OPERATION, VEHICLE_PURCHASE);

  /** Economic 款 that project money buys. */
  static final List<String> PROJECT_SECTIONS = List.of(
      "30201", "30211", "30213", "30215", "30216", "30226", "30227", "30299", "31002", "31003", "31007");

  /** Economic 款 bought through government procurement (政府采购). */
  static final List<String> PROCURED_SECTIONS = List.of("30213", "30227", "31002", "31003", "31007");

  static final List<String> DEPARTMENTS = List.of(
      "深圳市医疗保障局", "广州市医疗保障局", "达州市医疗保障局", "某市财政局", "某区卫生健康局", "某县人力资源和社会保障局");

  static final List<String> SUBORDINATE_UNITS = List.of(
      "医疗保险基金管理中心", "医疗保险服务中心", "医疗救助服务中心", "信息中心", "培训中心", "稽查局", "档案馆", "事务中心");

  static final List<String> PROJECTS = List.of(
      "医疗保障信息化建设", "医保基金监管专项经费", "长期护理保险试点", "医保经办能力提升", "异地就医结算服务",
      "医疗救助资金管理", "政策宣传与培训", "办公设备更新", "档案数字化", "第三方审计服务", "药品集中采购",
      "参保扩面专项");

  static final List<String> INDICATOR_NAMES = List.of(
      "参保人满意度", "基本医疗保险参保率", "医保经办事项办结时限", "异地就医直接结算率", "培训人次",
      "系统正常运行率", "基金监管覆盖率", "信息系统建设完成率", "项目资金执行率", "群众投诉处理及时率",
      "集中采购品种数", "档案数字化数量");

  /**
   * Indicators of a target table as the 共性指标框架 files them: name, 二级 indicator and measure unit
   * (empty for a qualitative target). Names ending in 率 are measured in %, and only they and
   * 满意度 are (比率类指标以百分比计量).
   */
  static final List<IndicatorTemplate> INDICATORS = List.of(
      new IndicatorTemplate("培训人次", Level2.QUANTITY, "人次"),
      new IndicatorTemplate("集中采购品种数", Level2.QUANTITY, "个"),
      new IndicatorTemplate("档案数字化数量", Level2.QUANTITY, "卷"),
      new IndicatorTemplate("参保扩面人数", Level2.QUANTITY, "万人"),
      new IndicatorTemplate("系统正常运行率", Level2.QUALITY, "%"),
      new IndicatorTemplate("信息系统建设完成率", Level2.QUALITY, "%"),
      new IndicatorTemplate("基金监管覆盖率", Level2.QUALITY, "%"),
      new IndicatorTemplate("医保经办事项办结时限", Level2.TIMELINESS, "个工作日"),
      new IndicatorTemplate("群众投诉处理及时率", Level2.TIMELINESS, "%"),
      new IndicatorTemplate("基本医疗保险参保率", Level2.SOCIAL_BENEFIT, "%"),
      new IndicatorTemplate("异地就医直接结算率", Level2.SOCIAL_BENEFIT, "%"),
      new IndicatorTemplate("医保服务水平", Level2.SOCIAL_BENEFIT, ""),
      new IndicatorTemplate("基金运行安全", Level2.SUSTAINABLE_IMPACT, ""),
      new IndicatorTemplate("参保人满意度", Level2.SERVICE_SATISFACTION, "%"),
      new IndicatorTemplate("服务对象满意度", Level2.SERVICE_SATISFACTION, "%"));

  /** One entry of {@link #INDICATORS}. */
  record IndicatorTemplate(String name, Level2 level2, String unit) {
    boolean isQualitative() {
      return unit.isEmpty();
    }
  }

  static final List<String> MEASURE_UNITS = List.of("%", "万人", "人次", "个", "次", "个工作日", "家", "项");

  static final List<String> FREE_LEVEL1 = List.of("社会效益", "产出成果", "其他指标");

  static final List<String> FREE_LEVEL2 = List.of("服务对象满意度", "实施效果", "工作质量", "其他");

  static final List<String> NOTES = List.of(
      "注：本套报表金额单位转换时可能存在尾数误差。", "注：本表不含上年结转。", "注：表中数据为部门汇总数。",
      "备注：按功能分类科目列示到项级。");

  static final List<String> TEXT = List.of(
      "本表无数据", "本年度无发生额", "无", "详见说明", "合计", "小计", "其中", "项目");

  /** Words for free text (goals, descriptions). */
  static final List<String> WORDS = List.of(
      "提高", "医疗保障", "服务水平", "完善", "基金", "监管", "机制", "确保", "参保人", "待遇", "按时", "足额",
      "发放", "推进", "信息化", "建设", "做好", "经办", "工作", "落实");

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  static String functionalName(FunctionalCode c) {
    return FUNCTIONAL.getOrDefault(c.digits(), "其他支出");
  }

  static String economicName(EconomicCode c) {
    return ECONOMIC.getOrDefault(c.digits(), "其他支出");
  }
}
