package io.github.cnbudget.bench;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF import (PDF 导入) of the real disclosure PDFs shipped in {@code examples/data/}, in documents
 * per second (pages per second = documents per second × the PDF's pages), beside PDFBox's own
 * {@code PDFTextStripper} extracting the text of the same file: the least any reader of the PDF's
 * text must do. The ratio of their times is the cost of laying out grids and recognising tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PdfBenchmark {

  /** The PDF, by its file name in {@code examples/data/} without {@code .pdf}. */
  @Param({"putuo-finance-bureau-2024-final", "putuo-wanli-street-2023-budget", "putuo-gov-office-2025-budget"})
  public String pdf;

  Path file;
  DisclosureImporter importer;

  /** Copies the PDF out of the benchmark jar. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("bench-", ".pdf");
    try (InputStream in = PdfBenchmark.class.getResourceAsStream("pdfs/" + pdf + ".pdf")) {
      if (in == null) {
        throw new IllegalStateException(pdf + ".pdf is not in the benchmark jar");
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    importer = DisclosureImporter.defaults();
  }

  /** Removes the copy. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** One PDF imported: PDFBox's glyphs and rulings, the page layout, recognition, the model. */
  @Benchmark
  public ImportResult importPdf() {
    return importer.importFile(file);
  }

  /** Baseline: PDFBox opens the same file and extracts the text of every page. */
  @Benchmark
  public int baselineTextStripper() {
    try (PDDocument doc = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      StringWriter out = new StringWriter();
      new PDFTextStripper().writeText(doc, out);
      return out.getBuffer().length();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
