package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileReportTest {
  @Test
  void count_countsOneSeverity() {
    FileReport r = Views.report("a.txt", List.of(Views.finding("ERROR", "x"), Views.bare("WARNING", "y"), Views.finding("ERROR", "z")),
        List.of());
    assertThat(r.count(FindingView.ERROR)).isEqualTo(2);
    assertThat(r.count(FindingView.WARNING)).isEqualTo(1);
    assertThat(r.count(FindingView.INFO)).isZero();
  }

  @Test
  void of_failedOutcome_isFailedReport() {
    FileOutcome<FileReport> o = new FileOutcome<>(Input.of(Path.of("b.json")), Optional.empty(), Optional.of("CodecException: bad"));
    FileReport r = FileReport.of(o);
    assertThat(r.source()).isEqualTo("b.json");
    assertThat(r.failure()).contains("CodecException: bad");
    assertThat(r.documents()).isEmpty();
  }

  @Test
  void of_successfulOutcome_isTheTasksReport() {
    FileReport mine = Views.report("a.txt", List.of(), List.of());
    assertThat(FileReport.of(new FileOutcome<>(Input.of(Path.of("a.txt")), Optional.of(mine), Optional.empty()))).isSameAs(mine);
  }
}
