package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.performance.LabelledAmounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingLineTest {
  private static final List<String> COLUMNS = List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");

  private static Optional<LabelledAmounts> read(String label, String... lines) {
    FundingLine f = new FundingLine(List.of(label.split(" ")), 7);
    for (String l : lines) {
      assertThat(FundingLine.isValues(List.of(l.split(" ")))).isTrue();
      f.runOn(List.of(l.split(" ")));
    }
    return f.read(COLUMNS);
  }

  @Test
  void read_oneValuePerColumn_printedAsIs() {
    assertThat(read("上年结转资金 0.00 0.00 0.00 — 0.00 —")).hasValueSatisfying(f -> {
      assertThat(f.line()).hasValue(7);
      assertThat(f.cells().get("分值").printed()).isEqualTo("—");
    });
  }

  @Test
  void read_lastDecimalWrappedOntoTheNextLine_joinedKeepingWhatWasPrinted() {
    assertThat(read("年度资金总额 24772100.00 23023000.00", "13223551.7", "1", "10 57% 5.7")).hasValueSatisfying(f -> {
      assertThat(f.cells().get("全年执行数").value()).contains(new BigDecimal("13223551.71"));
      assertThat(f.cells().get("全年执行数").printed()).isEqualTo("13223551.7 1");
      assertThat(f.cells().get("得分").printed()).isEqualTo("5.7");
    });
  }

  @Test
  void read_runOnThatIsNotTheMissingDecimals_notRead() {
    // the piece has the line's decimals already; a number below it is a value of its own
    assertThat(read("年度资金总额 100.00 100.00", "90.00", "1", "10 90% 9")).isEmpty();
    // the digits below are more than the missing decimals
    assertThat(read("年度资金总额 100.00 100.00", "90.1", "23", "10 90% 9")).isEmpty();
    // amounts before it printed with different decimals: no published scale to complete
    assertThat(read("年度资金总额 100.0 100.00", "90.1", "2", "10 90% 9")).isEmpty();
    assertThat(read("年度资金总额 100.00 100.00", "90.00")).isEmpty();
  }

  @Test
  void isValues_amountsPercentagesAndDashesOnly() {
    assertThat(FundingLine.isValues(List.of("1,150.2", "57%", "—", "-"))).isTrue();
    assertThat(FundingLine.isValues(List.of("其中：当年财政拨款", "1.00"))).isFalse();
    assertThat(FundingLine.isValues(List.of())).isFalse();
  }
}
