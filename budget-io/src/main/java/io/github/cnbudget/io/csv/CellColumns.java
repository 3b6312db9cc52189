package io.github.cnbudget.io.csv;

import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.PagePlace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns that hold printed cells (单元格列): a cell's four columns ({@code value}, {@code
 * printed}, {@code mark}, {@code repaired}, prefixed with the field's name outside line items and
 * amounts), the column of its place, a row's classification code and scheme, and a row's unplaced
 * values. See {@code docs/csv-format.md}.
 */
final class CellColumns {
  private CellColumns() {}

  /** The cell of a record, or null for none. */
  @FunctionalInterface
  interface CellOf<M> {
    @Nullable Cell of(M value);
  }

  /**
   * A cell's four columns, read as one: their prefix, and the column of the cell's place once it is
   * declared (-1 while the file has none, where a cell with a place is refused on writing).
   */
  static final class Group {
    final String prefix;
    final List<TidyColumn<?, ?>> columns = new ArrayList<>();
    int place = -1;

    Group(String prefix) {
      this.prefix = prefix;
    }

    /** Added after the first version of the set: files written before it read without the four. */
    Group optional() {
      columns.forEach(TidyColumn::optional);
      return this;
    }
  }

  /**
   * An optional cell of a record's own (a project's total, an indicator's weight).
   *
   * @param name the value column, which names the other three ({@code total_printed}…)
   */
  static <M, B> Group cell(Columns<M, B> file, String name, Function<M, Optional<Cell>> get, BiConsumer<B, Cell> set,
      String zh, String en) {
    return cell(file, name, m -> get.apply(m).orElse(null), set, null, zh, en);
  }

  /**
   * The cell a record is (a line item, an amount): required, its value parsed while the file is
   * read, its four columns unprefixed.
   *
   * @param needs the reason a record without a cell is refused
   */
  static <M, B> Group recordCell(Columns<M, B> file, CellOf<M> get, BiConsumer<B, Cell> set, String needs) {
    Group g = cell(file, "value", get, set, needs, "金额", "amount");
    g.columns.get(0).amount = true;
    return g;
  }

  private static <M, B> Group cell(Columns<M, B> file, String name, CellOf<M> get, BiConsumer<B, Cell> set,
      @Nullable String needs, String zh, String en) {
    Group g = new Group(name.equals("value") ? "" : name + "_");
    g.columns.add(file.add(name, (at, m) -> {
      Cell x = get.of(m);
      if (x == null) {
        return "";
      }
      if (g.place < 0 && x.place().isPresent()) {
        throw at.refusal("the place of a cell outside line_items.csv and amounts.csv");
      }
      return x.value().map(BigDecimal::toPlainString).orElse("");
    }, (r, c, b) -> {
      Cell cell = r.cellOrNull(c, c + 1, c + 2, c + 3);
      if (cell == null && needs != null) {
        throw r.error(c + 2, needs);
      }
      if (g.place >= 0) {
        PagePlace at = r.place(g.place);
        if (at != null) {
          if (cell == null) {
            throw r.error(g.place, "a place without a cell");
          }
          cell = cell.withPlace(at);
        }
      }
      if (cell != null) {
        set.accept(b, cell);
      }
    }).typed("number", false).describe(zh, en));
    g.columns.add(file.add(g.prefix + "printed", (at, m) -> {
      Cell x = get.of(m);
      return x != null && x.hasDistinctPrintedText() ? x.printed() : "";
    }, null).describe(zh + "的印刷文本（与数值的规范形式不同时）",
        "printed text of the " + en + " (when it differs from the plain number)"));
    g.columns.add(file.add(g.prefix + "mark", (at, m) -> {
      Cell x = get.of(m);
      return x == null ? "" : x.mark().name();
    }, null).values(CellMark.class).describe(zh + "的印刷形式：AMOUNT、BLANK、DASH、TEXT",
        "what was printed for the " + en + ": AMOUNT, BLANK, DASH, TEXT"));
    g.columns.add(file.add(g.prefix + "repaired", (at, m) -> {
      Cell x = get.of(m);
      return x != null && x.isRepaired() ? "true" : "";
    }, null).typed("boolean", false).describe(zh + "是否自受损文字读出",
        "whether the " + en + " was read through damaged text"));
    return g;
  }

  /**
   * The column of where a PDF printed a cell ({@code place} of a line item, {@code total_place} of
   * a project), read with the cell's four; added after the first version of the set.
   */
  static <M, B> TidyColumn<M, B> recordPlace(Columns<M, B> file, Group g, CellOf<M> get) {
    TidyColumn<M, B> c = file.add(g.prefix + "place", (at, m) -> {
      Cell x = get.of(m);
      return x == null ? "" : Columns.place(x.place());
    }, null).optional();
    g.place = c.ordinal;
    return g.prefix.isEmpty() ? c.describe("PDF 中的位置：页:x0,y0,x1,y1", "where a PDF printed it: page:x0,y0,x1,y1")
        : c.describe("PDF 中该单元格的位置：页:x0,y0,x1,y1", "where a PDF printed that cell: page:x0,y0,x1,y1");
  }

  /** The column of where a PDF printed a record's own optional cell. */
  static <M, B> TidyColumn<M, B> place(Columns<M, B> file, Group g, Function<M, Optional<Cell>> get) {
    return recordPlace(file, g, m -> get.apply(m).orElse(null));
  }

  /** A classification code's scheme and digits: two columns, filled together or not at all. */
  static <M, B> void code(Columns<M, B> file, Function<M, Optional<ClassificationCode>> get,
      BiConsumer<B, ClassificationCode> set) {
    int scheme = file.add("scheme", (at, m) -> get.apply(m).map(x -> x.scheme().name()).orElse(""), null)
        .values(Scheme.class).describe("科目体系", "classification scheme").ordinal;
    file.add("code", (at, m) -> get.apply(m).map(x -> x.digits()).orElse(""), (r, c, b) -> {
      ClassificationCode v = r.code(c, scheme);
      if (v != null) {
        set.accept(b, v);
      }
    }).describe("科目编码", "classification code");
  }

  /**
   * A row's values that could not be placed under a column: their printed forms separated by
   * blanks; refused on writing when one cannot be read back from its printed form alone (a
   * repaired or placed cell, a blank inside). Added after the first version of the set.
   */
  static <M, B> TidyColumn<M, B> unplaced(Columns<M, B> file, Function<M, List<Cell>> get, BiConsumer<B, Cell> add) {
    return file.add("unplaced", (at, m) -> {
      StringBuilder b = new StringBuilder();
      for (Cell c : get.apply(m)) {
        String printed = c.printed();
        if (printed.isEmpty() || printed.chars().anyMatch(Character::isWhitespace) || !Cell.printed(printed).equals(c)) {
          throw at.refusal("the unplaced value «" + printed + "» of a row");
        }
        b.append(b.length() == 0 ? "" : " ").append(printed);
      }
      return b.toString();
    }, (r, c, b) -> {
      String unplaced = r.str(c);
      if (!unplaced.isEmpty()) {
        for (String value : unplaced.split(" ", -1)) {
          if (value.isEmpty()) {
            throw r.error(c, "an empty value among the unplaced values");
          }
          add.accept(b, Cell.printed(value));
        }
      }
    }).optional().describe("未能归入列的数值，按印刷顺序以空格分隔",
        "values the row prints that could not be placed under a column, in printed order, separated by blanks");
  }
}
