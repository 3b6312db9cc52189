package io.github.cnbudget.cli.internal;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document's findings with the document they are about (文档校验结果), so that reports for
 * people can name places as printed: a table by its number and title, a row by its code and label,
 * a column by its printed header and unit, and list findings table by table in source order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document validated
 * @param description one line naming it (department, year, stage)
 * @param findings its findings and checks not made, in the report's order
 */
public record DocumentFindings(Disclosure document, String description, List<FindingView> findings) {
  /** {@code /tables/3}, {@code /tables/3/rows/12}, {@code /tables/3/rows/12/cells/total}. */
  private static final Pattern TABLE_POINTER = Pattern.compile("/tables/(\\d{1,9})(?:/rows/(\\d{1,9})(?:/cells/([^/]+))?)?(?:/.*)?");

  /**
   * Copies the findings.
   *
   * @param document the document
   * @param description its description
   * @param findings the findings
   */
  public DocumentFindings {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(description, "description");
    findings = List.copyOf(findings);
  }

  /**
   * Findings about one table, or those outside the tables (一组发现).
   *
   * @param table the index of the table in the document, or -1 outside the tables
   * @param title the table's number and title; empty outside the tables
   * @param page the page the group starts on, 0 when unknown
   * @param line the source line the group starts on, 0 when unknown
   * @param findings its findings in source order
   */
  public record Group(int table, String title, int page, int line, List<FindingView> findings) {}

  /**
   * The findings grouped by table, groups and findings in source order (page, then line): first what
   * is outside the tables, then each table as printed.
   *
   * @param listed which findings to keep
   * @return the groups that have findings kept
   */
  public List<Group> groups(java.util.function.Predicate<FindingView> listed) {
    // findings outside the tables (the contents, the narrative, self-evaluations) form one group: a
    // narrative naming a table's figure is about the narrative, not about where the table is printed
    Map<Integer, List<FindingView>> byTable = new LinkedHashMap<>();
    for (FindingView f : findings) {
      if (listed.test(f)) {
        byTable.computeIfAbsent(tableIndex(f).orElse(-1), k -> new ArrayList<>()).add(f);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<FindingView>> e : byTable.entrySet()) {
      int table = e.getKey();
      int[] place = table >= 0 ? tablePlace(table) : new int[] {0, 0};
      List<FindingView> sorted = new ArrayList<>(e.getValue());
      // findings without a place of their own (a table's rounding group, a missing column) sit at the table's head
      sorted.sort((a, b) -> compare(orElse(place(a), place), orElse(place(b), place)));
      groups.add(new Group(table, table >= 0 ? tableTitle(table) : "", place[0], place[1], List.copyOf(sorted)));
    }
    // what is outside the tables first, then the tables by page and line; a stable sort keeps the rest in order
    groups.sort(Comparator.comparing((Group g) -> g.table() >= 0)
        .thenComparing((a, b) -> compare(new int[] {a.page(), a.line()}, new int[] {b.page(), b.line()})));
    return groups;
  }

  private static int[] orElse(int[] p, int[] fallback) {
    return p[0] == 0 && p[1] == 0 ? fallback : p;
  }

  /** Page first, then line; 0 (unknown) before any known value. */
  private static int compare(int[] a, int[] b) {
    int c = Integer.compare(a[0], b[0]);
    return c != 0 ? c : Integer.compare(a[1], b[1]);
  }

  private static int[] place(FindingView f) {
    return new int[] {f.page().orElse(0), f.line().orElse(0)};
  }

  private int[] tablePlace(int index) {
    DisclosureTable t = document.tables().get(index);
    return new int[] {t.place().map(PagePlace::page).orElse(0), t.place().isPresent() ? 0 : t.line().orElse(0)};
  }

  /**
   * The index of the table a finding is in.
   *
   * @param f the finding
   * @return the index into the document's tables, or empty outside the tables
   */
  public OptionalInt tableIndex(FindingView f) {
    Matcher m = TABLE_POINTER.matcher(f.location());
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int i = Integer.parseInt(m.group(1));
    return i < document.tables().size() ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /**
   * The index of the row a finding is in.
   *
   * @param f the finding
   * @return the index into its table's rows, or empty when it is not about one row
   */
  public OptionalInt rowIndex(FindingView f) {
    Matcher m = TABLE_POINTER.matcher(f.location());
    OptionalInt t = tableIndex(f);
    if (t.isEmpty() || !m.matches() || m.group(2) == null) {
      return OptionalInt.empty();
    }
    int r = Integer.parseInt(m.group(2));
    return r < document.tables().get(t.getAsInt()).rows().size() ? OptionalInt.of(r) : OptionalInt.empty();
  }

  /**
   * The key of the column a finding is in: the cell its pointer names, else its location's column
   * when the table has that column.
   *
   * @param f the finding
   * @return the column key, or empty
   */
  public Optional<String> columnKey(FindingView f) {
    OptionalInt t = tableIndex(f);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = TABLE_POINTER.matcher(f.location());
    m.matches();
    Optional<String> key = m.group(3) != null ? Optional.of(m.group(3).replace("~1", "/").replace("~0", "~")) : f.column();
    return key.filter(k -> column(t.getAsInt(), k).isPresent());
  }

  private Optional<Column> column(int table, String key) {
    return document.tables().get(table).columns().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** The first table printed with a title. */
  private OptionalInt tableTitled(String title) {
    List<DisclosureTable> tables = document.tables();
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).title().equals(title) || tableTitle(i).equals(title)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A table's printed number and title, e.g. {@code 表3 支出总表}.
   *
   * @param index the table's index
   * @return the number and title
   */
  public String tableTitle(int index) {
    DisclosureTable t = document.tables().get(index);
    return t.number().map(n -> n + " ").orElse("") + t.title();
  }

  /**
   * The unit a table's amounts are printed in: its own, else the document's.
   *
   * @param index the table's index
   * @return e.g. 万元
   */
  public String amountUnit(int index) {
    return document.tables().get(index).amountUnit().orElse(document.precision().unit()).symbol();
  }

  /**
   * The unit of a finding's amounts: its table's, else the document's.
   *
   * @param f the finding
   * @return e.g. 万元
   */
  public String amountUnit(FindingView f) {
    OptionalInt t = tableIndex(f);
    return t.isPresent() ? amountUnit(t.getAsInt()) : document.precision().unit().symbol();
  }

  /**
   * A column's printed header, levels joined by {@code /}.
   *
   * @param table the table's index
   * @param key the column key
   * @return e.g. {@code 一般公共预算拨款/小计}, or the key when the table has no such column
   */
  public String header(int table, String key) {
    return column(table, key).map(c -> c.header().isEmpty() ? c.key() : String.join("/", c.header())).orElse(key);
  }

  /**
   * A row as printed: its code and label, e.g. {@code 2101501 行政运行}, with the budget unit of
   * per-unit tables before it.
   *
   * @param row the row
   * @return the row's name
   */
  public static String rowName(Row row) {
    String code = row.code().map(Object::toString).orElse("");
    String label = row.label().strip();
    if (code.isEmpty() || label.startsWith(code)) {
      return label.isEmpty() ? code : label;
    }
    return label.isEmpty() ? code : code + " " + label;
  }

  /**
   * Where a finding is, as printed: the row's code and label and the column's header with the unit,
   * e.g. {@code 三、单位资金 × 本年收入（万元）}; outside the tables the location's code or label and column.
   *
   * @param f the finding
   * @param locale the report's language
   * @return the place, or empty when the finding is about a whole table or document
   */
  public String where(FindingView f, Locale locale) {
    OptionalInt t = tableIndex(f);
    List<String> parts = new ArrayList<>();
    if (t.isPresent()) {
      f.unit().ifPresent(parts::add);
      OptionalInt r = rowIndex(f);
      if (r.isPresent()) {
        parts.add(rowName(document.tables().get(t.getAsInt()).rows().get(r.getAsInt())));
      } else {
        f.classificationCode().ifPresent(parts::add);
      }
      Optional<String> key = columnKey(f);
      if (key.isPresent()) {
        parts.add(header(t.getAsInt(), key.get()) + ("zh".equals(locale.getLanguage()) ? "（" + amountUnit(t.getAsInt())
            + "）" : " (" + amountUnit(t.getAsInt()) + ")"));
      } else {
        f.column().ifPresent(parts::add);
      }
    } else {
      f.unit().ifPresent(parts::add);
      f.classificationCode().ifPresent(parts::add);
      // a finding outside the tables (a narrative's figure) may still name a table's column by its key
      OptionalInt named = f.table().map(this::tableTitled).orElse(OptionalInt.empty());
      f.column().ifPresent(c -> parts.add(named.isPresent() && column(named.getAsInt(), c).isPresent()
          ? header(named.getAsInt(), c) : c));
    }
    return String.join(" × ", parts);
  }

  /**
   * The unit of the document, e.g. for amounts of findings outside the tables.
   *
   * @return the document's unit
   */
  public AmountUnit documentUnit() {
    return document.precision().unit();
  }
}
