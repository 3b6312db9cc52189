package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Placement by the identities of a header of several levels (按多级表头恒等式定位): 合计 = the sum of its
 * parts, 小计 = the sum of its parts. One of the rules
 * {@link ColumnInference} applies; stateless.
 */
final class ByColumnIdentities {
  private ByColumnIdentities() {}

  /**
   * Whether the columns obey identities: read from a header of several levels ({@link LooseTable#nested}),
   * or a “三公” header read flat, whose columns' meanings say how they add up.
   */
  static boolean isNested(List<Column> columns) {
    return columns != null && (columns.stream().anyMatch(c -> c.key().indexOf('.') > 0)
        || !byMeaning(columns).isEmpty());
  }

  /** “三公” 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费; 公务用车 小计 = 购置费 + 运行维护费. */
  private static final List<List<Concept>> THREE_PUBLIC_IDENTITIES = List.of(
      List.of(Concept.THREE_PUBLIC_TOTAL, Concept.OVERSEAS_TRAVEL, Concept.OFFICIAL_VEHICLES, Concept.OFFICIAL_RECEPTION),
      List.of(Concept.OFFICIAL_VEHICLES, Concept.VEHICLE_PURCHASE, Concept.VEHICLE_OPERATION));

  /** The columns a flat “三公” header prints: the identities' and 机关运行经费. */
  private static final java.util.Set<Concept> THREE_PUBLIC_COLUMNS = java.util.Set.of(Concept.THREE_PUBLIC_TOTAL,
      Concept.OVERSEAS_TRAVEL, Concept.OFFICIAL_VEHICLES, Concept.OFFICIAL_RECEPTION, Concept.VEHICLE_PURCHASE,
      Concept.VEHICLE_OPERATION, Concept.ADMINISTRATIVE_EXPENSES);

  /**
   * The identities of a flat “三公” header, each column met once (a header printing 预算数 and 决算数 side
   * by side without its levels names each twice and says none).
   */
  private static List<List<Column>> byMeaning(List<Column> columns) {
    List<List<Column>> out = new ArrayList<>();
    if (columns.stream().anyMatch(c -> c.parent().isPresent() || !THREE_PUBLIC_COLUMNS.contains(c.concept()))) {
      // (a column the header's reading did not tell, a 合计 or 小计 beside the “三公” total, says that
      // reading is not the table's: its identities would place values by a header it does not have)
      return out;
    }
    for (List<Concept> identity : THREE_PUBLIC_IDENTITIES) {
      List<Column> met = new ArrayList<>();
      for (Concept concept : identity) {
        List<Column> named = columns.stream().filter(c -> c.concept() == concept).toList();
        if (named.size() == 1) {
          met.add(named.get(0));
        }
      }
      if (met.size() == identity.size()) {
        out.add(met);
      }
    }
    return out;
  }

  /**
   * A row of a table whose header has several levels (“三公” 预算数 and 决算数, each 合计 = 因公出国（境）费
   * + 公务用车购置及运行费 + 公务接待费 and 小计 = 购置费 + 运行费): every placement of the pending values
   * (in printed order) meeting every column identity within rounding is found, and each value all of
   * them put in the same column is placed there; the others stay pending.
   */
  static void byColumnIdentities(RowDraft r, List<Column> columns, Map<String, BigDecimal> atLeast,
      CellReader cells, List<ReadProblem> problems) {
    List<List<Column>> identities = identities(columns);
    if (identities.isEmpty()) {
      return;
    }
    Optional<List<BigDecimal>> read = ColumnInference.pendingValues(r, cells);
    if (read.isEmpty()) {
      return;
    }
    List<BigDecimal> values = read.get();
    List<List<Column>> options = ColumnInference.options(r, r.pendingColumns, values);
    if (options.size() > ColumnInference.MAX_COMBINATIONS) {
      return;
    }
    Column[] agreed = null;
    for (List<Column> o : options) {
      Map<String, BigDecimal> at = placed(r, o, values);
      boolean ok = true;
      for (Map.Entry<String, BigDecimal> bound : atLeast.entrySet()) {
        if (at.getOrDefault(bound.getKey(), BigDecimal.ZERO).compareTo(bound.getValue()) < 0) {
          ok = false;
        }
      }
      if (ok && meets(identities, at, values)) {
        agreed = ColumnInference.agree(agreed, o);
      }
    }
    ColumnInference.placeAgreed(r, agreed, r.pendingColumns, cells, problems, "every placement meeting the column identities of the header (合计 = sum of"
        + " its parts, 小计 = sum of its parts)" + (atLeast.isEmpty() ? "" : " and spending at least the basic"
        + " expenditure's economic items (一般公共预算财政拨款基本支出决算表)") + " puts them there");
  }

  /**
   * The identities of the columns, each a column then the parts that add up to it: a group's parts to
   * the group, the top-level columns to the total, a flat “三公” header's by meaning.
   */
  static List<List<Column>> identities(List<Column> columns) {
    List<List<Column>> identities = new ArrayList<>(); // first = sum of the rest
    Map<String, List<Column>> groups = new LinkedHashMap<>();
    for (Column c : columns) {
      groups.computeIfAbsent(c.key().substring(0, Math.max(0, c.key().indexOf('.'))), k -> new ArrayList<>()).add(c);
      List<Column> children = new ArrayList<>();
      for (Column x : columns) {
        if (x.parent().equals(Optional.of(c.key()))) {
          children.add(x);
        }
      }
      if (!children.isEmpty()) {
        children.add(0, c);
        identities.add(children);
      }
    }
    for (List<Column> g : groups.values()) {
      Column total = ColumnInference.find(g, c -> c.parent().isEmpty() && ColumnInference.isTotal(c));
      if (total == null) {
        continue;
      }
      List<Column> identity = new ArrayList<>();
      identity.add(total);
      for (Column c : g) {
        if (c != total && c.parent().isEmpty()) {
          identity.add(c);
        }
      }
      if (identity.size() >= 3) {
        identities.add(identity);
      }
    }
    identities.addAll(byMeaning(columns));
    return identities;
  }

  /** The row's amounts with its pending values placed in those columns. */
  static Map<String, BigDecimal> placed(RowDraft r, List<Column> option, List<BigDecimal> values) {
    Map<String, BigDecimal> at = new LinkedHashMap<>();
    for (Map.Entry<String, Cell> e : r.cells.entrySet()) {
      e.getValue().value().ifPresent(v -> at.put(e.getKey(), v));
    }
    for (int k = 0; k < option.size(); k++) {
      at.put(option.get(k).key(), values.get(k));
    }
    return at;
  }

  /**
   * Whether a row's amounts meet every identity within rounding: one unit of the last printed digit
   * per part.
   */
  static boolean meets(List<List<Column>> identities, Map<String, BigDecimal> at, List<BigDecimal> values) {
    int scale = Math.max(ColumnInference.scale(new ArrayList<>(at.values())), ColumnInference.scale(values));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    for (List<Column> identity : identities) {
      BigDecimal difference = at.getOrDefault(identity.get(0).key(), BigDecimal.ZERO);
      for (Column part : identity.subList(1, identity.size())) {
        difference = difference.subtract(at.getOrDefault(part.key(), BigDecimal.ZERO));
      }
      if (difference.abs().compareTo(unit.multiply(BigDecimal.valueOf(identity.size() - 1))) > 0) {
        return false;
      }
    }
    return true;
  }

  static BigDecimal sum(RowDraft r, List<Column> columns, @Nullable Concept concept) {
    BigDecimal out = BigDecimal.ZERO;
    for (Column c : columns) {
      Cell cell = r.cells.get(c.key());
      if ((concept == null ? ColumnInference.isTotal(c) : c.concept() == concept) && c.parent().isEmpty() && cell != null && cell.value().isPresent()) {
        out = out.add(cell.value().get());
      }
    }
    return out;
  }
}
