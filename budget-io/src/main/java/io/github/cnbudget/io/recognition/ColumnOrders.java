package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.table.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The orders tables print their columns in (栏目顺序), for headers that do not show it: lines printed at
 * the heights their cells' text sat at, or labels wrapped a piece per line. Columns are then known by
 * what they are, in the order every such table prints them: the spending columns (合计, 基本支出 or its
 * parts, 项目支出), a fiscal-appropriation summary's sources of funds, the national final-account
 * template's 收入决算表 and 支出决算表. Stateless; not instantiable.
 */
final class ColumnOrders {
  private ColumnOrders() {}

  /** The expenditure side's columns by source of funds, in the order every 财政拨款收支总表 prints them. */
  private static final List<Concept> FUND_ORDER = List.of(Concept.TOTAL, Concept.GENERAL_PUBLIC_BUDGET,
      Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL);
  /** The labels of a fiscal-appropriation summary's columns, for headers printed a piece per line. */
  private static final List<String> FUND_WORDS = words(FUND_ORDER, "决算数", "预算数");
  /** Pieces of a two-sided header that name no column: its sides and item columns. */
  private static final java.util.Set<String> SIDE_WORDS = java.util.Set.of("收入", "支出", "项目", "科目", "科目名称",
      "科目编码", "功能分类科目编码", "功能分类科目名称", "类", "款", "项");

  /**
   * The sides of a fiscal-appropriation summary whose header lines were printed at the heights their
   * cells' text sat at (项目 收入 科目名称 合计 支出 国有资本经营预算, then 预算数 一般公共预算 政府性基金预算): the
   * income side's one amount column (预算数, 决算数) and the expenditure side's columns by source of funds,
   * in the order every such table prints them. Empty unless the labels are exactly one amount label
   * and, none twice, the total and two sources or more.
   */
  static Optional<List<List<String>>> fundSides(List<String> labels) {
    String income = null;
    java.util.Map<Concept, String> by = new java.util.EnumMap<>(Concept.class);
    for (String l : labels) {
      Concept c = LooseHeader.conceptOf(l);
      if (c == Concept.AMOUNT && income == null) {
        income = l;
      } else if (!FUND_ORDER.contains(c) || by.put(c, l) != null) {
        return Optional.empty();
      }
    }
    if (income == null || !by.containsKey(Concept.TOTAL) || by.size() < 3) {
      return Optional.empty();
    }
    List<String> expenditure = new ArrayList<>();
    for (Concept c : FUND_ORDER) {
      if (by.containsKey(c)) {
        expenditure.add(by.get(c));
      }
    }
    return Optional.of(List.of(List.of(income), List.copyOf(expenditure)));
  }

  /**
   * The spending columns a header names in any order, as every budget table prints them: 合计, then
   * 基本支出 (or its parts 人员经费 and 公用经费, when named), then 项目支出; empty unless the labels,
   * besides the amount groups they divide (预算数), are exactly those.
   */
  static Optional<List<String>> spendingColumns(List<String> labels) {
    java.util.Map<Concept, String> by = new java.util.EnumMap<>(Concept.class);
    for (String l : labels) {
      Concept c = LooseHeader.conceptOf(l);
      if (c == Concept.AMOUNT) {
        continue;
      }
      if (by.put(c, l) != null) {
        return Optional.empty();
      }
    }
    java.util.Set<Concept> named = by.keySet();
    List<Concept> order;
    if (named.equals(java.util.Set.of(Concept.TOTAL, Concept.BASIC, Concept.PROJECT, Concept.PERSONNEL, Concept.PUBLIC_USE))) {
      order = List.of(Concept.TOTAL, Concept.PERSONNEL, Concept.PUBLIC_USE, Concept.PROJECT);
    } else if (named.equals(java.util.Set.of(Concept.TOTAL, Concept.BASIC, Concept.PROJECT))) {
      order = List.of(Concept.TOTAL, Concept.BASIC, Concept.PROJECT);
    } else {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (Concept c : order) {
      out.add(by.get(c));
    }
    return Optional.of(out);
  }

  /** The columns of the national final-account template's 支出决算表 and 收入决算表, in their printed order. */
  private static final List<List<Concept>> TEMPLATE_ORDERS = List.of(
      List.of(Concept.CURRENT_EXPENDITURE_TOTAL, Concept.BASIC, Concept.PROJECT, Concept.PAYMENT_TO_SUPERIOR,
          Concept.BUSINESS_OPERATION_EXPENDITURE, Concept.SUBSIDY_TO_AFFILIATED),
      List.of(Concept.CURRENT_INCOME_TOTAL, Concept.FISCAL_APPROPRIATION, Concept.SUPERIOR_SUBSIDY,
          Concept.BUSINESS_INCOME, Concept.OPERATING_INCOME, Concept.AFFILIATED_REMITTANCE, Concept.OTHER_INCOME));

  /**
   * A header naming the template's columns on several lines (printed at the heights their text sat
   * at, 基本支出 a line below 本年支出合计 项目支出 …): its labels in the template's order. Empty unless
   * the labels are named on two lines or more, each names one of the template's columns, none twice,
   * and they include the template's total and two more.
   */
  static Optional<List<String>> templateOrder(List<String> header) {
    int lines = 0;
    java.util.Map<Concept, String> by = new java.util.EnumMap<>(Concept.class);
    for (String line : header) {
      List<String> named = LooseHeader.labels(line);
      if (!named.isEmpty()) {
        lines++;
      }
      for (String l : named) {
        if (by.put(LooseHeader.conceptOf(l), l) != null) {
          return spelledTemplateOrder(header);
        }
      }
    }
    if (lines < 2) {
      return spelledTemplateOrder(header);
    }
    Optional<List<String>> named = inTemplateOrder(by);
    Optional<List<String>> spelled = spelledTemplateOrder(header);
    // a label wrapped over three lines (附属单 / 位上 / 缴收入) is only found spelled
    return spelled.isPresent() && (named.isEmpty() || spelled.get().size() > named.get().size()) ? spelled : named;
  }

  /** The labels of the template's columns, for headers printed a piece per line. */
  private static final List<String> TEMPLATE_WORDS = words(
      TEMPLATE_ORDERS.stream().flatMap(List::stream).toList());

  /**
   * The template's columns spelled by a header whose labels wrapped inside their cells, a piece per
   * line (本年支出合 … 项目支 over 计 … 出; 附属单 over 位上 over 缴收入), in the template's order.
   */
  private static Optional<List<String>> spelledTemplateOrder(List<String> header) {
    java.util.Map<Concept, String> by = new java.util.EnumMap<>(Concept.class);
    for (String l : SpelledLabels.spelled(header, TEMPLATE_WORDS)) {
      if (by.put(LooseHeader.conceptOf(l), l) != null) {
        return Optional.empty();
      }
    }
    return inTemplateOrder(by);
  }

  /** Every alias of the concepts, and the words given. */
  private static List<String> words(List<Concept> concepts, String... more) {
    List<String> out = new ArrayList<>(List.of(more));
    for (Concept c : concepts) {
      out.addAll(c.aliases());
    }
    return List.copyOf(out);
  }

  /** The labels in the order of the template whose columns they name, the total and two more. */
  private static Optional<List<String>> inTemplateOrder(java.util.Map<Concept, String> by) {
    for (List<Concept> order : TEMPLATE_ORDERS) {
      if (order.containsAll(by.keySet()) && by.containsKey(order.get(0)) && by.size() >= 3) {
        List<String> out = new ArrayList<>();
        for (Concept c : order) {
          if (by.containsKey(c)) {
            out.add(by.get(c));
          }
        }
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #fundSides} of a header whose labels wrapped a piece per line, when the labels spelled from
   * its pieces account for every piece but its side and item words.
   */
  static Optional<List<List<String>>> spelledFundSides(List<String> header) {
    return SpelledLabels.spelledWhole(header, FUND_WORDS, SIDE_WORDS).flatMap(ColumnOrders::fundSides);
  }
}
