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
    assertThat(DisclosureJson.create().readString(r.out.lines().skip(1).findFirst().orElseThrow())).isEqualTo(Fixtures.document("3000"));
  }

  @Test
  void convert_toJsonWithoutOutput_printsOneDocument() throws Exception {
    Path a = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", a.toString(), "--to", "json");
    assertThat(r.exitCode).isZero();
    assertThat(DisclosureJson.create().readString(r.out)).isEqualTo(Fixtures.document("2958"));
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
}
