package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A final account whose numbers are set a few points lower than its words, as a tool grouping words into
 * lines by their heights prints it (one blank between cells): the cover's year on a line of its own, each
 * summary row's amounts a line below its names, the function tables' names a line above their code and
 * amounts, and some rows' cells at two heights (the total with the code, the other amounts with the name);
 * the appropriation table printed likewise tells which of the expenditure table's columns the amounts are.
 * Before, the year was not found (no import), the summaries' amounts went to the rows below them, each name
 * to the code line above it, and a row's two lines were two rows.
 */
class AmountsBelowTest {
  private static ImportResult read() throws IOException {
    try (InputStream in = DisclosureImporter.class.getResourceAsStream("variants/amounts-below-names.txt")) {
      return DisclosureImporter.defaults()
          .importText(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static DisclosureTable table(ImportResult r, TableKind kind) {
    return r.disclosure().tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  /** Each row with values: its code, name and cells by column label, in printed order. */
  private static List<String> rows(DisclosureTable t) {
    return t.rows().stream().filter(r -> !r.cells().isEmpty()).map(AmountsBelowTest::row).toList();
  }

  private static String row(Row r) {
    return r.code().map(c -> c.digits() + " ").orElse("") + r.label() + " " + r.cells().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().printed()).toList();
  }

  /**
   * The given rows, then those both function tables print alike: funded by appropriations alone, all
   * basic expenditure (the total in c1, the appropriation or basic expenditure in c2).
   */
  private static List<String> withFundedRows(String... first) {
    List<String> out = new java.util.ArrayList<>(List.of(first));
    out.addAll(List.of(
        "208 社会保障和就业支出 [c1=210.30, c2=210.30]",
        "20805 行政事业单位养老支出 [c1=210.30, c2=210.30]",
        "2080505 机关事业单位基本养老保险缴费支出 [c1=140.20, c2=140.20]",
        "2080506 机关事业单位职业年金缴费支出 [c1=70.10, c2=70.10]",
        "210 卫生健康支出 [c1=70.20, c2=70.20]",
        "21011 行政事业单位医疗 [c1=70.20, c2=70.20]",
        "2101101 行政单位医疗 [c1=70.20, c2=70.20]",
        "221 住房保障支出 [c1=59.80, c2=59.80]",
        "22102 住房改革支出 [c1=59.80, c2=59.80]",
        "2210201 住房公积金 [c1=59.80, c2=59.80]"));
    return out;
  }

  @Test
  void importText_coverYearOnItsOwnLine_namesTheDisclosure() throws IOException {
    ImportResult r = read();

    assertThat(r.disclosure().year().value()).isEqualTo(2024);
    assertThat(r.disclosure().department().name()).isEqualTo("某区商务委员会");
  }

  @Test
  void importText_summaryAmountsBelowTheirNames_joinTheRowAbove() throws IOException {
    DisclosureTable t = table(read(), TableKind.INCOME_EXPENDITURE_SUMMARY);

    assertThat(rows(t)).containsExactly(
        "一、一般公共预算财政拨款收入 [in.c1=1,860.40]",
        "201 一、一般公共服务支出 [ex.c2=1,520.10]",
        "八、其他收入 [in.c1=12.50]",
        "208 八、社会保障和就业支出 [ex.c2=210.30]",
        "210 九、卫生健康支出 [ex.c2=70.20]",
        "221 十九、住房保障支出 [ex.c2=59.80]",
        "本年收入合计 [in.c1=1,872.90]",
        "本年支出合计 [ex.c2=1,860.40]",
        "年初结转和结余 [in.c1=30.00]",
        "年末结转和结余 [ex.c2=42.50]",
        "总计 [in.c1=1,902.90]",
        "总计 [ex.c2=1,902.90]");
  }

  @Test
  void importText_namesAboveTheirCodeLines_readWithTheirCodes() throws IOException {
    DisclosureTable t = table(read(), TableKind.INCOME);

    assertThat(rows(t)).containsExactlyElementsOf(withFundedRows(
        "合计 [c1=1,872.90, c2=1,860.40, c7=12.50]",
        "201 一般公共服务支出 [c1=1,532.60, c2=1,520.10, c7=12.50]",
        "20113 商贸事务 [c1=1,532.60, c2=1,520.10, c7=12.50]",
        "2011301 行政运行 [c1=1,100.00, c2=1,095.00, c7=5.00]",
        "2011302 一般行政管理事务 [c1=432.60, c2=425.10, c7=7.50]"));
  }

  @Test
  void importText_rowsWithCellsAtTwoHeights_readAsOneRowEach() throws IOException {
    DisclosureTable t = table(read(), TableKind.EXPENDITURE);

    assertThat(rows(t)).containsExactlyElementsOf(withFundedRows(
        "合计 [c1=1,860.40, c2=1,502.30, c3=358.10]",
        "201 一般公共服务支出 [c1=1,520.10, c2=1,162.00, c3=358.10]",
        "20113 商贸事务 [c1=1,520.10, c2=1,162.00, c3=358.10]",
        "2011301 行政运行 [c1=1,095.00, c2=1,095.00]",
        "2011302 一般行政管理事务 [c1=425.10, c2=67.00, c3=358.10]"));
  }

  /**
   * A two-sided summary with several expenditure columns: below a line printing the income item's amount,
   * the amounts are the expenditure item's; below two names printing none, the split whose expenditure
   * total is the sum of its other values (20.00 | 20.00 20.00, not 20.00 20.00 20.00 for the expenditure
   * alone).
   */
  @Test
  void importText_twoSidedAmountsBelow_splitBetweenTheSidesByTheirSums() throws IOException {
    DisclosureTable t = table(read(), TableKind.FISCAL_APPROPRIATION_SUMMARY);

    assertThat(rows(t)).containsExactly(
        "一、一般公共预算财政拨款 [in.c1=1,860.40]",
        "201 一、一般公共服务支出 [ex.c2=1,520.10, ex.c3=1,520.10]",
        "208 八、社会保障和就业支出 [ex.c2=210.30, ex.c3=210.30]",
        "210 九、卫生健康支出 [ex.c2=70.20, ex.c3=70.20]",
        "221 十九、住房保障支出 [ex.c2=59.80, ex.c3=59.80]",
        "本年收入合计 [in.c1=1,860.40]",
        "本年支出合计 [ex.c2=1,860.40, ex.c3=1,860.40]",
        "年初财政拨款结转和结余 [in.c1=20.00]",
        "年末财政拨款结转和结余 [ex.c2=20.00, ex.c3=20.00]",
        "一、一般公共预算财政拨款 [in.c1=20.00]",
        "总计 [in.c1=1,880.40]",
        "总计 [ex.c2=1,880.40, ex.c3=1,880.40]");
  }

  @Test
  void importText_amountsBelowTheirNames_raiseNoReadError() throws IOException {
    assertThat(read().report().problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
  }

  /**
   * Amounts printed above their labels (the rows open with a line of amounts) are no table of amounts
   * below: the line under 合计 stays the next row's.
   */
  @Test
  void inTable_rowsOpeningWithAmounts_areNotPrintedBelow() {
    List<SourceLine> lines = lines("1,200.00 300.00", "1,500.00", "合计", "1,200.00 300.00",
        "208 社会保障和就业支出 1,500.00");

    assertThat(AmountsBelow.inTable(lines, 0, false)).isFalse();
    // (from 合计 on: amounts above it, and a row after the amounts below it, which may be theirs)
    assertThat(AmountsBelow.inTable(lines, 2, false)).isFalse();
    assertThat(AmountsBelow.inTable(lines("合计", "1,872.90 1,860.40 12.50", "一般公共服务支出",
        "201 1,532.60 1,520.10 12.50"), 0, false)).isTrue();
  }

  /** Text printed in blocks: one 总计 of a two-sided table alone, or blank lines between the pieces. */
  @Test
  void inTable_blockText_isNotPrintedBelow() {
    assertThat(AmountsBelow.inTable(lines("年末结转和结余", "总计", "307.82", "注：本表反映…"), 0, true)).isFalse();
    assertThat(AmountsBelow.inTable(lines("年末结转和结余", "总计 总计", "", "307.82 307.82"), 0, true)).isFalse();
    assertThat(AmountsBelow.inTable(lines("年末结转和结余", "总计 总计", "307.82 307.82"), 0, true)).isTrue();
  }

  private static List<SourceLine> lines(String... text) {
    List<SourceLine> out = new java.util.ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(SourceLine.of(i + 1, text[i]));
    }
    return out;
  }
}
