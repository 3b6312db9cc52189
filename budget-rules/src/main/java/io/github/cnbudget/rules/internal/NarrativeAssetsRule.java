package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.NarrativeReader;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.model.narrative.Topic;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.NotChecked.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The assets the narrative states (国有资产占有使用情况: 共有车辆7辆, 单价100万元以上设备0台, 固定资产3149.52万元)
 * against the 国有资产占有使用情况表 ({@link TableKind#STATE_ASSETS}): the department's row (合计, or the
 * table's only row, or a row of counts such as 数量（辆、台）) under the column its header names (车辆,
 * 单价100万元以上设备, 固定资产). Counts must be equal; values equal within the rounding of both printed figures.
 * What the narrative says was bought or is to be bought (购置, 新增, 拟) is not a holding and is not
 * compared. A document without the table, or a table without the column, lists each statement as a check
 * not made.
 */
final class NarrativeAssetsRule extends AbstractRule {
  static final String CODE = "narrative-assets-differ-from-table";

  /** The table that prints the assets the narrative states. */
  static final String ASSETS_TABLE = TableKind.STATE_ASSETS.chinese();

  /** A vehicle count: 共有车辆 0 辆, 车辆7辆, 车辆共 7 辆. */
  private static final Pattern VEHICLES = Pattern.compile("车辆\\s*(?:共\\s*)?(\\d+)\\s*辆");
  /** Equipment counted above a unit value: 单价100万元（含）以上设备（不含车辆）2台（套）. */
  private static final Pattern EQUIPMENT =
      Pattern.compile("单价(?:在)?\\s*(\\d+)\\s*万元[^，,。；;]{0,12}?设备[^，,。；;\\d]{0,10}(\\d+)\\s*台");
  /** An asset value held (固定资产3149.52万元, 本部门固定资产金额…), by its class. */
  private static final Pattern VALUE = Pattern.compile("(固定资产|流动资产|无形资产|资产总额|国有资产)(?:原值|金额|总额)?$");
  /** Words of what is bought or planned, not held. */
  private static final Pattern BOUGHT = Pattern.compile("购置|新增|采购|计划|拟");
  /** A header or row label of counts, not values. */
  private static final Pattern COUNTED = Pattern.compile("辆|台|套|数量|[^总]数");
  /** A header's value threshold: 单价100万元以上设备. */
  private static final Pattern THRESHOLD = Pattern.compile("(\\d+)万元");
  /** A header of values: money, not counts. */
  private static final Pattern VALUED = Pattern.compile("价值|金额|原值|净值|账面");

  NarrativeAssetsRule() {
    super("narrative-assets-table", Set.of(CODE), Set.of("narrative", "cross-table"),
        "Vehicles, equipment and asset values stated in the narrative equal the 国有资产占有使用情况表");
  }

  /**
   * One statement of an asset held: a count of vehicles or of equipment (its value threshold in
   * {@code threshold}), or a value of a class of assets.
   */
  private record Claim(int paragraph, String sentence, String printed, String word, @Nullable String threshold,
      BigDecimal stated, @Nullable StatedAmount amount) {
    boolean isCount() {
      return amount == null;
    }
  }

  /** The table cell a claim is compared with. */
  private record Found(DisclosureTable table, Row row, Column column, Cell cell) {}

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    Optional<DisclosureTable> table = table(d);
    List<Finding> out = new ArrayList<>();
    if (table.isEmpty()) {
      return out;
    }
    for (Claim c : claims(d)) {
      Optional<Found> f = find(table.get(), c, d);
      if (f.isEmpty() || !f.get().cell().hasValue() && f.get().cell().mark() != CellMark.DASH) {
        continue;
      }
      Found at = f.get();
      BigDecimal printed = at.cell().valueOrZero();
      AmountUnit unit = at.table().amountUnit().orElse(d.precision().unit());
      boolean differs;
      BigDecimal tableValue;
      if (c.isCount()) {
        tableValue = printed;
        differs = printed.compareTo(c.stated()) != 0;
      } else {
        StatedAmount a = java.util.Objects.requireNonNull(c.amount());
        tableValue = unit.convert(printed, AmountUnit.YUAN);
        BigDecimal half = unit.convert(BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale())), AmountUnit.YUAN)
            .divide(BigDecimal.valueOf(2));
        differs = a.inYuan().subtract(tableValue).abs().compareTo(a.halfUlpInYuan().add(half)) > 0;
      }
      if (!differs) {
        continue;
      }
      String rowName = Tables.rowName(at.row());
      out.add(finding(CODE, Severity.ERROR)
          .location(Narratives.location(d, c.paragraph()).withTable(at.table().title(), at.table().kind())
              .withCode(rowName).withColumn(at.column().key()))
          .values(tableValue, c.isCount() ? c.stated() : java.util.Objects.requireNonNull(c.amount()).inYuan())
          .arguments(Narratives.quote(c.sentence()), c.printed(), at.table().title(), rowName,
              String.join(" / ", at.column().header()),
              at.cell().printed() + (c.isCount() ? "" : unit.symbol()))
          .build());
    }
    return out;
  }

  /**
   * Each asset the narrative states that no table cell shows: the 国有资产占有使用情况表 is absent, has no
   * column (or row) for it, or prints nothing or text there.
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    Optional<DisclosureTable> table = table(d);
    List<NotChecked> out = new ArrayList<>();
    for (Claim c : claims(d)) {
      String check = "“" + Narratives.quote(c.sentence()) + "” " + c.printed();
      if (table.isEmpty()) {
        out.add(NotChecked.of(id(), Reason.TABLE_ABSENT, check, ASSETS_TABLE, Narratives.location(d, c.paragraph())));
        continue;
      }
      DisclosureTable t = table.get();
      Optional<Found> f = find(t, c, d);
      if (f.isEmpty()) {
        out.add(NotChecked.of(id(), Reason.COLUMN_MISSING, check, t.title(), Narratives.location(d, c.paragraph())));
      } else if (!f.get().cell().hasValue() && f.get().cell().mark() != CellMark.DASH) {
        Reason why = f.get().cell().mark() == CellMark.TEXT ? Reason.VALUE_UNREADABLE : Reason.VALUE_MISSING;
        out.add(NotChecked.of(id(), why, check, t.title(), Narratives.location(d, c.paragraph())));
      }
    }
    return out;
  }

  private static Optional<DisclosureTable> table(Disclosure d) {
    return d.tables().stream().filter(t -> t.kind() == TableKind.STATE_ASSETS && !t.rows().isEmpty()).findFirst();
  }

  /** The assets held the narrative states, in printed order: counts by paragraph, then the values. */
  private static List<Claim> claims(Disclosure d) {
    List<Claim> out = new ArrayList<>();
    for (int p = 0; p < d.narrative().paragraphs().size(); p++) {
      String text = NarrativeReader.normalise(d.narrative().paragraphs().get(p).text());
      Matcher v = VEHICLES.matcher(text);
      while (v.find()) {
        if (!bought(text, v.start())) {
          out.add(new Claim(p, Narratives.sentenceAt(text, v.start()), v.group().replaceAll("\\s+", ""), "车辆", null,
              new BigDecimal(v.group(1)), null));
        }
      }
      Matcher e = EQUIPMENT.matcher(text);
      while (e.find()) {
        if (!bought(text, e.start())) {
          out.add(new Claim(p, Narratives.sentenceAt(text, e.start()), e.group().replaceAll("\\s+", ""), "设备", e.group(1),
              new BigDecimal(e.group(2)), null));
        }
      }
    }
    for (Fact f : Narratives.facts(d)) {
      String words = f.subject().replaceAll("[数为是：:\\s]+$", "");
      Matcher m = VALUE.matcher(words);
      if (f.topic() == Topic.ASSETS && f.amount().isPresent() && m.find() && !BOUGHT.matcher(words).find()) {
        String word = m.group(1).equals("国有资产") ? "资产总额" : m.group(1);
        StatedAmount a = f.amount().get();
        out.add(new Claim(f.paragraph(), f.sentence(), words + " " + a.printed(), word, null, a.value(), a));
      }
    }
    return out;
  }

  /** Whether the clause a count stands in speaks of buying (计划新增车辆1辆, 拟购置…). */
  private static boolean bought(String text, int at) {
    int from = Math.max(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)),
        Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf(';', at - 1))) + 1;
    return BOUGHT.matcher(text.substring(from, at)).find();
  }

  /** The cell of the department's row under the claim's column; empty when the table has neither. */
  private static Optional<Found> find(DisclosureTable t, Claim c, Disclosure d) {
    for (Row r : rows(t, c, d)) {
      boolean countRow = COUNTED.matcher(r.label()).find();
      for (Column col : t.columns()) {
        String header = String.join("", col.header()).replaceAll("\\s+", "");
        if (heads(header, c, countRow) && r.cells().containsKey(col.key())) {
          return Optional.of(new Found(t, r, col, r.cells().get(col.key())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The rows that may hold the department's figure, best first: for a count, a row of counts (数量（辆、台）);
   * then the total (合计, 总计) or the row naming the department; a table of one row is that row.
   */
  private static List<Row> rows(DisclosureTable t, Claim c, Disclosure d) {
    List<Row> out = new ArrayList<>();
    if (c.isCount()) {
      t.rows().stream().filter(r -> COUNTED.matcher(r.label()).find()).forEach(out::add);
    }
    for (Row r : t.rows()) {
      String label = r.label().replaceAll("\\s+", "");
      if (r.kind() == RowKind.TOTAL || label.equals("合计") || label.equals("总计") || label.equals(d.department().name())) {
        out.add(r);
      }
    }
    if (t.rows().size() == 1 && out.isEmpty()) {
      out.add(t.rows().get(0));
    }
    return out;
  }

  /** Whether a column's header names what the claim states (a count needs a header of counts or a row of them). */
  private static boolean heads(String header, Claim c, boolean countRow) {
    if (!header.contains(c.word())) {
      return false;
    }
    if (!c.isCount()) {
      // a value: the class's own column or its 小计, not one of its counts
      return !COUNTED.matcher(header).find() && (header.endsWith(c.word()) || header.endsWith("小计")
          || header.endsWith("合计") || header.endsWith(c.word() + "总额"));
    }
    if (VALUED.matcher(header).find() || header.contains("其中")) {
      return false;
    }
    if (c.threshold() != null) {
      // 单价100万元以上设备: the table's threshold, when its header prints one, is the narrative's
      Matcher m = THRESHOLD.matcher(header);
      if (m.find() && !m.group(1).equals(c.threshold())) {
        return false;
      }
    }
    return countRow || COUNTED.matcher(header.replace(c.word(), "")).find() || header.equals(c.word());
  }
}
