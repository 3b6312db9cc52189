package io.github.cnbudget.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests: reading arbitrary text only ever throws {@link TargetParseException} (with an index
 * inside the text), and whatever is read survives the round trip through its canonical text.
 * {@code mvn verify} replays the committed corpus in {@code TargetFuzzTestInputs}; set
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class TargetFuzzTest {

  @FuzzTest
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Target t;
    try {
      t = Target.parse(text);
    } catch (TargetParseException e) {
      assertThat(e.parsedText()).isEqualTo(text);
      assertThat(e.errorIndex()).isBetween(0, text.length());
      return;
    }
    assertThat(t.printed()).isEqualTo(text);
    assertThat(Target.parse(t.toString())).isEqualTo(t);
  }

  /** The input is split on its first two tabs into 指标性质, 指标值 and 度量单位. */
  @FuzzTest
  void ofParts(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    String[] parts = text.split("\t", 3);
    String nature = parts[0];
    String value = parts.length > 1 ? parts[1] : "";
    String unit = parts.length > 2 ? parts[2] : "";
    String joined = nature + "\t" + value + "\t" + unit;
    Target t;
    try {
      t = Target.ofParts(nature, value, unit);
    } catch (TargetParseException e) {
      assertThat(e.parsedText()).isEqualTo(joined);
      assertThat(e.errorIndex()).isBetween(0, joined.length());
      return;
    }
    assertThat(Target.parse(t.toString())).isEqualTo(t);
  }
}
