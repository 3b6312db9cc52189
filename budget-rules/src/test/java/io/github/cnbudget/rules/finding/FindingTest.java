package io.github.cnbudget.rules.finding;

import io.github.cnbudget.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding sample() {
    return Finding.builder("rollup-mismatch", "tree-rollup", Severity.ERROR)
        .location(Location.at("/tables/2/rows/5/cells/total"))
        .values(new BigDecimal("1010.00"), new BigDecimal("1000.00")).tolerance(new BigDecimal("0.02"))
        .arguments("支出总表", "21015", "款", "合计", new BigDecimal("1000.00"), new BigDecimal("1010.00")).build();
  }

  @Test
  void difference_isActualMinusExpected() {
    assertThat(sample().difference()).contains(new BigDecimal("-10.00"));
  }

  @Test
  void message_rendersBothBundles() {
    Finding f = sample();
    assertThat(f.messageZh()).isEqualTo("支出总表：21015（款）在“合计”列为 1000.00，而其下级科目合计为 1010.00");
    assertThat(f.message(Locale.ENGLISH)).contains("21015").contains("1010.00").contains("children");
    assertThat(f.message(Locale.GERMAN)).isEqualTo(f.messageEn());
  }

  @Test
  void message_argumentsAreNotInterpreted() {
    Finding f = Finding.builder("empty-table-without-statement", "x", Severity.WARNING)
        .arguments("{0} ${x} #{y} '").build();
    assertThat(f.messageEn()).contains("{0} ${x} #{y} '");
  }

  @Test
  void builder_rejectsNonKebabCodes() {
    assertThatThrownBy(() -> Finding.builder("RollupMismatch", "r", Severity.ERROR).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.builder("a--b", "r", Severity.ERROR).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withSeverity_changesOnlySeverity() {
    Finding f = sample();
    Finding w = f.withSeverity(Severity.WARNING);
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.location()).isEqualTo(f.location());
    assertThat(w.expected()).isEqualTo(f.expected());
    assertThat(f.withSeverity(Severity.ERROR)).isSameAs(f);
  }

  @Test
  void toString_showsCodeLocationAndValues() {
    assertThat(sample().toString())
        .isEqualTo("ERROR rollup-mismatch at /tables/2/rows/5/cells/total: expected 1010.00, actual 1000.00 (tolerance 0.02)");
  }

  @Test
  void isKebab_asThePattern() {
    String alphabet = "ab09-_A ";
    io.github.cnbudget.testkit.PropertyChecks.forAll(20_000, r -> {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(7); i > 0; i--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      return b.toString();
    }, s -> assertThat(Finding.isKebab(s)).as("[%s]", s).isEqualTo(Finding.KEBAB.matcher(s).matches()));
    assertThat(Finding.isKebab("rollup-mismatch")).isTrue();
    assertThat(Finding.isKebab("a--b")).isFalse();
    assertThat(Finding.isKebab("a-")).isFalse();
    assertThat(Finding.isKebab("1a")).isFalse();
  }
}
