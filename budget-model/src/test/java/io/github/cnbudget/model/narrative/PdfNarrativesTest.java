package io.github.cnbudget.model.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grammar on every sentence with a number of the seven real PDFs' narratives (copied as text into
 * {@code pdfs/}, one paragraph a line with its page; see {@code extract.py} there): nothing throws, and
 * the share of sentences whose numbers were all read stays at the level measured in docs/narrative.md.
 */
class PdfNarrativesTest {

  static Narrative load(String name) throws IOException {
    List<Paragraph> ps = new ArrayList<>();
    try (InputStream in = PdfNarrativesTest.class.getResourceAsStream("pdfs/" + name + ".txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t", 2);
        ps.add(Paragraph.builder().page(Integer.parseInt(parts[0])).text(parts[1]).build());
      }
    }
    return Narrative.of(ps);
  }

  @ParameterizedTest
  @ValueSource(strings = {"putuo-finance-bureau-2024-final", "putuo-gov-office-2025-budget",
      "putuo-gov-office-2025-unit-budget", "putuo-social-work-dept-2024-final", "putuo-wanli-street-2023-budget",
      "putuo-wanli-street-2024-budget"})
  void everySentenceWithANumberIsRead(String name) throws IOException {
    NarrativeReading r = load(name).reading();
    assertThat(r.sentences()).isNotEmpty();
    assertThat(r.unread()).isEmpty();
    assertThat(r.facts()).allSatisfy(f -> assertThat(f.sentence()).isNotBlank());
  }

  @Test
  void template_statesNoAmounts() throws IOException {
    NarrativeReading r = load("template-2024-final-account").reading();
    assertThat(r.facts()).hasSizeLessThan(3);
  }
}
