package io.github.cnbudget.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadResult;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosuresTest {
  private static final DisclosureJson JSON = DisclosureJson.defaults();

  @Test
  void read_json_givesTheDocumentWithoutProblems(@TempDir Path dir) {
    Disclosure d = TestDocuments.shenzhen2023();
    Path file = dir.resolve("d.JSON");
    JSON.write(d, file);

    assertThat(Disclosures.read(file)).isEqualTo(ReadResult.of(List.of(d), List.of()));
  }

  @Test
  void read_malformedJson_throwsItsKind(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\":1,");

    assertThatThrownBy(() -> Disclosures.read(file)).isInstanceOfSatisfying(CodecException.class,
        e -> assertThat(e.kind()).isEqualTo(ReadProblem.Kind.JSON_SYNTAX));
  }

  @Test
  void read_jsonLines_readsEveryLineAndReportsTheBadOnesAtTheirLine(@TempDir Path dir) throws Exception {
    Disclosure a = TestDocuments.shenzhen2023();
    Disclosure b = TestDocuments.imported(1);
    String text = JSON.writeString(a) + "\n\n{\"formatVersion\":1}\r\n" + JSON.writeString(b) + "\r\n";
    Path file = Files.writeString(dir.resolve("docs.jsonl"), text);

    ReadResult r = Disclosures.read(file);

    assertThat(r.documents()).containsExactly(a, b);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ReadProblem.Kind.MISSING_FIELD);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.position().file()).contains("docs.jsonl");
    });
  }

  @Test
  void read_jsonLines_lineOverTheBound_isSkippedAndReported(@TempDir Path dir) throws Exception {
    Disclosure a = TestDocuments.shenzhen2023();
    String line = JSON.writeString(a);
    int bytes = line.getBytes(StandardCharsets.UTF_8).length;
    Path file = Files.writeString(dir.resolve("docs.jsonl"), "[" + " ".repeat(bytes) + "]\n" + line);
    ReadSettings small = ReadSettings.defaults().withReadOptions(ReadOptions.defaults().withMaxDocumentLength(bytes));

    ReadResult r = Disclosures.read(file, small);

    assertThat(r.documents()).containsExactly(a);
    assertThat(r.problems()).extracting(ReadProblem::code, ReadProblem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("bound-exceeded", 1));
  }

  @Test
  void read_tidyCsvFolder_givesItsDocuments(@TempDir Path dir) {
    List<Disclosure> docs = List.of(TestDocuments.shenzhen2023(), TestDocuments.imported(2));
    TidyCsv.defaults().write(docs, dir);

    assertThat(Disclosures.read(dir).documents()).isEqualTo(TidyCsv.defaults().read(dir));
  }

  @Test
  void read_tidyCsvFolder_inACharsetCsvCannotBe_isRefused(@TempDir Path dir) {
    TidyCsv.defaults().write(List.of(TestDocuments.shenzhen2023()), dir);
    ReadSettings latin = ReadSettings.defaults().withCharset(Charset.forName("ISO-8859-1"));

    assertThatThrownBy(() -> Disclosures.read(dir, latin)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO-8859-1");
  }

  @Test
  void read_disclosureText_isImportedWithItsProblems() {
    Path seed = seed(2);

    ReadResult r = Disclosures.read(seed);
    var imported = DisclosureImporter.defaults().importFile(seed);

    assertThat(r.documents()).containsExactly(imported.disclosure());
    assertThat(r.problems()).isEqualTo(imported.report().problems());
    assertThat(r.problems(Severity.ERROR)).allMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void read_textInAGivenCharset_usesIt(@TempDir Path dir) throws Exception {
    Path gb = dir.resolve("gb.txt");
    Files.write(gb, Files.readString(seed(0), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));

    ReadResult r = Disclosures.read(gb, ReadSettings.defaults().withCharset(Charset.forName("GB18030")));

    assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.department().name())
        .isEqualTo(Disclosures.read(seed(0)).documents().get(0).department().name()));
  }

  private static Path seed(int number) {
    String file = SeedDocuments.sourceFile(number);
    Path p = Path.of("..", "examples", "data", file);
    return Files.isRegularFile(p) ? p : Path.of("examples", "data", file);
  }
}
