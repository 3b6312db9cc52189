package io.github.cnbudget.rules.compare;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.Topic;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The older document's figures a stated change may be measured from, by the topic of the newer
 * sentence: the “三公” table's cell of that part; the 收支总表's totals for income and expenditure; a
 * funding source's row or total-row column (财政拨款, 一般公共预算…); the 支出总表's and 基本支出表's
 * 合计 row for 基本支出, 项目支出, 人员经费, 公用经费; the row of a classification code. Only
 * department-level rows are read (a table printed per unit without a department row gives none). When
 * no table gives one, a sentence of the older narrative of the same topic and subject stating the
 * older year's amount. Several candidates may be found (收入预算 is 本年收入合计 in one document and
 * 收入总计 in another): a statement agreeing with any of them agrees.
 */
final class OlderFigures {
  /** A figure of the older document, in yuan, with half a unit of its last printed digit. */
  record Figure(BigDecimal yuan, BigDecimal halfYuan, String source) {}

  private static final Map<Topic, Concept> THREE_PUBLIC = new EnumMap<>(Map.of(
      Topic.THREE_PUBLIC, Concept.THREE_PUBLIC_TOTAL, Topic.OVERSEAS_TRAVEL, Concept.OVERSEAS_TRAVEL,
      Topic.OFFICIAL_VEHICLES, Concept.OFFICIAL_VEHICLES, Topic.VEHICLE_PURCHASE, Concept.VEHICLE_PURCHASE,
      Topic.VEHICLE_OPERATION, Concept.VEHICLE_OPERATION, Topic.OFFICIAL_RECEPTION, Concept.OFFICIAL_RECEPTION));

  private static final Map<Topic, Set<Concept>> TOTALS = new EnumMap<>(Map.of(
      Topic.INCOME, Set.of(Concept.CURRENT_INCOME_TOTAL, Concept.INCOME_GRAND_TOTAL),
      Topic.EXPENDITURE, Set.of(Concept.CURRENT_EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL),
      Topic.INCOME_AND_EXPENDITURE, Set.of(Concept.INCOME_GRAND_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL)));

  private static final Map<Topic, Concept> SOURCES = new EnumMap<>(Map.of(
      Topic.FISCAL_APPROPRIATION, Concept.FISCAL_APPROPRIATION, Topic.GENERAL_PUBLIC_BUDGET,
      Concept.GENERAL_PUBLIC_BUDGET, Topic.GOVERNMENT_FUND, Concept.GOVERNMENT_FUND, Topic.STATE_CAPITAL,
      Concept.STATE_CAPITAL));

  /** The table printing all of a source's expenditure by function: its total is the source's. */
  private static final Map<Topic, TableKind> SOURCE_TABLES = new EnumMap<>(Map.of(
      Topic.FISCAL_APPROPRIATION, TableKind.FISCAL_APPROPRIATION_SUMMARY, Topic.GENERAL_PUBLIC_BUDGET,
      TableKind.GENERAL_PUBLIC_BY_FUNCTION, Topic.GOVERNMENT_FUND, TableKind.GOVERNMENT_FUND, Topic.STATE_CAPITAL,
      TableKind.STATE_CAPITAL));

  private static final Map<Topic, Concept> PARTS = new EnumMap<>(Map.of(
      Topic.BASIC, Concept.BASIC, Topic.PROJECT, Concept.PROJECT, Topic.PERSONNEL, Concept.PERSONNEL,
      Topic.PUBLIC_USE, Concept.PUBLIC_USE));

  private OlderFigures() {}

  static List<Figure> of(Disclosure older, Fact f) {
    List<Figure> out = new ArrayList<>();
    Topic topic = f.topic();
    for (DisclosureTable t : older.tables()) {
      AmountUnit unit = t.amountUnit().orElse(older.precision().unit());
      for (int i = 0; i < t.rows().size(); i++) {
        Row r = t.rows().get(i);
        if (r.unit().isPresent()) {
          continue;
        }
        for (Column c : columnsFor(t, r, f)) {
          Column printed = printing(t, r, c);
          Cell cell = r.cells().get(printed.key());
          if (cell != null && cell.hasValue()) {
            add(out, unit, cell.valueOrZero(), t.title() + " / " + name(r, i) + " / " + String.join(" / ", printed.header()));
          }
        }
      }
    }
    if (out.isEmpty() && topic != Topic.OTHER) {
      fromNarrative(older, f, out);
    }
    return out;
  }

  /** The columns of a department-level row that print the figure of a fact's subject, if any. */
  private static List<Column> columnsFor(DisclosureTable t, Row r, Fact f) {
    Topic topic = f.topic();
    Optional<Concept> rc = r.concept();
    boolean total = r.kind() == RowKind.TOTAL;
    List<Column> out = new ArrayList<>();
    if (THREE_PUBLIC.containsKey(topic) && t.kind() == TableKind.THREE_PUBLIC) {
      Concept c = THREE_PUBLIC.get(topic);
      if (rc.equals(Optional.of(c))) {
        main(t, r.side()).ifPresent(out::add);
      } else if (rc.isEmpty() || total) {
        // the table's 合计 column is the “三公” total when no column names it (合计 under 2023年“三公”经费预算数)
        top(t, r.side(), c).or(() -> c == Concept.THREE_PUBLIC_TOTAL ? main(t, r.side()) : Optional.empty())
            .ifPresent(out::add);
      }
    } else if (TOTALS.containsKey(topic) && t.kind() == TableKind.INCOME_EXPENDITURE_SUMMARY) {
      if (rc.isPresent() && TOTALS.get(topic).contains(rc.get())) {
        main(t, r.side()).ifPresent(out::add);
      }
    } else if (SOURCES.containsKey(topic)) {
      Concept c = SOURCES.get(topic);
      boolean totalRow = total || rc.filter(x -> x == Concept.CURRENT_INCOME_TOTAL || x == Concept.CURRENT_EXPENDITURE_TOTAL
          || x == Concept.INCOME_GRAND_TOTAL || x == Concept.EXPENDITURE_GRAND_TOTAL).isPresent();
      if (rc.equals(Optional.of(c)) || totalRow && t.kind() == SOURCE_TABLES.get(topic)) {
        main(t, r.side()).ifPresent(out::add);
      } else if (totalRow) {
        top(t, r.side(), c).ifPresent(out::add);
      }
    } else if (PARTS.containsKey(topic) && total) {
      Concept c = PARTS.get(topic);
      if (t.kind() == TableKind.EXPENDITURE
          || t.kind() == TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC && (c == Concept.PERSONNEL || c == Concept.PUBLIC_USE)) {
        top(t, Side.SINGLE, c).ifPresent(out::add);
      }
    } else if (topic == Topic.CLASSIFICATION && f.code().isPresent() && r.code().isPresent()
        && (t.kind() == TableKind.GENERAL_PUBLIC_BY_FUNCTION || t.kind() == TableKind.EXPENDITURE)
        && r.code().get().digits().equals(f.code().get().digits())) {
      main(t, r.side()).ifPresent(out::add);
    }
    return out;
  }

  /** A sentence of the older narrative stating the same subject's amount, of the older year. */
  private static void fromNarrative(Disclosure older, Fact f, List<Figure> out) {
    String subject = subject(f.subject());
    for (Fact o : older.narrative().reading().facts()) {
      if (o.topic() == f.topic() && o.amount().isPresent() && subject(o.subject()).equals(subject)
          && o.classificationNames().equals(f.classificationNames())
          && (o.year().isEmpty() || o.year().getAsInt() == older.year().value())) {
        out.add(new Figure(o.amount().get().inYuan(), o.amount().get().halfUlpInYuan(),
            "narrative: “" + o.sentence() + "”"));
      }
    }
  }

  /** A subject without its year (2024年“三公”经费预算数 → “三公”经费预算数). */
  private static String subject(String s) {
    return s.replaceAll("\\d{4}年(度)?", "").replaceAll("\\s", "");
  }

  private static void add(List<Figure> out, AmountUnit unit, BigDecimal value, String source) {
    BigDecimal yuan = unit.convert(value, AmountUnit.YUAN);
    for (Figure g : out) {
      if (g.yuan().compareTo(yuan) == 0) {
        return;
      }
    }
    BigDecimal half = unit.convert(BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())), AmountUnit.YUAN)
        .divide(BigDecimal.valueOf(2));
    out.add(new Figure(yuan, half, source));
  }

  /**
   * The column that prints a row's amount of a column: the column itself, or, for a header group
   * without cells of its own (公务用车购置及运行费 over 小计 | 购置费 | 运行费), its 合计 / 小计 part.
   */
  private static Column printing(DisclosureTable t, Row r, Column c) {
    if (r.cells().containsKey(c.key())) {
      return c;
    }
    for (Column child : t.children(c.key())) {
      if (child.concept() == Concept.TOTAL) {
        return child;
      }
    }
    return c;
  }

  /** The column giving a side's amount: its top-level 合计, else its 金额 column, else its first. */
  private static Optional<Column> main(DisclosureTable t, Side side) {
    Column first = null;
    Column amount = null;
    Column total = null;
    for (Column c : t.columns()) {
      if (c.side() != side) {
        continue;
      }
      if (c.concept() == Concept.TOTAL && c.parent().isEmpty()) {
        return Optional.of(c);
      }
      total = total == null && c.concept() == Concept.TOTAL ? c : total;
      amount = amount == null && c.concept() == Concept.AMOUNT ? c : amount;
      first = first == null && t.children(c.key()).isEmpty() ? c : first;
    }
    return Optional.ofNullable(total != null ? total : amount != null ? amount : first);
  }

  /** The column of a concept on a side, the top-level one first. */
  private static Optional<Column> top(DisclosureTable t, Side side, Concept concept) {
    Column nested = null;
    for (Column c : t.columns()) {
      if (c.side() == side && c.concept() == concept) {
        if (c.parent().isEmpty()) {
          return Optional.of(c);
        }
        nested = nested == null ? c : nested;
      }
    }
    return Optional.ofNullable(nested);
  }

  private static String name(Row r, int index) {
    String label = r.label().strip();
    return r.code().map(c -> c.digits() + (label.isEmpty() ? "" : " " + label))
        .orElse(label.isEmpty() ? r.concept().map(Concept::chinese).orElse("row " + (index + 1)) : label);
  }
}
