package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  private Path file(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    return p;
  }

  @Test
  void expand_plainFile_isOneInput() throws IOException {
    Path a = file("a.txt");
    List<Input> inputs = Inputs.expand(List.of(a.toString()));
    assertThat(inputs).extracting(Input::path, Input::problem).containsExactly(org.assertj.core.groups.Tuple.tuple(a, Optional.empty()));
  }

  @Test
  void expand_missingFile_isUnreadableInputNotException() {
    List<Input> inputs = Inputs.expand(List.of(dir.resolve("nope.txt").toString()));
    assertThat(inputs).singleElement().satisfies(i -> {
      assertThat(i.problem()).contains("no such file");
      assertThat(i.display()).endsWith("nope.txt");
    });
  }

  @Test
  void expand_folder_findsDocumentsRecursivelySortedAndSkipsOtherFiles() throws IOException {
    Path b = file("b.json");
    Path a = file("sub/a.txt");
    file("notes.docx");
    Path c = file("c.jsonl");
    // a folder of published PDFs is what users hold
    Path d = file("sub/d.pdf");
    List<Input> inputs = Inputs.expand(List.of(dir.toString()));
    assertThat(inputs).extracting(Input::path).containsExactly(b, c, a, d);
  }

  @Test
  void expand_folderWithoutDocuments_isUnreadableInput() throws IOException {
    file("only.png");
    assertThat(Inputs.expand(List.of(dir.toString()))).singleElement()
        .satisfies(i -> assertThat(i.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("folder holds no document")));
  }

  @Test
  void expand_folderThatIsAnInputItself_isNotSearched() throws IOException {
    file("set/line_items.csv");
    Path set = dir.resolve("set");
    assertThat(Inputs.expand(List.of(set.toString()), p -> p.equals(set))).extracting(Input::path).containsExactly(set);
  }

  @Test
  void expand_folderSearched_findsNestedInputFolders() throws IOException {
    Path a = file("a.json");
    file("sets/one/documents.csv");
    Path one = dir.resolve("sets/one");
    assertThat(Inputs.expand(List.of(dir.toString()), p -> Files.exists(p.resolve("documents.csv"))))
        .extracting(Input::path).containsExactly(a, one);
  }

  @Test
  void expand_glob_matchesOnlyItsPattern() throws IOException {
    Path a = file("data/a.txt");
    Path b = file("data/b.txt");
    file("data/c.json");
    file("data/deeper/d.txt");
    List<Input> inputs = Inputs.expand(List.of(dir.resolve("data") + "/*.txt"));
    assertThat(inputs).extracting(Input::path).containsExactly(a, b);
  }

  @Test
  void expand_doubleStarGlob_crossesFolders() throws IOException {
    Path a = file("data/a.txt");
    Path d = file("data/deeper/d.txt");
    List<Input> inputs = Inputs.expand(List.of(dir.resolve("data") + "/**.txt"));
    assertThat(inputs).extracting(Input::path).containsExactly(a, d);
  }

  @Test
  void expand_globMatchingNothing_isUnreadableInput() {
    assertThat(Inputs.expand(List.of(dir + "/*.txt"))).singleElement()
        .satisfies(i -> assertThat(i.problem()).contains("no file matches"));
  }

  @Test
  void expand_keepsArgumentOrder() throws IOException {
    Path b = file("b.txt");
    Path a = file("a.txt");
    assertThat(Inputs.expand(List.of(b.toString(), a.toString()))).extracting(Input::path).containsExactly(b, a);
  }

  @Test
  void globBase_isFolderBeforeFirstWildcardSegment() {
    assertThat(Inputs.globBase("examples/data/*.txt")).isEqualTo(Path.of("examples/data"));
    assertThat(Inputs.globBase("*.txt")).isEqualTo(Path.of(""));
    assertThat(Inputs.globBase("a/b*/c.txt")).isEqualTo(Path.of("a"));
  }

  @Test
  void isGlob_recognisesWildcards() {
    assertThat(Inputs.isGlob("a/*.txt")).isTrue();
    assertThat(Inputs.isGlob("a/{b,c}.txt")).isTrue();
    assertThat(Inputs.isGlob("a/b.txt")).isFalse();
  }

  @Test
  void expand_existingFileWithGlobSyntaxInItsName_isThatFile() throws IOException {
    Path a = Files.writeString(dir.resolve("report[1].json"), "{}");
    Path b = Files.writeString(dir.resolve("a{b}.json"), "{}");
    assertThat(Inputs.expand(List.of(a.toString(), b.toString()))).extracting(Input::path).containsExactly(a, b);
  }
}
