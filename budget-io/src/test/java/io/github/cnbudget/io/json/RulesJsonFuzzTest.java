package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import java.io.IOException;

/**
 * Arbitrary bytes read as a finding or a not-checked item through the Jackson module raise only a
 * {@link CodecException} (what the module refuses) or Jackson's own exception (what is not JSON, or
 * not text in the encoding Jackson detects);
 * whatever is read writes back and reads back equal. {@code mvn verify} replays the committed corpus
 * in {@code RulesJsonFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing.md).
 */
class RulesJsonFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new BudgetJsonModule());

  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) throws IOException {
    if (data == null) {
      return;
    }
    check(data, Finding.class);
    check(data, NotChecked.class);
  }

  private static <T> void check(byte[] data, Class<T> type) throws IOException {
    T value;
    try {
      value = MAPPER.readValue(data, type);
    } catch (CodecException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    } catch (JsonProcessingException e) {
      // not JSON, or JSON of another shape than an object: Jackson's own report
      return;
    } catch (java.io.CharConversionException e) {
      // bytes Jackson takes for UTF-32 (four bytes, three of them zero) and then cannot decode: its
      // decoder's report, before any JSON reaches the module
      return;
    }
    if (value == null) {
      // the JSON literal null reads as no value, as Jackson reads it for every type
      return;
    }
    assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(value), type)).isEqualTo(value);
  }
}
