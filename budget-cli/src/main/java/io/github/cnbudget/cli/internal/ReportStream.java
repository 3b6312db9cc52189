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
  ReportStream() {}

  /**
   * A stream of the JSON report.
   *
   * @param out where to write
   * @return the stream, with the findings array opened
   */
  public static ReportStream json(PrintWriter out) {
    return new Json(out);
  }

  /**
   * A stream of the text report: per input a header line, its findings as found, then its documents,
   * import problems and counts.
   *
   * @param out where to write
   * @return the stream
   */
  public static ReportStream text(PrintWriter out) {
    // document text (titles, labels, file names) reaches this report: escaped, it cannot forge lines
    return new Text(Printable.writer(out));
  }

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
   * to call from any thread, so that workers do the formatting.
   *
   * @param source the input as displayed
   * @param f the finding
   * @return the finding's text in this stream's format
   */
  public abstract String render(String source, FindingView f);

  /**
   * Writes one finding of the current input that {@link #render} made.
   *
   * @param rendered the finding's text
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

    Json(PrintWriter out) {
      this.out = out;
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
        finding(report.source(), f);
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
    private final java.util.Set<String> ended = new java.util.HashSet<>();

    Text(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void begin(String source) {
      out.println(source + ":");
    }

    @Override
    public String render(String source, FindingView f) {
      return "  " + ReportWriter.text(f);
    }

    @Override
    public void rendered(String rendered) {
      out.println(rendered);
    }

    @Override
    public void end(FileReport r) {
      ended.add(r.source());
      ReportWriter.writeTextBody(r, out);
      out.flush();
    }

    @Override
    public void finish(List<FileReport> reports) {
      // inputs that failed before they could be opened never began: report them now
      for (FileReport r : reports) {
        if (!ended.contains(r.source())) {
          begin(r.source());
          end(r);
        }
      }
      out.flush();
    }
  }
}
