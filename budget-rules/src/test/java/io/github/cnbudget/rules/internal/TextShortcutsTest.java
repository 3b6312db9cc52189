package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.testkit.Gen;
import io.github.cnbudget.testkit.PropertyChecks;
import org.junit.jupiter.api.Test;

/**
 * The hand-written text checks that replaced regular expressions in the rules' per-row and
 * per-indicator paths answer exactly as the expressions they replaced, on texts made of the
 * characters those expressions treat specially (blanks, line breaks, punctuation, numerals).
 */
class TextShortcutsTest {
  private static final String ALPHABET = " \t\n\r\u000B\f\u3000\u0085\u2028\u2029。．.，,；;:：）)（(、率效频完成一二十廿百零般05９０a%";

  private static final Gen<String> TEXT = r -> {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(8); i > 0; i--) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  };

  @Test
  void trimTrailing_asTheExpression() {
    PropertyChecks.forAll(20_000, TEXT, s -> assertThat(RateUnitRule.trimTrailing(s)).as("[%s]", s)
        .isEqualTo(s.replaceAll("[\\s\\u3000。．.，,；;:：）)]+$", "")));
    assertThat(RateUnitRule.trimTrailing("完成率。\u2028")).isEqualTo("完成率\u2028");
    assertThat(RateUnitRule.isRateName("完成率。\u2028")).isTrue();
  }

  @Test
  void hasDigitOnOneLine_asMatches() {
    PropertyChecks.forAll(20_000, TEXT, s -> assertThat(RateUnitRule.hasDigitOnOneLine(s)).as("[%s]", s)
        .isEqualTo(s.matches(".*[0-9０-９].*")));
    assertThat(RateUnitRule.hasDigitOnOneLine("≥5\n个")).isFalse();
  }

  @Test
  void norm_asReplaceAll() {
    PropertyChecks.forAll(20_000, TEXT, s -> assertThat(TargetConsistencyRule.norm(s)).as("[%s]", s)
        .isEqualTo(s.replaceAll("[\\s\\u3000]", "")));
  }

  @Test
  void stripOrdinal_asOrdinalStripPrefix() {
    PropertyChecks.forAll(20_000, TEXT, s -> assertThat(Tables.stripOrdinal(s)).as("[%s]", s)
        .isEqualTo(Ordinal.stripPrefix(s)));
    assertThat(Tables.stripOrdinal("二十一、其他支出")).isEqualTo("其他支出");
    assertThat(Tables.stripOrdinal("（六）卫生健康支出")).isEqualTo("卫生健康支出");
    assertThat(Tables.stripOrdinal("一般公共服务支出")).isEqualTo("一般公共服务支出");
  }

  @Test
  void boundedCache_computesOnceThenStopsGrowing() {
    int[] calls = {0};
    BoundedCache<String, String> c = new BoundedCache<>(2, s -> {
      calls[0]++;
      return s + "!";
    });
    assertThat(c.get("a")).isEqualTo("a!");
    assertThat(c.get("a")).isEqualTo("a!");
    assertThat(calls[0]).isEqualTo(1);
    c.get("b");
    assertThat(c.get("c")).isEqualTo("c!");
    assertThat(c.get("c")).isEqualTo("c!");
    assertThat(calls[0]).isEqualTo(4); // full after a and b: c is computed on each call
  }

}
