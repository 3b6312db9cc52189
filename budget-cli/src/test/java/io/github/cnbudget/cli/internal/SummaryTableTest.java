package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
  private static String write(List<FileReport> reports) {
    StringWriter w = new StringWriter();
    SummaryTable.write(reports, new PrintWriter(w));
    return w.toString();
  }

  @Test
  void write_rowPerFileAndTotal() {
    String s = write(List.of(
        Views.report("a.txt", List.of(Views.finding("ERROR", "r"), Views.finding("ERROR", "r2"),
            Views.finding(FindingView.NOT_CHECKED, "cross-table")), List.of(Views.problem(3))),
        FileReport.failed("broken.json", "CodecException: line 1")));
    List<String> lines = s.lines().toList();
    assertThat(lines.get(0)).startsWith("file").contains("status", "documents", "errors", "warnings", "infos", "not checked",
        "import problems");
    assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("a.txt", "ok", "1", "2", "0", "0", "1", "1"));
    assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+")).containsExactly("broken.json", "FAILED", "-", "-", "-", "-", "-", "-"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("total (2 files)").contains("1 failed"));
    assertThat(lines).contains("FAILED broken.json: CodecException: line 1");
  }

  @Test
  void write_alignsColumnsByDisplayWidth() {
    String s = write(List.of(Views.report("预算.txt", List.of(), List.of()), Views.report("abcdef.txt", List.of(), List.of())));
    List<String> rows = s.lines().filter(l -> l.contains(".txt")).toList();
    // 预算 takes four terminal columns, like "abcd": the status column starts at the same place
    assertThat(TextTable.width(rows.get(0).substring(0, rows.get(0).indexOf("ok"))))
        .isEqualTo(TextTable.width(rows.get(1).substring(0, rows.get(1).indexOf("ok"))));
  }

  @Test
  void write_singleInput_isOneLine() {
    assertThat(write(List.of(Views.report("a.txt", List.of(Views.finding("ERROR", "r")), List.of(Views.problem(2))))).lines())
        .containsExactly("a.txt: 1 document, 1 error, 0 warnings, 0 infos, 1 import problem");
    assertThat(write(List.of(FileReport.failed("b.json", "no such file"))).lines()).containsExactly("FAILED b.json: no such file");
  }
}
