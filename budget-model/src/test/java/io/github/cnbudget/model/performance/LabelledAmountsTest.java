package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.table.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledAmountsTest {

  @Test
  void cells_keepPrintedColumnOrder() {
    LabelledAmounts l = LabelledAmounts.builder().label("年度资金总额").putCells("年初预算数", Cell.of("100"))
        .putCells("全年预算数", Cell.of("120")).putCells("得分", Cell.of("9.50")).build();
    assertThat(List.copyOf(l.cells().keySet())).containsExactly("年初预算数", "全年预算数", "得分");
    assertThat(l.description()).isEmpty();
    assertThat(l.line()).isEmpty();
    assertThat(l).isEqualTo(LabelledAmounts.builder().label("年度资金总额").putCells("年初预算数", Cell.of("100"))
        .putCells("全年预算数", Cell.of("120")).putCells("得分", Cell.of("9.50")).build());
  }
}
