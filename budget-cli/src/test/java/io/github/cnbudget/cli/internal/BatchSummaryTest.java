package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
  @Test
  void of_addsUpEveryReport() {
    BatchSummary s = BatchSummary.of(List.of(
        Views.report("a", List.of(Views.finding("ERROR", "r"), Views.finding("INFO", "i")), List.of(Views.problem(3))),
        Views.report("b", List.of(Views.bare("WARNING", "w")), List.of(Views.problem(4), Views.problem(5))),
        FileReport.failed("c", "no such file")));
    assertThat(s).isEqualTo(new BatchSummary(3, 2, 1, 1, 1, 1, 3));
  }

  @Test
  void exitCode_isZeroWithoutErrors() {
    assertThat(BatchSummary.of(List.of(Views.report("a", List.of(Views.bare("WARNING", "w")), List.of()))).exitCode()).isZero();
  }

  @Test
  void exitCode_isOneWithErrorFindings() {
    assertThat(BatchSummary.of(List.of(Views.report("a", List.of(Views.bare("ERROR", "e")), List.of()))).exitCode()).isEqualTo(1);
  }

  @Test
  void exitCode_isTwoWhenAnInputFailedEvenWithErrors() {
    assertThat(BatchSummary.of(List.of(Views.report("a", List.of(Views.bare("ERROR", "e")), List.of()),
        FileReport.failed("b", "no such file"))).exitCode()).isEqualTo(2);
  }
}
