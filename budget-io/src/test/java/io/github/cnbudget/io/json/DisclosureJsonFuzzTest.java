package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.model.Disclosure;
import java.io.ByteArrayInputStream;

/**
 * Arbitrary bytes, truncations and mutations of valid JSON raise only {@link CodecException}; whatever
 * is read writes back canonically and reads back equal. {@code mvn verify} replays the committed
 * corpus in {@code DisclosureJsonFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class DisclosureJsonFuzzTest {
  private static final DisclosureJson JSON = DisclosureJson.defaults();

  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) {
    if (data == null) {
      return;
    }
    Disclosure d;
    try {
      d = JSON.readBytes(data);
    } catch (CodecException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    byte[] canonical = JSON.writeBytes(d);
    assertThat(JSON.readBytes(canonical)).isEqualTo(d);
  }

  @FuzzTest(maxDuration = "30s")
  void readLenient(byte[] data) {
    if (data == null) {
      return;
    }
    JsonReadResult r;
    try {
      r = JSON.readLenient(new String(data, java.nio.charset.StandardCharsets.UTF_8));
    } catch (CodecException e) {
      return;
    }
    String again = JSON.write(r);
    assertThat(JSON.readLenient(again).document()).isEqualTo(r.document());
  }

  @FuzzTest(maxDuration = "30s")
  void readLines(byte[] data) {
    if (data == null) {
      return;
    }
    try (JsonLines.DocumentReader r = JsonLines.reader(new ByteArrayInputStream(data))) {
      while (r.hasNext()) {
        assertThat(r.next()).isNotNull();
      }
    } catch (CodecException e) {
      assertThat(e.position().line()).isPositive();
    }
  }
}
