package io.github.cnbudget.rules.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static Finding f(String pointer, Severity s) {
    return Finding.builder("rollup-mismatch", "tree-rollup", s).location(Location.at(pointer)).build();
  }

  @Test
  void of_sortsNumericSegmentsAsNumbers() {
    ValidationReport r = ValidationReport.of(List.of(f("/tables/10/rows/1", Severity.ERROR),
        f("/tables/9/rows/2", Severity.INFO), f("/tables/9/rows/10", Severity.WARNING), f("", Severity.ERROR)));
    assertThat(r.findings()).extracting(x -> x.location().pointer())
        .containsExactly("", "/tables/9/rows/2", "/tables/9/rows/10", "/tables/10/rows/1");
  }

  @Test
  void counts_bySeverity() {
    ValidationReport r = ValidationReport.of(List.of(f("/a", Severity.ERROR), f("/b", Severity.ERROR),
        f("/c", Severity.INFO)));
    assertThat(r.count(Severity.ERROR)).isEqualTo(2);
    assertThat(r.count(Severity.WARNING)).isZero();
    assertThat(r.count(Severity.INFO)).isEqualTo(1);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r).hasToString("2 errors, 0 warnings, 1 infos");
  }

  @Test
  void of_limitKeepsMostSeriousAndMarksTruncation() {
    ValidationReport r = ValidationReport.of(List.of(f("/a", Severity.INFO), f("/b", Severity.ERROR),
        f("/c", Severity.WARNING)), 2);
    assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    assertThat(r.isTruncated()).isTrue();
  }

  @Test
  void of_isStableWhateverTheInputOrder() {
    List<Finding> a = List.of(f("/x", Severity.INFO), f("/x", Severity.ERROR), f("/a", Severity.WARNING));
    List<Finding> b = List.of(a.get(2), a.get(0), a.get(1));
    assertThat(ValidationReport.of(a).findings()).isEqualTo(ValidationReport.of(b).findings());
  }

  @Test
  void plus_addsAndResorts() {
    ValidationReport r = ValidationReport.of(List.of(f("/b", Severity.ERROR))).plus(List.of(f("/a", Severity.INFO)));
    assertThat(r.findings()).extracting(x -> x.location().pointer()).containsExactly("/a", "/b");
    assertThat(r.findings("rollup-mismatch")).hasSize(2);
    assertThat(r.findings(Severity.INFO)).hasSize(1);
  }
}
