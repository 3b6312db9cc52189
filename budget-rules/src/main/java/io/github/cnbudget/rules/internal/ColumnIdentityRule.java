package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Column identities (列间关系), per row: a column group equals the sum of its parts (its 小计 child
 * when printed, else the group); 合计 = 基本支出 + 项目支出 (+ 事业单位经营支出, 上缴上级支出,
 * 对附属单位补助支出); 基本支出 = 人员经费 + 公用经费; funding-source columns sum to 合计
 * (政府预算拨款 = 一般公共预算 + 政府性基金 + 国有资本经营, 单位资金 = Σ its items); “三公” total =
 * 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, 公务用车 = 购置 + 运行维护. Concept
 * identities apply to top-level columns whose sum is not already given by the column tree.
 */
final class ColumnIdentityRule extends TableRule {
  static final String CODE = "column-sum-mismatch";

  static final Set<Concept> EXPENDITURE_PARTS = EnumSet.of(Concept.BASIC, Concept.PROJECT,
      Concept.BUSINESS_OPERATION_EXPENDITURE, Concept.SUBSIDY_TO_AFFILIATED, Concept.PAYMENT_TO_SUPERIOR);
  static final Set<Concept> APPROPRIATIONS = EnumSet.of(Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND,
      Concept.STATE_CAPITAL);
  static final Set<Concept> UNIT_FUND_ITEMS = EnumSet.of(Concept.BUSINESS_INCOME, Concept.OPERATING_INCOME,
      Concept.SUPERIOR_SUBSIDY, Concept.AFFILIATED_REMITTANCE, Concept.OTHER_INCOME);
  static final Set<Concept> FUNDING = EnumSet.of(Concept.FISCAL_APPROPRIATION, Concept.GENERAL_PUBLIC_BUDGET,
      Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL, Concept.FISCAL_SPECIAL_ACCOUNT, Concept.UNIT_FUNDS,
      Concept.BUSINESS_INCOME, Concept.OPERATING_INCOME, Concept.SUPERIOR_SUBSIDY, Concept.AFFILIATED_REMITTANCE,
      Concept.OTHER_INCOME, Concept.USE_OF_RESERVE, Concept.PRIOR_YEAR_CARRYOVER);
  static final Set<Concept> THREE_PUBLIC_PARTS = EnumSet.of(Concept.OVERSEAS_TRAVEL, Concept.OFFICIAL_VEHICLES,
      Concept.OFFICIAL_RECEPTION);

  ColumnIdentityRule() {
    super("column-identity", Set.of(CODE), Set.of("arithmetic"),
        "Per row: column groups, 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, funding sources sum to 合计");
  }

  /** One identity of a table: target column = Σ part columns. */
  static final class Identity {
    final Column target;
    final List<Column> parts;

    Identity(Column target, List<Column> parts) {
      this.target = target;
      this.parts = List.copyOf(parts);
    }
  }

  /**
   * Reads a column's value as {@link Tables#amount(DisclosureTable, Row, Column)} does, with the
   * column's group (its 小计 child, or its parts) resolved once per table instead of per row.
   */
  static final class Reader {
    private final String key;
    private final boolean group;
    private final @Nullable Reader total;
    private final List<Reader> parts;

    Reader(DisclosureTable t, Column c) {
      key = c.key();
      List<Column> children = t.children(c.key());
      group = !children.isEmpty();
      Reader first = null;
      for (Column ch : children) {
        if (ch.concept() == Concept.TOTAL && !ch.partOf()) {
          first = new Reader(t, ch);
          break;
        }
      }
      total = first;
      List<Reader> ps = new ArrayList<>();
      if (first == null) {
        for (Column ch : children) {
          if (!ch.partOf()) {
            ps.add(new Reader(t, ch));
          }
        }
      }
      parts = ps;
    }

    @Nullable BigDecimal amount(Row r) {
      Cell cell = r.cells().get(key);
      if (cell != null && cell.hasValue()) {
        return cell.valueOrZero();
      }
      if (!group) {
        return null;
      }
      if (total != null) {
        return total.amount(r);
      }
      BigDecimal sum = null;
      for (Reader p : parts) {
        BigDecimal v = p.amount(r);
        if (v != null) {
          sum = sum == null ? v : sum.add(v);
        }
      }
      return sum;
    }
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    List<Identity> ids = identities(t);
    if (ids.isEmpty()) {
      return;
    }
    Reader[] targets = new Reader[ids.size()];
    Reader[][] parts = new Reader[ids.size()][];
    for (int i = 0; i < ids.size(); i++) {
      Identity id = ids.get(i);
      targets[i] = new Reader(t, id.target);
      parts[i] = new Reader[id.parts.size()];
      for (int k = 0; k < id.parts.size(); k++) {
        parts[i][k] = new Reader(t, id.parts.get(k));
      }
    }
    Location tl = Tables.tableLocation(ti, t);
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      for (int i = 0; i < ids.size(); i++) {
        check(d, ctx, t, tl, ri, r, ids.get(i), targets[i], parts[i], out);
      }
    }
  }

  private void check(Disclosure d, RuleContext ctx, DisclosureTable t, Location tl, int ri, Row r, Identity id,
      Reader target, Reader[] partReaders, List<Finding> out) {
    if (r.side() != Side.SINGLE && id.target.side() != r.side()) {
      return;
    }
    if (Tables.unreadable(r, id.target.key()) || id.parts.stream().anyMatch(p -> Tables.unreadable(r, p.key()))) {
      // a cell printing text that is not a number, or a value left unplaced: nothing to check it by
      return;
    }
    BigDecimal total = null;
    int terms = 0;
    for (Reader p : partReaders) {
      BigDecimal v = p.amount(r);
      if (v != null) {
        total = total == null ? v : total.add(v);
        terms++;
      }
    }
    if (Comparisons.agrees(target.amount(r), total, terms)) {
      return;
    }
    Optional<BigDecimal> printed = Tables.value(t, r, id.target);
    Sum sum = new Sum();
    for (Column p : id.parts) {
      sum.add(Tables.value(t, r, p));
    }
    Comparisons.compareSum(out, d, t, ctx, () -> Tables.cellLocation(Tables.rowLocation(tl, ri, r), id.target.key()),
        printed, sum,
        (actual, expected) -> finding(CODE, Severity.ERROR).arguments(t.title(), Tables.rowName(r), id.target.label(),
            partNames(id), actual, expected));
  }

  private static String partNames(Identity id) {
    StringBuilder parts = new StringBuilder();
    for (Column p : id.parts) {
      parts.append(parts.length() == 0 ? "" : " + ").append(p.label());
    }
    return parts.toString();
  }

  /** The identities of a table, from its column tree and then from the concepts of top-level columns. */
  static List<Identity> identities(DisclosureTable t) {
    List<Identity> out = new ArrayList<>();
    for (Column c : t.columns()) {
      List<Column> children = t.children(c.key());
      if (children.isEmpty()) {
        continue;
      }
      Column target = c;
      List<Column> parts = new ArrayList<>();
      for (Column ch : children) {
        if (ch.concept() == Concept.TOTAL && !ch.partOf() && target == c) {
          target = ch;
        } else if (!ch.partOf()) {
          parts.add(ch);
        }
      }
      if (!parts.isEmpty()) {
        out.add(new Identity(target, parts));
      }
    }
    // Top-level columns are grouped by side and by the prefix of their key: a table that prints
    // the same columns twice (预算数 and 决算数 of the “三公” final-account table: budget.total,
    // final.total…) has one set of identities per group.
    Map<String, List<Column>> groups = new LinkedHashMap<>();
    for (Column c : t.columns()) {
      if (c.parent().isEmpty() && Tables.isAmountColumn(c)) {
        int dot = c.key().indexOf('.');
        String prefix = dot < 0 ? "" : c.key().substring(0, dot);
        groups.computeIfAbsent(c.side() + "\u0000" + prefix, k -> new ArrayList<>()).add(c);
      }
    }
    // A prefix group without its own total belongs with the side's unprefixed columns (exp, exp.gpb).
    Map<String, List<Column>> merged = new LinkedHashMap<>();
    for (Map.Entry<String, List<Column>> e : groups.entrySet()) {
      String key = e.getKey();
      boolean ownTotal = e.getValue().stream()
          .anyMatch(c -> c.concept() == Concept.TOTAL || c.concept() == Concept.THREE_PUBLIC_TOTAL);
      if (!ownTotal) {
        key = key.substring(0, key.indexOf('\u0000') + 1);
      }
      merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.getValue());
    }
    for (List<Column> top : merged.values()) {
      conceptIdentities(t, top, out);
    }
    return out;
  }

  private static void conceptIdentities(DisclosureTable t, List<Column> top, List<Identity> out) {
    Optional<Column> total = first(top, Concept.TOTAL);
    boolean totalIsTree = total.isPresent() && !t.children(total.get().key()).isEmpty();
    List<Column> expenditure = of(top, EXPENDITURE_PARTS);
    Optional<Column> basic = first(top, Concept.BASIC);
    List<Column> basicParts = of(top, EnumSet.of(Concept.PERSONNEL, Concept.PUBLIC_USE));
    if (basic.isPresent() && t.children(basic.get().key()).isEmpty() && basicParts.size() == 2) {
      out.add(new Identity(basic.get(), basicParts));
    }
    if (total.isPresent() && !totalIsTree) {
      if (expenditure.size() >= 2) {
        out.add(new Identity(total.get(), expenditure));
      } else if (expenditure.isEmpty() && basicParts.size() == 2) {
        out.add(new Identity(total.get(), basicParts));
      }
    }
    List<Column> funding = of(top, FUNDING);
    Optional<Column> fa = first(top, Concept.FISCAL_APPROPRIATION);
    Optional<Column> uf = first(top, Concept.UNIT_FUNDS);
    List<Column> appropriations = of(top, APPROPRIATIONS);
    List<Column> unitItems = of(top, UNIT_FUND_ITEMS);
    if (fa.isPresent() && !appropriations.isEmpty()) {
      funding.removeAll(appropriations);
      if (t.children(fa.get().key()).isEmpty()) {
        out.add(new Identity(fa.get(), appropriations));
      }
    }
    if (uf.isPresent() && !unitItems.isEmpty()) {
      funding.removeAll(unitItems);
      if (t.children(uf.get().key()).isEmpty()) {
        out.add(new Identity(uf.get(), unitItems));
      }
    }
    if (total.isPresent() && !totalIsTree && expenditure.isEmpty() && funding.size() >= 2) {
      out.add(new Identity(total.get(), funding));
    }
    Optional<Column> threeTotal = first(top, Concept.THREE_PUBLIC_TOTAL).or(() -> total);
    List<Column> threeParts = of(top, THREE_PUBLIC_PARTS);
    if (threeTotal.isPresent() && threeParts.size() >= 2 && t.children(threeTotal.get().key()).isEmpty()) {
      out.add(new Identity(threeTotal.get(), threeParts));
    }
    Optional<Column> vehicles = first(top, Concept.OFFICIAL_VEHICLES);
    List<Column> vehicleParts = of(top, EnumSet.of(Concept.VEHICLE_PURCHASE, Concept.VEHICLE_OPERATION));
    if (vehicles.isPresent() && vehicleParts.size() == 2 && t.children(vehicles.get().key()).isEmpty()) {
      out.add(new Identity(vehicles.get(), vehicleParts));
    }
  }

  private static Optional<Column> first(List<Column> cols, Concept concept) {
    for (Column c : cols) {
      if (c.concept() == concept) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static List<Column> of(List<Column> cols, Set<Concept> concepts) {
    List<Column> out = new ArrayList<>();
    for (Column c : cols) {
      if (concepts.contains(c.concept()) && !c.partOf()) {
        out.add(c);
      }
    }
    return out;
  }
}
