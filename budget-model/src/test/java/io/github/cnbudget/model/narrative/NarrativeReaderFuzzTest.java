package io.github.cnbudget.model.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz test of the fact grammar: any text reads without an exception, and every sentence's unread
 * numbers are among its numbers. The committed corpus under {@code NarrativeReaderFuzzTestInputs/} is
 * replayed by every {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class NarrativeReaderFuzzTest {

  @FuzzTest
  void read(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    NarrativeReading r = NarrativeReader.read(List.of(Paragraph.of(text)));
    for (Sentence s : r.sentences()) {
      assertThat(s.unread().size()).isLessThanOrEqualTo(s.numbers());
    }
    assertThat(r.facts()).allSatisfy(f -> assertThat(f.paragraph()).isZero());
  }
}
