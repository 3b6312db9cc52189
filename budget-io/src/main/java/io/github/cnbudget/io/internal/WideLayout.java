package io.github.cnbudget.io.internal;

import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed layout of a table as the wide files lay it out (宽表版式), shared by the wide CSV and
 * the workbook so that both show a table the same way: the leading columns 科目编码 (when rows have
 * codes), 项目, 单位 (when rows belong to units) and 行次 (when rows are numbered), then one column per
 * table column, under as many header rows as the deepest printed header has levels.
 *
 * <p>Immutable and thread-safe.
 */
public final class WideLayout {
  private final DisclosureTable table;
  private final boolean codes;
  private final boolean units;
  private final boolean numbers;
  private final int depth;

  private WideLayout(DisclosureTable table) {
    this.table = table;
    this.codes = table.rows().stream().anyMatch(r -> r.code().isPresent());
    this.units = table.rows().stream().anyMatch(r -> r.unit().isPresent());
    this.numbers = table.rows().stream().anyMatch(r -> r.number().isPresent());
    this.depth = Math.max(1, table.columns().stream().mapToInt(c -> c.header().size()).max().orElse(1));
  }

  /**
   * The layout of a table.
   *
   * @param table the table
   * @return its layout
   */
  public static WideLayout of(DisclosureTable table) {
    return new WideLayout(table);
  }

  /**
   * The title line: the table's number, if printed, and its title.
   *
   * @return e.g. {@code 表1 收支总表}
   */
  public String title() {
    return table.number().map(n -> n + " ").orElse("") + table.title();
  }

  /**
   * How many leading columns come before the table's own columns.
   *
   * @return 1 to 4
   */
  public int leadingColumns() {
    return (codes ? 1 : 0) + 1 + (units ? 1 : 0) + (numbers ? 1 : 0);
  }

  /**
   * Whether the first leading column holds the rows' classification codes.
   *
   * @return true when some row has a code
   */
  public boolean hasCodes() {
    return codes;
  }

  /**
   * The header rows, outermost first: the leading columns are named in the bottom row, and a
   * header shorter than the deepest is aligned to the bottom row, as printed tables merge cells
   * downwards. A column without a printed header shows its key.
   *
   * @return {@link #depth()} rows of {@link #leadingColumns()} plus one text per column
   */
  public List<List<String>> headerRows() {
    List<List<String>> out = new ArrayList<>();
    for (int level = 0; level < depth; level++) {
      boolean bottom = level == depth - 1;
      List<String> rec = new ArrayList<>();
      if (codes) {
        rec.add(bottom ? "科目编码" : "");
      }
      rec.add(bottom ? "项目" : "");
      if (units) {
        rec.add(bottom ? "单位" : "");
      }
      if (numbers) {
        rec.add(bottom ? "行次" : "");
      }
      for (Column c : table.columns()) {
        int i = level - (depth - Math.max(1, c.header().size()));
        rec.add(c.header().isEmpty() ? (bottom ? c.key() : "") : i >= 0 ? c.header().get(i) : "");
      }
      out.add(rec);
    }
    return out;
  }

  /**
   * How many header rows there are.
   *
   * @return at least 1
   */
  public int depth() {
    return depth;
  }

  /**
   * The leading fields of a row: its code's digits, label, unit and line number, as far as the
   * layout has those columns (empty text where this row has none).
   *
   * @param r a row of the table
   * @return {@link #leadingColumns()} texts
   */
  public List<String> leading(Row r) {
    List<String> rec = new ArrayList<>(leadingColumns());
    if (codes) {
      rec.add(r.code().map(c -> c.digits()).orElse(""));
    }
    rec.add(r.label());
    if (units) {
      rec.add(r.unit().orElse(""));
    }
    if (numbers) {
      rec.add(r.number().orElse(""));
    }
    return rec;
  }

  /**
   * The lines printed after the rows: the empty-table statement, then the notes.
   *
   * @return the texts in printed order
   */
  public List<String> trailer() {
    List<String> out = new ArrayList<>();
    table.emptyStatement().ifPresent(out::add);
    table.notes().forEach(n -> out.add(n.text()));
    return out;
  }
}
