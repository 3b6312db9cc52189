package io.github.cnbudget.model.narrative;

/**
 * What a stated amount is of (金额所指), read from the words before it. {@link #OTHER} when the words
 * name nothing the grammar knows.
 */
public enum Topic {
  /** 收入支出总计, 收支预算总数. */
  INCOME_AND_EXPENDITURE,
  /** 收入, 收入预算, 本年收入合计. */
  INCOME,
  /** 支出, 支出预算, 本年支出合计. */
  EXPENDITURE,
  /** 财政拨款. */
  FISCAL_APPROPRIATION,
  /** 一般公共预算. */
  GENERAL_PUBLIC_BUDGET,
  /** 政府性基金. */
  GOVERNMENT_FUND,
  /** 国有资本经营. */
  STATE_CAPITAL,
  /** 基本支出. */
  BASIC,
  /** 人员经费, 人员支出. */
  PERSONNEL,
  /** 公用经费, 公用支出. */
  PUBLIC_USE,
  /** 项目支出. */
  PROJECT,
  /** A 类, 款 or 项 of the functional classification, by name or code. */
  CLASSIFICATION,
  /** “三公”经费. */
  THREE_PUBLIC,
  /** 因公出国（境）费. */
  OVERSEAS_TRAVEL,
  /** 公务用车购置及运行维护费. */
  OFFICIAL_VEHICLES,
  /** 公务用车购置费. */
  VEHICLE_PURCHASE,
  /** 公务用车运行维护费. */
  VEHICLE_OPERATION,
  /** 公务接待费. */
  OFFICIAL_RECEPTION,
  /** 机关运行经费, 行政经费. */
  RUNNING_COSTS,
  /** 政府采购. */
  PROCUREMENT,
  /** 政府采购 of goods (货物). */
  PROCUREMENT_GOODS,
  /** 政府采购 of works (工程). */
  PROCUREMENT_WORKS,
  /** 政府采购 of services (服务). */
  PROCUREMENT_SERVICES,
  /** 国有资产, 固定资产, 车辆, 设备. */
  ASSETS,
  /** Anything else (a project, a reason). */
  OTHER
}
