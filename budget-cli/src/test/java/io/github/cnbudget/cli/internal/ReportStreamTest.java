package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportStreamTest {

  @Test
  void json_streamedReport_equalsTheReportBuiltAtTheEnd() throws Exception {
    FindingView f = Views.finding("ERROR", "sum-of-children");
    FileReport held = Views.report("a.txt", List.of(f), List.of(Views.problem(7)));
    FileReport failed = FileReport.failed("b.json", "no such file");

    StringWriter whole = new StringWriter();
    ReportWriter.writeJson(List.of(held, failed), new PrintWriter(whole));

    StringWriter streamed = new StringWriter();
    ReportStream s = ReportStream.json(new PrintWriter(streamed));
    s.begin("a.txt");
    s.finding("a.txt", f);
    FileReport counted = new FileReport("a.txt", held.documents(), List.of(), held.importProblems(), Optional.empty(),
        Map.of("ERROR", 1));
    s.end(counted);
    s.finish(List.of(counted, failed));

    ObjectMapper m = new ObjectMapper();
    JsonNode expected = m.readTree(whole.toString());
    JsonNode actual = m.readTree(streamed.toString());
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("summary").get("findings").get("ERROR").asInt()).isEqualTo(1);
  }

  @Test
  void json_findingsRenderedOnAnotherThread_giveTheSameTextAsTheWholeReport() throws Exception {
    FindingView f = Views.finding("ERROR", "sum-of-children");
    FindingView g = Views.finding("WARNING", "tree-rollup");
    FileReport held = Views.report("a.txt", List.of(f, g), List.of());

    StringWriter whole = new StringWriter();
    ReportWriter.writeJson(List.of(held), new PrintWriter(whole));

    StringWriter streamed = new StringWriter();
    ReportStream s = ReportStream.json(new PrintWriter(streamed));
    String[] rendered = new String[2];
    Thread worker = new Thread(() -> {
      rendered[0] = s.render("a.txt", f);
      rendered[1] = s.render("a.txt", g);
    });
    worker.start();
    worker.join();
    s.begin("a.txt");
    s.rendered(rendered[0]);
    s.rendered(rendered[1]);
    FileReport counted = new FileReport("a.txt", held.documents(), List.of(), List.of(), Optional.empty(),
        Map.of("ERROR", 1, "WARNING", 1));
    s.end(counted);
    s.finish(List.of(counted));
    assertThat(streamed.toString()).isEqualTo(whole.toString());
  }

  @Test
  void text_reportsInputsThatFailedBeforeTheyBegan() {
    StringWriter w = new StringWriter();
    ReportStream s = ReportStream.text(new PrintWriter(w), ReportOptions.all(java.util.Locale.ENGLISH));
    s.finish(List.of(FileReport.failed("b.json", "no such file")));
    assertThat(w.toString().lines()).containsExactly("b.json:", "  FAILED: no such file");
    StringWriter zh = new StringWriter();
    ReportStream.text(new PrintWriter(zh), ReportOptions.all(java.util.Locale.SIMPLIFIED_CHINESE))
        .finish(List.of(FileReport.failed("b.json", "no such file")));
    assertThat(zh.toString().lines()).containsExactly("b.json:", "  读取失败：no such file");
  }
}
