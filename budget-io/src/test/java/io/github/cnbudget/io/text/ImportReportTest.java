package io.github.cnbudget.io.text;

import io.github.cnbudget.io.Repair;
import io.github.cnbudget.io.ReadProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
  private final ReadProblem error = ReadProblem.of(ReadProblem.Kind.VALUE_BEYOND_COLUMNS, Severity.ERROR, 12, "7", "value printed beyond the columns");
  private final ReadProblem info = ReadProblem.of(ReadProblem.Kind.PAGE_NUMBER_IN_TABLE, Severity.INFO, 3, "- 15 -", "page number");
  private final Repair repair = Repair.of(7, "461. 49", new BigDecimal("461.49"), "damaged number");

  @Test
  void of_copiesItsLists_andFiltersBySeverity() {
    List<ReadProblem> problems = new ArrayList<>(List.of(error, info));
    ImportReport r = ImportReport.of(problems, List.of(repair));
    problems.clear();

    assertThat(r.problems()).containsExactly(error, info);
    assertThat(r.problems(Severity.ERROR)).containsExactly(error);
    assertThat(r.repairs()).containsExactly(repair);
    assertThat(r.isComplete()).isFalse();
    assertThat(ImportReport.of(List.of(info), List.of()).isComplete()).isTrue();
  }

  @Test
  void equality_isByContent() {
    assertThat(ImportReport.of(List.of(error), List.of(repair))).isEqualTo(ImportReport.of(List.of(error), List.of(repair)))
        .hasSameHashCodeAs(ImportReport.of(List.of(error), List.of(repair)))
        .isNotEqualTo(ImportReport.of(List.of(), List.of(repair)));
  }

  @Test
  void kinds_haveDistinctKebabCodesAndBothLanguages() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (ReadProblem.Kind k : ReadProblem.Kind.values()) {
      assertThat(k.code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(codes.add(k.code())).as("unique %s", k.code()).isTrue();
      assertThat(k.chinese()).containsPattern("\\p{IsHan}");
      assertThat(k.english()).isNotBlank();
    }
    assertThat(error.code()).isEqualTo("value-beyond-columns");
    assertThat(error.kind()).isEqualTo(ReadProblem.Kind.VALUE_BEYOND_COLUMNS);
    assertThat(error).isNotEqualTo(ReadProblem.of(ReadProblem.Kind.TEXT_BEYOND_COLUMNS, Severity.ERROR, 12, "7",
        "value printed beyond the columns"));
  }

  @Test
  void kinds_areListedInTheImporterDocs() throws Exception {
    // the importer's kinds in its docs, the codecs' kinds (JSON_SYNTAX on) in the format docs
    String importer = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "text-importer.md"));
    String codecs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "json-format.md"));
    for (ReadProblem.Kind k : ReadProblem.Kind.values()) {
      boolean codec = k.ordinal() >= ReadProblem.Kind.JSON_SYNTAX.ordinal();
      assertThat(codec ? codecs : importer).as("docs list %s", k.code()).contains("| `" + k.code() + "` |");
    }
  }

  @Test
  void problemAndRepair_haveCanonicalTextAndRejectBadLines() {
    assertThat(error).hasToString("ERROR line 12: value printed beyond the columns: 7");
    assertThat(repair).hasToString("line 7: '461. 49' -> 461.49 (damaged number)");
    assertThatThrownBy(() -> ReadProblem.of(ReadProblem.Kind.ROW_WITHOUT_LABEL, Severity.INFO, -1, "x", "y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Repair.of(0, "x", BigDecimal.ONE, "y")).isInstanceOf(IllegalArgumentException.class);
  }
}
