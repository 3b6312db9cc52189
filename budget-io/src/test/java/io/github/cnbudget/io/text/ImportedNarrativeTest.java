package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.NarrativeReading;
import io.github.cnbudget.model.narrative.Sentence;
import io.github.cnbudget.model.narrative.Topic;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The narrative as the importer delivers it, on the four seed texts and the seven real PDFs: the
 * explanatory sections reach the narrative (pages of the narrative after the last table and after
 * 名词解释 included), and the share of sentences with a number whose numbers were all read stays at the
 * level measured in docs/narrative.md (the table there is this test's output: run it and read the
 * {@code narrative} lines on standard output).
 */
class ImportedNarrativeTest {
  private static final DisclosureImporter IMPORTER = DisclosureImporter.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // document, paragraphs at least, sentences with a number at least, read share at least (%)
      "seed:0, 60, 55, 100",
      "seed:1, 15, 7, 100",
      "seed:2, 200, 80, 45",
      "seed:3, 40, 20, 95",
      "putuo-finance-bureau-2024-final, 45, 28, 100",
      "putuo-gov-office-2025-budget, 40, 25, 100",
      "putuo-gov-office-2025-unit-budget, 35, 25, 100",
      "putuo-social-work-dept-2024-final, 35, 25, 100",
      "putuo-wanli-street-2023-budget, 75, 80, 100",
      "putuo-wanli-street-2024-budget, 70, 75, 100",
      "template-2024-final-account, 40, 0, 0"})
  void narrativeIsCollectedAndRead(String name, int minParagraphs, int minSentences, int minShare) {
    Disclosure d = name.startsWith("seed:")
        ? IMPORTER.importText(Layouts.seed(Integer.parseInt(name.substring(5)))).disclosure()
        : IMPORTER.importPdf(Path.of("src/test/resources/pdf/" + name + ".pdf")).disclosure();
    NarrativeReading r = d.narrative().reading();
    long withNumber = r.sentences().stream().filter(s -> s.numbers() > 0).count();
    long read = r.sentences().stream().filter(s -> s.numbers() > 0).filter(Sentence::isRead).count();
    long known = r.facts().stream().filter(f -> f.topic() != Topic.OTHER).count();
    System.out.printf("narrative %s: %d paragraphs, %d sentences with a number, %d read (%.0f%%), %d facts, %d of a"
        + " known topic%n", name, d.narrative().paragraphs().size(), withNumber, read,
        withNumber == 0 ? 100.0 : 100.0 * read / withNumber, r.facts().size(), known);
    assertThat(d.narrative().paragraphs()).hasSizeGreaterThanOrEqualTo(minParagraphs);
    assertThat(withNumber).isGreaterThanOrEqualTo(minSentences);
    assertThat(withNumber == 0 ? 100 : 100 * read / withNumber).isGreaterThanOrEqualTo(minShare);
    assertThat(r.facts()).allSatisfy((Fact f) -> assertThat(f.sentence()).isNotBlank());
  }

  @org.junit.jupiter.api.Test
  void socialWorkDepartment_statesItHadNoThreePublicExpenses() {
    // p.20: 七、财政拨款“三公”经费支出决算情况说明 — 2024年度无“三公”经费财政拨款支出, printed after the last
    // table's notes; read as narrative, it needs no 团组, 人次 or 保有量 of items that did not occur
    Disclosure d = IMPORTER.importPdf(Path.of("src/test/resources/pdf/putuo-social-work-dept-2024-final.pdf")).disclosure();
    assertThat(d.narrative().paragraphs()).anySatisfy(p -> {
      assertThat(p.text()).contains("无“三公”经费财政拨款支出");
      assertThat(p.page()).hasValue(20);
    });
    assertThat(io.github.cnbudget.rules.Rules.defaults().pick("narrative-required-statements").validate(d).findings())
        .isEmpty();
  }
}
