package io.github.cnbudget.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzz test: the scoring engine reads arbitrary printed targets and actual values (OCR damage
 * included) without throwing, and any ratio it gives lies between 0 and 1. {@code mvn verify}
 * replays the committed corpus in {@code ScoringEngineFuzzTestInputs}; set {@code JAZZER_FUZZ=1} to
 * fuzz.
 */
class ScoringEngineFuzzTest {
  /** The input is split on its first tab into the target and the actual value. */
  @FuzzTest
  void ratio_neverThrows_staysInZeroOne(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int tab = text.indexOf('\t');
    String target = tab < 0 ? text : text.substring(0, tab);
    String actual = tab < 0 ? "" : text.substring(tab + 1);
    Optional<BigDecimal> r = ScoringEngine.defaults().ratio(target, actual);
    r.ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
  }
}
