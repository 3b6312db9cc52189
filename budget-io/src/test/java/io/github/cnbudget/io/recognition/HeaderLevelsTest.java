package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A “三公” table's header as PDFBox prints it: the vehicle group's label, set in the middle of its
 * two-line cell, on a line of its own above its siblings, and 机关运行经费预算数 cut around it. Before,
 * the header read as no levels and the seven values stood under 栏1 … 栏7.
 */
class HeaderLevelsTest {
  private static final List<String> PRINTED = List.of("2024年“三公”经费预算数", "2024年机关运行经", "公务用车购置及运行费",
      "费预算数", "合计 因公出国(境)费 公务接待费", "小计 购置费 运行费");

  @Test
  void rearranged_headerOutOfItsLevelsOrder_readsTheLevelsTheValuesAddUpUnder() {
    // 47.91 = 0 + 1.35 + 46.56 and 46.56 = 25 + 21.56: the vehicle group stands after 公务接待费
    assertThat(HeaderLevels.rearranged(PRINTED, List.of("47.91", "0", "1.35", "46.56", "25", "21.56", "443.18")))
        .hasValue(List.of(
            List.of("2024年“三公”经费预算数", "合计"),
            List.of("2024年“三公”经费预算数", "因公出国（境）费"),
            List.of("2024年“三公”经费预算数", "公务接待费"),
            List.of("2024年“三公”经费预算数", "公务用车购置及运行费", "小计"),
            List.of("2024年“三公”经费预算数", "公务用车购置及运行费", "购置费"),
            List.of("2024年“三公”经费预算数", "公务用车购置及运行费", "运行费"),
            List.of("2024年机关运行经费预算数")));
  }

  @Test
  void rearranged_valuesOfTheOtherOrder_putTheGroupWhereTheyAddUp() {
    // the national template's order: the vehicle group before 公务接待费 (10 = 0 + 8 + 2, 8 = 3 + 5)
    assertThat(HeaderLevels.rearranged(PRINTED, List.of("10", "0", "8", "3", "5", "2", "40")))
        .hasValueSatisfying(paths -> assertThat(paths).extracting(p -> p.get(p.size() - 1))
            .containsExactly("合计", "因公出国（境）费", "小计", "购置费", "运行费", "公务接待费", "2024年机关运行经费预算数"));
  }

  @Test
  void rearranged_valuesThatSettleNothing_giveNoReading() {
    // every value 0: every arrangement adds up, so none is taken
    assertThat(HeaderLevels.rearranged(PRINTED, List.of("0", "0", "0", "0", "0", "0", "0"))).isEmpty();
    // a dash cannot be added
    assertThat(HeaderLevels.rearranged(PRINTED, List.of("47.91", "-", "1.35", "46.56", "25", "21.56", "443.18"))).isEmpty();
  }

  @Test
  void importText_threePublicTableWithItsHeaderOutOfOrder_readsTheColumnsOfTheHeaderInLevelsOrder() {
    DisclosureTable outOfOrder = table(String.join("\n", PRINTED));
    DisclosureTable inOrder = table(String.join("\n", "2024年“三公”经费预算数 2024年机关运行经费预算数",
        "合计 因公出国(境)费 公务接待费 公务用车购置及运行费", "小计 购置费 运行费"));

    assertThat(outOfOrder.columns()).isEqualTo(inOrder.columns());
    assertThat(outOfOrder.columns()).extracting(Column::concept)
        .contains(Concept.OVERSEAS_TRAVEL, Concept.OFFICIAL_RECEPTION, Concept.ADMINISTRATIVE_EXPENSES);
    assertThat(outOfOrder.rows().get(0).cells()).isEqualTo(inOrder.rows().get(0).cells());
  }

  private static DisclosureTable table(String header) {
    String text = String.join("\n", "上海市普陀区某街道办事处2024年部门预算", "", "部门“三公”经费和机关运行经费预算表",
        "编制部门：上海市普陀区某街道办事处 单位:万元", header, "47.91 0 1.35 46.56 25 21.56 443.18", "注:本表金额单位为万元。");
    return DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);
  }
}
