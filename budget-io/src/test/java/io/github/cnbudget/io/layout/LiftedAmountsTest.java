package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiftedAmountsTest {

  @Test
  void lifted_amountsLineAboveACodeLine_joinsIt() {
    assertThat(LiftedAmounts.lifted(List.of("301 2,082.85", "工资福利支出", "", "262.33", "301 01", "基本工资")))
        .containsExactly("301 2,082.85", "工资福利支出", "", "301 01 262.33", "基本工资");
  }

  @Test
  void lifted_amountsLineAboveATotalsName_joinsIt() {
    assertThat(LiftedAmounts.lifted(List.of("2,152.26", "人员经费合计"))).containsExactly("人员经费合计 2,152.26");
  }

  @Test
  void lifted_amountsAfterANameOrAboveAnAmount_stayAsPrinted() {
    List<String> lines = List.of("30101 基本工资", "262.33", "301 01 200.00", "工资福利支出 1,000", "基本工资");
    assertThat(LiftedAmounts.lifted(lines)).isEqualTo(lines);
  }
}
