package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.Repair;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellReaderTest {
  private final List<Repair> repairs = new ArrayList<>();
  private final CellReader twoDecimals = new CellReader(2, repairs);

  @Test
  void read_cleanNumberWithSeparators_isNotARepair() {
    Cell c = twoDecimals.read("2,958", 4);

    assertThat(c.value()).contains(new BigDecimal("2958"));
    assertThat(c.printed()).isEqualTo("2,958");
    assertThat(c.isRepaired()).isFalse();
    assertThat(repairs).isEmpty();
  }

  @Test
  void read_blankInsideNumber_repairsAndRecordsTheLine() {
    Cell c = twoDecimals.read("461. 49", 7);

    assertThat(c.value()).contains(new BigDecimal("461.49"));
    assertThat(c.isRepaired()).isTrue();
    assertThat(c.printed()).isEqualTo("461. 49");
    assertThat(repairs).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(7);
      assertThat(r.printed()).isEqualTo("461. 49");
    });
  }

  @Test
  void read_commaForDecimalPoint_repairs() {
    assertThat(twoDecimals.read("461, 49", 1).value()).contains(new BigDecimal("461.49"));
    assertThat(twoDecimals.read("5 0.6 0", 1).value()).contains(new BigDecimal("50.60"));
  }

  @Test
  void read_lostDecimalPointInTwoDecimalDocument_repairs() {
    assertThat(twoDecimals.read("3 30", 1).value()).contains(new BigDecimal("3.30"));
    assertThat(new CellReader(0, repairs).read("3 30", 1).mark()).isEqualTo(CellMark.TEXT);
  }

  @Test
  void read_listOfNumbersOrText_staysText() {
    assertThat(twoDecimals.read("1 2 3 4", 1).mark()).isEqualTo(CellMark.TEXT);
    assertThat(twoDecimals.read("本表无数据", 1).mark()).isEqualTo(CellMark.TEXT);
    assertThat(twoDecimals.read("-", 1).mark()).isEqualTo(CellMark.DASH);
    assertThat(twoDecimals.read("", 1).mark()).isEqualTo(CellMark.BLANK);
  }

  @Test
  void repairSpills_movesDigitsBackAndKeepsThePrintedText() {
    List<String> cells = new ArrayList<>(Arrays.asList("合 计", "410.8", "9 50.6", "0"));

    Map<Integer, String> printed = twoDecimals.repairSpills(cells, 9);

    assertThat(cells).containsExactly("合 计", "410.89", "50.60", "");
    assertThat(printed).containsEntry(1, "410.8").containsEntry(2, "9 50.6");
    assertThat(repairs).extracting(Repair::value).containsExactly(new BigDecimal("410.89"), new BigDecimal("50.60"));
  }

  @Test
  void repairSpills_inWholeNumberDocument_changesNothing() {
    List<String> cells = new ArrayList<>(Arrays.asList("410.8", "9"));

    assertThat(new CellReader(0, repairs).repairSpills(cells, 1)).isEmpty();
    assertThat(cells).containsExactly("410.8", "9");
  }

  @Test
  void isAmountLike_acceptsCleanAndDamagedNumbers() {
    assertThat(CellReader.isAmountLike("1,868")).isTrue();
    assertThat(CellReader.isAmountLike("461. 49")).isTrue();
    assertThat(CellReader.isAmountLike("2023 年预算数")).isFalse();
  }
}
