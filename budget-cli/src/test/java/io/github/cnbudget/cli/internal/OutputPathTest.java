package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathTest {
  @TempDir Path dir;

  @Test
  void fileExtension_namesFilesByTheirExtension_caseIgnored() {
    assertThat(OutputPath.fileExtension(Path.of("a/report.JSON"))).contains("json");
    assertThat(OutputPath.fileExtension(Path.of("all.jsonl"))).contains("jsonl");
    assertThat(OutputPath.fileExtension(Path.of("r.html"))).contains("html");
    assertThat(OutputPath.fileExtension(Path.of("book.xlsx"))).contains("xlsx");
    assertThat(OutputPath.fileExtension(Path.of("out"))).isEmpty();
    assertThat(OutputPath.fileExtension(Path.of("out.d"))).isEmpty();
    assertThat(OutputPath.fileExtension(Path.of("/"))).isEqualTo(Optional.empty());
  }

  @Test
  void folder_neverCreatedUnderAFileName() {
    assertThatThrownBy(() -> OutputPath.folder(dir.resolve("x.json"))).isInstanceOf(IOException.class)
        .hasMessageContaining("names a .json file");
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void folder_createsItsFolder_refusesAFile() throws Exception {
    assertThat(OutputPath.folder(dir.resolve("a/b"))).isDirectory();
    Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> OutputPath.folder(dir.resolve("plain"))).hasMessageContaining("is a file");
  }

  @Test
  void file_refusesAFolderOfThatName() throws Exception {
    Files.createDirectories(dir.resolve("r.html"));
    assertThatThrownBy(() -> OutputPath.file(dir.resolve("r.html"))).hasMessageContaining("a folder of that name exists");
  }

  @Test
  void folderOf_isTheFileFolder_refusedByNameWhenMissingOrAFile() throws Exception {
    assertThat(OutputPath.folderOf(dir.resolve("all.json"))).isEqualTo(dir.toAbsolutePath());
    assertThatThrownBy(() -> OutputPath.folderOf(dir.resolve("new/all.json"))).isInstanceOf(IOException.class)
        .hasMessageContaining("its folder").hasMessageContaining("does not exist");
    assertThat(dir.resolve("new")).doesNotExist();
    Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> OutputPath.folderOf(dir.resolve("plain/all.json"))).isInstanceOf(IOException.class)
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void write_intoAMissingFolder_isRefusedByName_andCreatesNothing() {
    Path target = dir.resolve("out/big.json");

    assertThatThrownBy(() -> OutputFolder.write(target, "{}\n")).isInstanceOf(IOException.class)
        .hasMessage("cannot write " + target.toAbsolutePath() + ": its folder " + dir.resolve("out").toAbsolutePath()
            + " does not exist");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
