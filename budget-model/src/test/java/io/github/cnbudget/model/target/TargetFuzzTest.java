package io.github.cnbudget.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests: reading arbitrary text only ever throws {@link TargetParseException} (with an index
 * inside the text), and whatever is read survives the round trip through its canonical text.
 * {@code mvn verify} replays the committed corpus in {@code TargetFuzzTestInputs}; set
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class TargetFuzzTest {

  // Pieces of the language, so that fuzzing reaches deadlines, ranges and brackets, which random
  // bytes rarely spell.
  private static final String[] TOKENS = {
    "≥", "≤", ">", "<", "=", "＝", "≧", ">=", "约", "各", "不低于", "不超过", "±", "/", "（", "）", "(", ")", "-", ".",
    ",", " ", "\u3000", "\t", "0", "1", "2", "3", "9", "12", "31", "100", "2023", "1900", "2199", "０", "%", "％", "个",
    "万人", "人次", "个工作日", "年", "月", "日", "号", "底", "末", "年底", "前", "完成", "及时", "是", "有效提高",
    "预算执行率", "<u>", "</u>", "^", "Ш", "٨١", "\\", "A", "“", "定性", "达到", "以上", "以下", "以内", "左右", "—",
  };

  @FuzzTest
  void parseTokens(FuzzedDataProvider data) {
    StringBuilder b = new StringBuilder();
    int n = data.consumeInt(0, 24);
    for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
      b.append(data.pickValue(TOKENS));
    }
    parse(b.toString().getBytes(StandardCharsets.UTF_8));
  }

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
