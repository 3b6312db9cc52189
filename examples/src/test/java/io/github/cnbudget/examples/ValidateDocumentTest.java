package io.github.cnbudget.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidateDocumentTest {
  private static final Path SEED_000 = Path.of("data", "000_ff2a909ca0d0a799.txt");

  @Test
  void validate_seed000_findsThePrintedTypo() {
    // the summary table prints 单位资金 as 2958 while its items add up to 2985
    ValidationReport report = ValidateDocument.validate(ValidateDocument.read(SEED_000));
    assertThat(report.findings(Severity.ERROR)).anySatisfy(f -> {
      assertThat(f.actual()).contains(new BigDecimal("2958"));
      assertThat(f.expected()).contains(new BigDecimal("2985"));
    });
  }

  @Test
  void validate_consistentBuiltDocument_hasNoArithmeticErrors() {
    Disclosure d = BuildDocument.document();
    assertThat(ValidateDocument.validate(d).findings(Severity.ERROR))
        .noneSatisfy(f -> assertThat(f.ruleId()).isIn("tree-rollup", "column-identity"));
  }

  @Test
  void print_endsWithCounts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationReport report = ValidateDocument.validate(ValidateDocument.read(SEED_000));
    ValidateDocument.print(report, Locale.ENGLISH, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(report.findings().size() + 1);
    assertThat(lines[lines.length - 1]).isEqualTo(report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
        + " warnings, " + report.count(Severity.INFO) + " infos");
  }
}
