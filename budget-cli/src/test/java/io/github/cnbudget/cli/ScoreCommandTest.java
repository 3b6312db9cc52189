package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  @TempDir Path dir;

  private static List<String> row(String out, String name) {
    return out.lines().filter(l -> l.strip().startsWith(name)).findFirst().map(l -> List.of(l.strip().split("\\s{2,}"))).orElseThrow();
  }

  @Test
  void score_printsRecomputedBesidePrinted() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("eval.json"), Fixtures.withSelfEvaluation());
    Cli r = Cli.run("score", doc.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("医疗保险经办服务");
    // name, weight, target, actual, printed, recomputed, difference
    assertThat(row(r.out, "参保人数")).containsExactly("参保人数", "10", "≥322.5 万人", "305.63 万人", "9.48", "9.48", "0");
    assertThat(row(r.out, "定点机构数")).containsExactly("定点机构数", "20", "≥100 家", "80 家", "20", "16.00", "-4.00");
    assertThat(row(r.out, "budget execution")).containsSequence("9.5", "9.50", "0");
    assertThat(row(r.out, "total")).containsSequence("38.98", "34.98", "-4.00");
  }

  @Test
  void score_documentWithoutSelfEvaluation_saysSo() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("plain.json"), Fixtures.document("2958"));
    Cli r = Cli.run("score", doc.toString());
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("no self-evaluation table");
  }

  @Test
  void score_unreadableFile_exitsTwo() {
    Cli r = Cli.run("score", dir.resolve("none.json").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("no such file");
  }

  @Test
  void score_jsonLinesWithOneBrokenLine_scoresTheGoodDocuments() throws Exception {
    Path lines = dir.resolve("batch.jsonl");
    Files.writeString(lines, "{broken\n" + io.github.cnbudget.io.json.DisclosureJson.defaults().writeLines(java.util.List.of(Fixtures.withSelfEvaluation())));
    Cli r = Cli.run("score", lines.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.out).contains("参保人数");
    assertThat(r.err).contains("line 1");
  }

  @Test
  void score_controlCharactersInDocumentText_areEscaped() throws Exception {
    io.github.cnbudget.model.Disclosure d = Fixtures.withSelfEvaluation("局\nERROR fake-rule: all good\u001b[2J");
    Path doc = Fixtures.writeJson(dir.resolve("a.json"), d);
    Cli r = Cli.run("score", doc.toString());
    assertThat(r.out).doesNotContain("\u001b").contains("局\\nERROR fake-rule");
    assertThat(r.out.lines()).noneMatch(l -> l.startsWith("ERROR"));
  }
}
