package io.github.cnbudget.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a validation report while the batch runs (流式报告): each finding goes out as soon as it is
 * found, so a corpus of any size is validated in memory bounded by one document. The JSON report
 * has the same shape as {@link ReportWriter#json}: {@code findings}, then {@code import} and
 * {@code summary} once every input is done.
 *
 * <p>Findings can be rendered on worker threads ({@link #render}, thread-safe) and written in order
 * by the one writing thread ({@link #rendered}): the writing thread then only copies text. Otherwise
 * not thread-safe: one thread writes.
 */
public abstract class ReportStream {
  /** The inputs ended so far, by source. */
  private final java.util.Set<String> ended = new java.util.HashSet<>();

  ReportStream() {}

  /**
   * Records that an input has ended.
   *
   * @param source the input as displayed
   */
  final void ended(String source) {
    ended.add(source);
  }

  /**
   * Reports the inputs that failed before they could be opened, and so never began.
   *
   * @param reports one per input
   */
  final void endUnbegun(List<FileReport> reports) {
    for (FileReport r : reports) {
      if (!ended.contains(r.source())) {
        begin(r.source());
        end(r);
      }
    }
  }

  /**
   * A stream of the JSON report, listing every finding.
   *
   * @param out where to write
   * @return the stream, with the findings array opened
   */
  public static ReportStream json(PrintWriter out) {
    return json(out, ReportOptions.all(java.util.Locale.ENGLISH));
  }

  /**
   * A stream of the JSON report.
   *
   * @param out where to write
   * @param options which findings are listed (the summary counts them all)
   * @return the stream, with the findings array opened
   */
  public static ReportStream json(PrintWriter out, ReportOptions options) {
    return new Json(out, options);
  }

  /**
   * A stream of the text report ({@link TextReport}): per input a header line, each document with
   * its findings table by table, then the input's import problems and counts; and for a batch the
   * summary table at the end.
   *
   * @param out where to write
   * @param options what to show
   * @return the stream
   */
  public static ReportStream text(PrintWriter out, ReportOptions options) {
    // document text (titles, labels, file names) reaches this report: escaped, it cannot forge lines
    return new Text(Printable.writer(out), options);
  }

  /**
   * A stream of the HTML report ({@link HtmlReport}): one self-contained page.
   *
   * @param out where to write
   * @param options its language and which findings it lists
   * @param links how the page links to the inputs
   * @return the stream, with the page's head written
   */
  public static ReportStream html(PrintWriter out, ReportOptions options, HtmlReport.Links links) {
    return new HtmlReport(out, options, links);
  }

  /**
   * Renders one document's findings as this stream writes them, to be {@linkplain #rendered written}
   * later; safe to call from any thread, so that workers do the formatting.
   *
   * @param source the input as displayed
   * @param doc the document and its findings
   * @return the pieces to write, in order
   */
  public abstract List<String> render(String source, DocumentFindings doc);

  /**
   * Starts an input.
   *
   * @param source the input as displayed
   */
  public abstract void begin(String source);

  /**
   * Writes one finding of the current input.
   *
   * @param source the input as displayed
   * @param f the finding
   */
  public void finding(String source, FindingView f) {
    rendered(render(source, f));
  }

  /**
   * Renders one finding as this stream writes it, to be {@linkplain #rendered written} later; safe
   * to call from any thread.
   *
   * @param source the input as displayed
   * @param f the finding
   * @return the finding's text in this stream's format
   */
  public abstract String render(String source, FindingView f);

  /**
   * Writes one piece of the current input that {@link #render} made.
   *
   * @param rendered the piece's text
   */
  public abstract void rendered(String rendered);

  /**
   * Ends an input.
   *
   * @param report its report (findings already written are only counted in it)
   */
  public abstract void end(FileReport report);

  /**
   * Ends the report.
   *
   * @param reports one per input
   */
  public abstract void finish(List<FileReport> reports);

  private static final class Json extends ReportStream {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PrintWriter out;
    private final JsonGenerator gen;
    private final ReportOptions options;

    Json(PrintWriter out, ReportOptions options) {
      this.out = out;
      this.options = options;
      try {
        this.gen = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        gen.writeStartObject();
        gen.writeArrayFieldStart("findings");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void begin(String source) {
      // nothing to write until the input's findings come
    }

    @Override
    public List<String> render(String source, DocumentFindings doc) {
      List<String> pieces = new java.util.ArrayList<>();
      for (FindingView f : doc.findings()) {
        if (options.lists(f.severity())) {
          pieces.add(render(source, f));
        }
      }
      return pieces;
    }

    @Override
    public String render(String source, FindingView f) {
      try {
        // the generator writes each finding two levels deep (in the report object, in its array):
        // indent the top-level rendering by one more level so the output is what writeTree gives.
        // String values hold no raw line feed (JSON escapes it), so only the layout's are shifted.
        return MAPPER.writeValueAsString(ReportWriter.findingNode(MAPPER.createObjectNode(), source, f))
            .replace("\n", "\n  ");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void rendered(String rendered) {
      try {
        gen.writeRawValue(rendered);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void end(FileReport report) {
      for (FindingView f : report.findings()) {
        if (options.lists(f.severity())) {
          finding(report.source(), f);
        }
      }
    }

    @Override
    public void finish(List<FileReport> reports) {
      try {
        gen.writeEndArray();
        ObjectNode rest = ReportWriter.importAndSummary(MAPPER.createObjectNode(), reports);
        gen.writeFieldName("import");
        MAPPER.writeTree(gen, rest.get("import"));
        gen.writeFieldName("summary");
        MAPPER.writeTree(gen, rest.get("summary"));
        gen.writeEndObject();
        gen.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println();
      out.flush();
    }
  }

  private static final class Text extends ReportStream {
    private final PrintWriter out;
    private final ReportOptions options;

    Text(PrintWriter out, ReportOptions options) {
      this.out = out;
      this.options = options;
    }

    @Override
    public void begin(String source) {
      out.println(source + ":");
    }

    @Override
    public List<String> render(String source, DocumentFindings doc) {
      return List.of(lines(TextReport.document(doc, options)));
    }

    @Override
    public String render(String source, FindingView f) {
      return "  " + Printable.escape(TextReport.line(f, null, options.locale()));
    }

    /** Lines escaped one by one, then joined: the only line feeds left are the joins. */
    private static String lines(List<String> lines) {
      StringBuilder b = new StringBuilder();
      for (String l : lines) {
        b.append(b.length() == 0 ? "" : "\n").append(Printable.escape(l));
      }
      return b.toString();
    }

    @Override
    public void rendered(String rendered) {
      for (String line : rendered.split("\n", -1)) {
        out.println(line);
      }
    }

    @Override
    public void end(FileReport r) {
      ended(r.source());
      rendered(lines(TextReport.end(r, options)));
      out.flush();
    }

    @Override
    public void finish(List<FileReport> reports) {
      endUnbegun(reports);
      // a batch's summary is part of the report people read
      if (reports.size() > 1) {
        out.println();
        SummaryTable.write(reports, out, options.locale());
      }
      out.flush();
    }
  }
}
