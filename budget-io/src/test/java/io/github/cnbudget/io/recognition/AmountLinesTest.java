package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tall rows printed a line at a time: amounts on lines of their own, above their code and name (cells
 * centred while others are not) or below a name printed alone, go to the row whose empty columns they
 * fill. Before, each such line was a row without a label and its row lacked the amounts.
 */
class AmountLinesTest {
  private static final String HEAD = String.join("\n", "上海市某区财政局2024年度部门决算", "支出决算表", "单位：万元",
      "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出");

  private static List<String> rows(DisclosureTable t) {
    return t.rows().stream().map(AmountLinesTest::describe).toList();
  }

  private static String describe(Row r) {
    return r.code().map(c -> c.digits()).orElse(r.label()) + " " + r.cells().values().stream().map(c -> c.printed()).toList();
  }

  @Test
  void importText_amountsAboveTheirLabel_goToTheRowBelowWhoseColumnsTheyFill() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", HEAD,
        "\t\t\t2,336.91\t603.14",
        "\t\t2,940.05\t\t",
        "\t合计\t\t\t",
        "\t\t\t1,503.52\t603.14",
        "201\t一般公共服务支出\t2,106.66\t\t",
        "\t\t\t1,503.52\t",
        "2010601\t行政运行\t1,511.89\t\t8.37",
        "2010602\t一般行政管理事务\t10.00\t\t10.00",
        "\t\t\t\t135.25",
        "2010607\t信息化建设\t135.25\t\t"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(
        "合计 [2,940.05, 2,336.91, 603.14]",
        "201 [2,106.66, 1,503.52, 603.14]",
        "2010601 [1,511.89, 1,503.52, 8.37]",
        "2010602 [10.00, 10.00]",
        "2010607 [135.25, 135.25]");
    assertThat(r.report().problems()).noneMatch(p -> p.kind() == ReadProblem.Kind.ROW_WITHOUT_LABEL);
  }

  @Test
  void importText_amountsBelowANamePrintedAlone_goToThatRow_alsoAtTheTablesEnd() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", HEAD,
        "2080505\t机关事业单位基本养老保险缴费支出\t\t\t",
        "\t\t160.75\t160.75\t",
        "2080506\t机关事业单位职业年金缴费支出\t80.38\t80.38\t",
        "2080599\t其他行政事业单位养老支出\t\t\t",
        "\t\t0.94\t0.94\t"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(
        "2080505 [160.75, 160.75]", "2080506 [80.38, 80.38]", "2080599 [0.94, 0.94]");
  }

  @Test
  void importText_amountsThatFitNoNeighbour_stayARowWithoutLabel_reported() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", HEAD,
        "201\t一般公共服务支出\t2,106.66\t1,503.52\t603.14",
        "\t\t9.00\t9.00\t",
        "20106\t财政事务\t2,106.66\t1,503.52\t603.14"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(
        "201 [2,106.66, 1,503.52, 603.14]", " [9.00, 9.00]", "20106 [2,106.66, 1,503.52, 603.14]");
    assertThat(r.report().problems()).filteredOn(p -> p.kind() == ReadProblem.Kind.ROW_WITHOUT_LABEL)
        .extracting(ReadProblem::line).containsExactly(6);
  }

  /** Items printing nothing above the line (a summary's 类 with blank amounts) do not take the total's amounts. */
  @Test
  void importText_amountsBetweenABlankItemAndTheTotal_goToTheTotalBelow() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", HEAD,
        "201\t一般公共服务支出\t\t\t",
        "202\t外交支出\t\t\t",
        "\t\t\t2,336.91\t603.14",
        "\t合计\t2,940.05\t\t"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(
        "201 []", "202 []", "合计 [2,940.05, 2,336.91, 603.14]");
  }

  /**
   * Text with one blank between cells: the amounts printed on the line above their label go to the row
   * below when it prints none of them; never to a row above, since without columns their order is all
   * that places them.
   */
  @Test
  void importText_singleSpacedAmountsAboveTheirLabel_goToTheRowBelowOnly() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "上海市某区财政局2024年度部门决算",
        "一般公共预算财政拨款支出决算表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
        "2,940.05 2,336.91 603.14", "合计", "201 一般公共服务支出 2,106.66 1,503.52 603.14", "202 外交支出",
        "9.00 9.00 0.00"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly("合计 [2,940.05, 2,336.91, 603.14]",
        "201 [2,106.66, 1,503.52, 603.14]", "202 []", " [9.00, 9.00, 0.00]");
  }

  /**
   * A fiscal summary as PDFBox prints it: the expenditure side's 合计 and its source set higher than the
   * row's label, one of them printed on the line above with the income side's amount. The amounts of
   * both lines are the row's — the one the others sum to its total — and its source is then settled as
   * the other rows' are. Before, the line above was a row without a name and the total row kept one
   * amount, which left every expenditure row's source unplaced.
   */
  @Test
  void importText_twoSidedTotalsSplitOverTwoLines_joinTheRowTheirSumNames() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "上海市某区财政局2024年度部门决算", "",
        "财政拨款收入支出决算总表", "单位：万元", "收入 支出",
        "项目 决算数 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款",
        "一、一般公共预算财政拨款 100.00 一、一般公共服务支出 60.00 60.00",
        "二、政府性基金预算财政拨款 八、社会保障和就业支出 40.00 40.00",
        "100.00 100.00",
        "本年收入合计 本年支出合计 100.00"));

    DisclosureTable t = r.disclosure().tables().get(0);
    Row total = t.rows().stream().filter(x -> x.label().equals("本年支出合计")).findFirst().orElseThrow();
    assertThat(total.cells().values()).extracting(c -> c.printed()).containsExactly("100.00", "100.00");
    assertThat(t.rows()).noneMatch(x -> x.label().isBlank());
    assertThat(t.rows()).allSatisfy(x -> assertThat(x.unplaced()).isEmpty());
    assertThat(rows(t)).contains("201 [60.00, 60.00]", "208 [40.00, 40.00]");
  }
}
