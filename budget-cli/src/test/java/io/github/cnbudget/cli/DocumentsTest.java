package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.cli.internal.ImportProblemView;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
  @TempDir Path dir;

  @Test
  void load_json_readsOneDocumentWithoutImportProblems() throws Exception {
    Path a = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Documents.Loaded loaded = Documents.load(Input.of(a));
    assertThat(loaded.documents()).containsExactly(Fixtures.document("2958"));
    assertThat(loaded.importProblems()).isEmpty();
  }

  @Test
  void load_jsonLines_readsEveryLine() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, DisclosureJson.defaults().writeLines(List.of(Fixtures.document("2958"), Fixtures.document("3000"))));
    assertThat(Documents.load(Input.of(a)).documents()).containsExactly(Fixtures.document("2958"), Fixtures.document("3000"));
  }

  @Test
  void load_csvSetFolder_readsTheSet() throws Exception {
    Path set = dir.resolve("set");
    TidyCsv.defaults().write(List.of(Fixtures.document("3000")), set);
    assertThat(Documents.isCsvSet(set)).isTrue();
    assertThat(Documents.isCsvSet(dir)).isFalse();
    assertThat(Documents.load(Input.of(set)).documents()).containsExactly(Fixtures.document("3000"));
  }

  @Test
  void load_text_importsAndReportsProblemsWithLines() throws Exception {
    Documents.Loaded loaded = Documents.load(Input.of(Fixtures.seed("003")));
    assertThat(loaded.documents()).singleElement().satisfies(d -> assertThat(d.department().name()).isNotBlank());
    assertThat(loaded.importProblems()).allSatisfy(p -> {
      assertThat(p.message()).isNotBlank();
      assertThat(p.code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(p.severity()).isIn("ERROR", "WARNING", "INFO");
    });
  }

  @Test
  void load_textInChinese_describesEachProblemByItsKind() throws Exception {
    Documents.Loaded en = Documents.load(Input.of(Fixtures.seed("000")));
    Documents.Loaded zh = Documents.load(Input.of(Fixtures.seed("000")), ReadingOptions.DEFAULTS,
        java.util.Locale.SIMPLIFIED_CHINESE, io.github.cnbudget.cli.internal.FileProgress.none());
    assertThat(zh.importProblems()).hasSameSizeAs(en.importProblems()).isNotEmpty();
    for (int i = 0; i < zh.importProblems().size(); i++) {
      assertThat(zh.importProblems().get(i).code()).isEqualTo(en.importProblems().get(i).code());
      assertThat(zh.importProblems().get(i).message()).containsPattern("\\p{IsHan}").doesNotContainPattern("[a-z]{3}");
      assertThat(en.importProblems().get(i).message()).containsPattern("[a-z]{3}");
    }
    assertThat(zh.importProblems()).extracting(ImportProblemView::code).contains("row-without-label");
  }

  @Test
  void load_brokenJson_throwsCodecException() throws Exception {
    Path a = dir.resolve("a.json");
    Files.writeString(a, "[1, 2");
    assertThatThrownBy(() -> Documents.load(Input.of(a))).isInstanceOf(CodecException.class);
  }

  @Test
  void describe_namesDepartmentYearAndStage() {
    assertThat(Documents.describe(Fixtures.document("2958"))).isEqualTo("深圳市医疗保障局 2023 部门预算");
  }
}
