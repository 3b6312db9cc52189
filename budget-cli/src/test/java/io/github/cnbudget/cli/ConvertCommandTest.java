package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.json.DisclosureJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void convert_jsonToCsvAndBack_isByteIdentical() throws Exception {
    Path json = dir.resolve("doc.json");
    assertThat(Cli.run("import", Fixtures.seed("000").toString(), "-o", json.toString()).exitCode).isZero();
    Cli toCsv = Cli.run("convert", json.toString(), "--to", "csv", "-o", dir.resolve("csv").toString());
    assertThat(toCsv.exitCode).as(toCsv.toString()).isZero();
    assertThat(dir.resolve("csv/doc/line_items.csv")).exists();
    assertThat(dir.resolve("csv/doc/documents.csv")).exists();
    Cli back = Cli.run("convert", dir.resolve("csv/doc").toString(), "--to", "json", "-o", dir.resolve("back").toString());
    assertThat(back.exitCode).as(back.toString()).isZero();
    assertThat(Files.readString(dir.resolve("back/doc.json"))).isEqualTo(Files.readString(json));
  }

  @Test
  void convert_folderOfCsvSets_readsEachSet() throws Exception {
    Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Fixtures.writeJson(dir.resolve("b.json"), Fixtures.document("3000"));
    assertThat(Cli.run("convert", dir + "/*.json", "--to", "csv", "-o", dir.resolve("csv").toString()).exitCode).isZero();
    Cli r = Cli.run("convert", dir.resolve("csv").toString(), "--to", "jsonl");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out.lines()).hasSize(2);
    assertThat(DisclosureJson.defaults().readString(r.out.lines().skip(1).findFirst().orElseThrow())).isEqualTo(Fixtures.document("3000"));
  }

  @Test
  void convert_toJsonWithoutOutput_printsOneDocument() throws Exception {
    Path a = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", a.toString(), "--to", "json");
    assertThat(r.exitCode).isZero();
    assertThat(DisclosureJson.defaults().readString(r.out)).isEqualTo(Fixtures.document("2958"));
  }

  @Test
  void convert_csvWithoutOutputFolder_isUsageErrorExitTwo() throws Exception {
    Path a = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", a.toString(), "--to", "csv");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("-o DIR");
  }

  @Test
  void convert_withoutTarget_isUsageErrorExitTwo() throws Exception {
    Path a = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", a.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("--to");
  }

  @Test
  void convert_inputNamedDots_writesInsideOutputFolderOnly() throws Exception {
    Path p = Files.createDirectories(dir.resolve("p"));
    Fixtures.writeJson(p.resolve("...json"), Fixtures.document("2958"));
    Path deep = Files.createDirectories(dir.resolve("p/out/deep"));
    Files.writeString(deep.resolve("keep.txt"), "mine");
    Path target = deep.resolve("target");
    Cli r = Cli.run("convert", p.resolve("...json").toString(), "--to", "csv", "-o", target.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    try (var s = Files.list(deep)) {
      assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("keep.txt", "target");
    }
    assertThat(target.resolve("...json/documents.csv")).exists();
  }

  @Test
  void convert_parentFolderAsInput_isNamedAfterTheFolder() throws Exception {
    Path set = dir.resolve("set");
    Files.createDirectories(set.resolve("sub"));
    io.github.cnbudget.io.csv.TidyCsv.defaults().write(java.util.List.of(Fixtures.document("2958")), set);
    Path out = dir.resolve("x");
    Cli r = Cli.run("convert", set.resolve("sub").resolve("..").toString(), "--to", "csv", "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    try (var s = Files.list(out)) {
      assertThat(s.map(x -> x.getFileName().toString())).containsExactly("set");
    }
  }

  @Test
  void convert_twoInputsOfOneName_secondFailsInsteadOfOverwriting() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Fixtures.writeJson(a.resolve("x.json"), Fixtures.document("2958"));
    Fixtures.writeJson(b.resolve("x.json"), Fixtures.document("3000"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("convert", a.resolve("x.json").toString(), b.resolve("x.json").toString(), "--to", "json", "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("already written from " + a.resolve("x.json"));
    assertThat(DisclosureJson.defaults().read(out.resolve("x.json"))).isEqualTo(Fixtures.document("2958"));
  }

  @Test
  void convert_textAndJsonOfOneStem_toCsv_secondFails() throws Exception {
    Fixtures.writeJson(dir.resolve("y.json"), Fixtures.document("2958"));
    Files.copy(Fixtures.seed("000"), dir.resolve("y.txt"));
    Cli r = Cli.run("convert", dir.resolve("y.txt").toString(), dir.resolve("y.json").toString(), "--to", "csv", "-o",
        dir.resolve("out").toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("FAILED").contains("already written from");
  }

  @Test
  void convert_jsonLinesWithOneBrokenLine_writesTheGoodDocumentsAndFails() throws Exception {
    Path lines = dir.resolve("batch.jsonl");
    Files.writeString(lines, DisclosureJson.defaults().writeLines(java.util.List.of(Fixtures.document("2958"))) + "{broken\n"
        + DisclosureJson.defaults().writeLines(java.util.List.of(Fixtures.document("3000"))));
    Cli r = Cli.run("convert", lines.toString(), "--to", "jsonl", "-o", dir.resolve("out").toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("line 2");
    assertThat(Files.readAllLines(dir.resolve("out/batch.jsonl"))).hasSize(2);
  }

  @Test
  void convert_jsonLinesError_namesTheFileLineOnce() throws Exception {
    Path lines = dir.resolve("batch.jsonl");
    Files.writeString(lines, "\n\n{bad\n");
    Cli r = Cli.run("convert", lines.toString(), "--to", "jsonl");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("line 3").doesNotContain("line 1").doesNotContain("(code ");
  }

  /**
   * Under a small heap (a separate JVM with -Xmx64m), an input too large for it fails on its own
   * (exit 2) and the rest of the batch is still converted; no stack trace, no lost batch.
   */
  @Test
  void convert_inputTooLargeForTheHeap_failsAloneAndTheBatchGoesOn() throws Exception {
    Path small = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    String one = DisclosureJson.defaults().writeString(Fixtures.document("2958"));
    // one document with many tables: several MB of valid JSON
    String tables = one.substring(one.indexOf("\"tables\":[") + 10, one.lastIndexOf(']') + 1);
    String body = tables.substring(1, tables.length() - 1);
    StringBuilder big = new StringBuilder(one.substring(0, one.indexOf("\"tables\":[") + 10));
    for (int i = 0; i < 12_000; i++) {
      big.append(i == 0 ? "" : ",").append(body);
    }
    big.append(one.substring(one.lastIndexOf(']')));
    Path huge = Files.writeString(dir.resolve("b.json"), big);
    Path out = dir.resolve("out");

    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), BudgetCommand.class.getName(),
        "convert", huge.toString(), small.toString(), "--to", "json", "-o", out.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(p.waitFor()).as(output).isEqualTo(2);
    assertThat(output).contains("FAILED " + huge + ": IOException: too large for this JVM's heap").doesNotContain("\tat ");
    assertThat(DisclosureJson.defaults().read(out.resolve("a.json"))).isEqualTo(Fixtures.document("2958"));
    assertThat(out.resolve("b.json")).doesNotExist();
  }
}
