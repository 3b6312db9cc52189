package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a basic-expenditure table by economic class (基本支出表: 合计 / 人员经费 / 公用经费) whose whole
 * text OCR ran together onto one line, cells in scrambled order. Only what the line proves is read:
 *
 * <ul>
 *   <li>the amounts form groups, each a row's (合计, one part) with both equal or (合计, 人员经费,
 *       公用经费) with the parts adding up to the total within one unit of the last printed digit;</li>
 *   <li>the names are the catalog's economic names for the year, in printed order; the groups
 *       beyond the names lead the line and all equal the table total (合计 and unit rows);</li>
 *   <li>the k-th name takes the k-th group after them, and the result is kept only when every 类's
 *       total is the sum of its 款 and the table total the sum of the 类 (within the rounding of one unit
 *       of the last printed digit per amount).</li>
 * </ul>
 *
 * <p>A lone part (合计 equal to one part) is left for {@link ColumnInference} to place by the
 * column sums, or to report. Stateless; not instantiable.
 */
final class RunTogetherLine {
  private static final Pattern GLUED_AMOUNTS = Pattern.compile("(\\d\\.\\d{2})(?=\\d)");
  private static final Pattern SPLIT_DECIMALS = Pattern.compile("(\\d)\\.\\s(\\d{2})(?!\\d)");
  private static final Pattern AMOUNT = Pattern.compile("^\\d{1,3}(?:,\\d{3})*\\.\\d{2}$");
  private static final Pattern UNIT_CODE = Pattern.compile("^\\d{6}$");

  private RunTogetherLine() {}

  /**
   * The table's columns and rows read from the line, or empty when the line does not prove them.
   *
   * @param l the line
   * @param economicCode the catalog's economic code for a name, when exactly one
   * @param cells reads printed amounts
   * @return the columns (合计, 人员经费, 公用经费) and rows, or empty
   */
  static Optional<Result> read(SourceLine l, Function<String, Optional<ClassificationCode>> economicCode,
      CellReader cells) {
    String text = SPLIT_DECIMALS.matcher(GLUED_AMOUNTS.matcher(l.text()).replaceAll("$1 ")).replaceAll("$1.$2");
    String squeezed = HeaderLayout.squeeze(text);
    int header = squeezed.indexOf("合计人员经费公用经费");
    if (header < 0) {
      return Optional.empty();
    }
    List<String> tokens = LooseTable.tokens(text);
    List<BigDecimal> amounts = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ClassificationCode> codes = new ArrayList<>();
    String unit = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (AMOUNT.matcher(t).matches()) {
        Optional<BigDecimal> v = cells.read(t, l.number).value();
        if (v.isEmpty()) {
          return Optional.empty();
        }
        amounts.add(v.get());
        printed.add(t);
      } else if (UNIT_CODE.matcher(t).matches() && i + 1 < tokens.size() && unit == null) {
        unit = tokens.get(i + 1);
        i++;
      } else {
        Optional<ClassificationCode> code = economicCode.apply(t);
        if (code.isPresent()) {
          names.add(t);
          codes.add(code.get());
        }
      }
    }
    List<int[]> groups = new ArrayList<>(); // start, length
    for (int i = 0; i < amounts.size();) {
      BigDecimal a = amounts.get(i);
      if (i + 1 < amounts.size() && amounts.get(i + 1).compareTo(a) == 0) {
        groups.add(new int[] {i, 2});
        i += 2;
      } else if (i + 2 < amounts.size() && amounts.get(i + 1).add(amounts.get(i + 2)).subtract(a).abs()
          .compareTo(a.ulp()) <= 0) {
        // parts may differ from the total by the rounding of the last printed digit (53.85 = 23.71 + 30.13)
        groups.add(new int[] {i, 3});
        i += 3;
      } else {
        return Optional.empty();
      }
    }
    int lead = groups.size() - names.size();
    if (names.isEmpty() || lead < 1) {
      return Optional.empty();
    }
    int[] first = groups.get(0);
    for (int g = 0; g < lead; g++) {
      int[] x = groups.get(g);
      if (x[1] != 3 || !amounts.subList(x[0], x[0] + 3).equals(amounts.subList(first[0], first[0] + 3))) {
        return Optional.empty();
      }
    }
    List<Column> columns = List.of(column("c1", "合计", Concept.TOTAL), column("c2", "人员经费", Concept.PERSONNEL),
        column("c3", "公用经费", Concept.PUBLIC_USE));
    List<RowDraft> rows = new ArrayList<>();
    RowDraft total = row(l, "合计", RowKind.TOTAL, null, columns, printed, first, cells);
    rows.add(total);
    if (unit != null) {
      RowDraft u = row(l, unit, RowKind.UNIT, null, columns, printed, groups.get(lead - 1), cells);
      u.unit = unit;
      rows.add(u);
    }
    BigDecimal sumOfClasses = BigDecimal.ZERO;
    for (int k = 0; k < names.size(); k++) {
      int[] g = groups.get(lead + k);
      RowDraft r = row(l, names.get(k), RowKind.CODE, codes.get(k), columns, printed, g, cells);
      r.unit = unit;
      rows.add(r);
      if (codes.get(k).parent().isEmpty()) {
        sumOfClasses = sumOfClasses.add(amounts.get(g[0]));
      }
    }
    BigDecimal grand = amounts.get(first[0]);
    if (sumOfClasses.subtract(grand).abs().compareTo(grand.ulp().multiply(BigDecimal.valueOf(names.size()))) > 0) {
      return Optional.empty();
    }
    for (int k = 0; k < names.size(); k++) {
      ClassificationCode c = codes.get(k);
      if (c.parent().isPresent()) {
        continue;
      }
      BigDecimal children = BigDecimal.ZERO;
      int count = 0;
      for (int j = 0; j < names.size(); j++) {
        if (c.isAncestorOf(codes.get(j))) {
          children = children.add(amounts.get(groups.get(lead + j)[0]));
          count++;
        }
      }
      BigDecimal own = amounts.get(groups.get(lead + k)[0]);
      // each printed amount is rounded: the sum may differ by one unit of the last digit a child
      if (count > 0 && children.subtract(own).abs().compareTo(own.ulp().multiply(BigDecimal.valueOf(count))) > 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new Result(columns, rows));
  }

  private static Column column(String key, String label, Concept concept) {
    return Column.builder().key(key).concept(concept).addHeader("基本支出", label).build();
  }

  private static RowDraft row(SourceLine l, String label, RowKind kind, @Nullable ClassificationCode code, List<Column> columns,
      List<String> printed, int[] group, CellReader cells) {
    RowDraft r = new RowDraft();
    r.line = l.number;
    r.label = label;
    r.kind = kind;
    r.side = Side.SINGLE;
    r.code = code;
    if (kind == RowKind.TOTAL) {
      r.concept = Concept.TOTAL;
    }
    r.cells.put(columns.get(0).key(), cells.read(printed.get(group[0]), l.number));
    if (group[1] == 3) {
      r.cells.put(columns.get(1).key(), cells.read(printed.get(group[0] + 1), l.number));
      r.cells.put(columns.get(2).key(), cells.read(printed.get(group[0] + 2), l.number));
    } else {
      // 合计 equal to one part: which part is for the column sums to tell
      r.pending.add(printed.get(group[0] + 1));
      r.pendingColumns = columns.subList(1, 3);
    }
    return r;
  }

  /** The columns and rows read from a run-together line. */
  record Result(List<Column> columns, List<RowDraft> rows) {}
}
