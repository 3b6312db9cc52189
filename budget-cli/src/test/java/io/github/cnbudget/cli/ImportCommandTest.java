package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;

  @Test
  void import_seedToJsonFile_writesReadableDocument() throws Exception {
    Path out = dir.resolve("000.json");
    Cli r = Cli.run("import", Fixtures.seed("000").toString(), "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    Disclosure d = DisclosureJson.defaults().read(out);
    assertThat(d.department().name()).isEqualTo("深圳市医疗保障局");
    assertThat(d.year().value()).isEqualTo(2023);
    assertThat(d.tables()).isNotEmpty();
  }

  /** An extract of a document's tables without its cover: no year printed, given on the command line. */
  @Test
  void import_textNamingNoYear_takesItFromTheOption_elseSaysWhichOptionGivesIt() throws Exception {
    Path extract = dir.resolve("extract.txt");
    Files.writeString(extract, "部门名称：某市财政局\n\n收支总表\n\n单位：万元\n\n收入\t\t支出\t\n项目\t金额\t项目\t金额\n"
        + "一、一般公共预算拨款收入\t100.00\t一般公共服务支出\t100.00\n收入总计\t100.00\t支出总计\t100.00\n");
    Cli without = Cli.run("import", extract.toString());
    assertThat(without.exitCode).as(without.toString()).isEqualTo(2);
    assertThat(without.out + without.err).contains("names no fiscal year").contains("--year");
    Cli given = Cli.run("import", extract.toString(), "--year", "2024", "--stage", "FINAL_ACCOUNT");
    assertThat(given.exitCode).as(given.toString()).isZero();
    Disclosure d = DisclosureJson.defaults().readString(given.out);
    assertThat(d.year().value()).isEqualTo(2024);
    assertThat(d.stage()).isEqualTo(io.github.cnbudget.model.Stage.FINAL_ACCOUNT);
    // 单位：万元 is the amounts' unit, not the department
    assertThat(d.department().name()).isEqualTo("某市财政局");
    assertThat(d.tables()).extracting(t -> t.title()).containsExactly("收支总表");
    Cli wrong = Cli.run("import", extract.toString(), "--year", "20x4");
    assertThat(wrong.exitCode).isEqualTo(2);
    assertThat(wrong.err).contains("not a fiscal year: 20x4");
  }

  @Test
  void import_oneDocumentWithoutOutput_printsJson() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("import", doc.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(DisclosureJson.defaults().readString(r.out)).isEqualTo(Fixtures.document("2958"));
  }

  @Test
  void import_manyToJsonLines_oneDocumentPerLine() throws Exception {
    Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Fixtures.writeJson(dir.resolve("b.json"), Fixtures.document("3000"));
    Path out = dir.resolve("out").resolve("all.jsonl");
    Files.createDirectories(out.getParent());
    Cli r = Cli.run("import", dir + "/*.json", "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    List<Disclosure> back;
    try (var reader = io.github.cnbudget.io.json.JsonLines.reader(new ByteArrayInputStream(Files.readAllBytes(out)))) {
      back = reader.stream().collect(Collectors.toList());
    }
    assertThat(back).containsExactly(Fixtures.document("2958"), Fixtures.document("3000"));
    assertThat(r.err).contains("total (2 files)");
  }

  @Test
  void import_intoFolder_writesOneJsonPerInput() throws Exception {
    Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("import", dir.resolve("a.json").toString(), Fixtures.seed("001").toString(), "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(out.resolve("a.json")).exists();
    String seedBase = Fixtures.seed("001").getFileName().toString().replace(".txt", ".json");
    assertThat(DisclosureJson.defaults().read(out.resolve(seedBase)).department().name()).isEqualTo("广州市医疗保障局");
  }

  @Test
  void import_manyInputsIntoOneJsonFile_isUsageErrorExitTwo() throws Exception {
    Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Fixtures.writeJson(dir.resolve("b.json"), Fixtures.document("3000"));
    Cli r = Cli.run("import", dir.resolve("a.json").toString(), dir.resolve("b.json").toString(), "-o", dir.resolve("x.json").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("takes one document");
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void import_brokenFileInBatch_othersStillWritten() throws Exception {
    Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Files.writeString(dir.resolve("b.json"), "not json", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli r = Cli.run("import", dir.resolve("a.json").toString(), dir.resolve("b.json").toString(), "-o", out.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(out.resolve("a.json")).exists();
    assertThat(out.resolve("b.json")).doesNotExist();
    assertThat(r.err).contains("FAILED " + dir.resolve("b.json"));
  }

  @Test
  void import_unreadableFileToJsonFile_exitsTwoWithoutWriting() {
    Path out = dir.resolve("x.json");
    Cli r = Cli.run("import", dir.resolve("missing.txt").toString(), "-o", out.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("no such file").doesNotContain("takes exactly one document");
    assertThat(out).doesNotExist();
  }

  @Test
  void import_manyWithoutOutput_printsJsonLines() throws Exception {
    Path a = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Path b = Fixtures.writeJson(dir.resolve("b.json"), Fixtures.document("3000"));
    Cli r = Cli.run("import", a.toString(), b.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    List<String> lines = r.out.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(2);
    assertThat(DisclosureJson.defaults().readString(lines.get(1))).isEqualTo(Fixtures.document("3000"));
  }

  @Test
  void import_everyInputFailing_leavesExistingJsonLinesFileAlone() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{not json");
    Path existing = Files.writeString(dir.resolve("existing.jsonl"), "kept\n");
    Cli r = Cli.run("import", bad.toString(), "-o", existing.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(Files.readString(existing)).isEqualTo("kept\n");
    try (var s = Files.list(dir)) {
      assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("bad.json", "existing.jsonl");
    }
  }

  @Test
  void import_folderWalkOverTwoFilesOfOneName_secondFailsInsteadOfOverwriting() throws Exception {
    Path in = dir.resolve("in");
    Fixtures.writeJson(Files.createDirectories(in.resolve("2022")).resolve("x.json"), Fixtures.document("2958"));
    Fixtures.writeJson(Files.createDirectories(in.resolve("2023")).resolve("x.json"), Fixtures.document("3000"));
    Cli r = Cli.run("import", in.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(DisclosureJson.defaults().read(dir.resolve("out/x.json"))).isEqualTo(Fixtures.document("2958"));
    assertThat(r.err).contains("already written from");
  }

  @Test
  void import_jsonLinesWithOneBrokenLine_keepsTheGoodDocuments() throws Exception {
    Path lines = dir.resolve("batch.jsonl");
    Files.writeString(lines, DisclosureJson.defaults().writeLines(java.util.List.of(Fixtures.document("2958"))) + "{broken\n");
    Cli r = Cli.run("import", lines.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(DisclosureJson.defaults().readString(r.out)).isEqualTo(Fixtures.document("2958"));
    assertThat(r.err).contains("line 2");
  }

  @Test
  void import_listsItsProblems_placedByLine_withoutFindingCounts() throws Exception {
    Cli r = Cli.run("import", Fixtures.seed("000").toString(), "-o", dir.resolve("000.json").toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.err).contains("1 document, ").contains(" import problems:").doesNotContain("0 errors");
    assertThat(r.err.lines().filter(l -> l.matches("  line \\d+  WARNING  .*"))).isNotEmpty();
  }

  @Test
  void import_toAWorkbookName_isUsageError() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("import", doc.toString(), "-o", dir.resolve("a.xlsx").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("import writes JSON");
    assertThat(dir.resolve("a.xlsx")).doesNotExist();
  }

  @Test
  void import_toJsonNameWhereAFolderStands_isUsageError() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Files.createDirectories(dir.resolve("out.json"));
    Cli r = Cli.run("import", doc.toString(), "-o", dir.resolve("out.json").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("a folder of that name exists");
  }
}
