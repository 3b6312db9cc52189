package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ImportException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.GridPdf;
import io.github.cnbudget.testkit.PdfRenderer;
import io.github.cnbudget.testkit.ProjectFormGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the small seed PDFs of {@link PdfImportFuzzTest} (run by hand; see docs/fuzzing.md): a
 * fuzzer mutating the whole published PDFs (up to 3.6 MB) spends its time parsing them, so the seeds
 * it mutates are a few KB each: generated documents of one table each in the testkit's layouts, the
 * two layouts of a project form, and two-page extracts of the real PDFs in the inputs folder (the
 * cover, which names the year, stage and department, and the smallest page that imports as a
 * table). The real PDFs stay in the folder and are replayed whole by every build.
 */
public final class PdfSeedWriter {
  /** Extracts larger than this are not seeds: the fuzz runs cut inputs to this length. */
  static final int MAX_SEED = 96 * 1024;

  private PdfSeedWriter() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources")
        .resolve("io/github/cnbudget/io/text/PdfImportFuzzTestInputs/importPdf");
    SplittableRandom r = new SplittableRandom(16);
    List<TableKind> kinds = new ArrayList<>(DocumentGen.Options.defaults().tables());
    for (int i = 0; i < kinds.size(); i += 2) {
      TableKind kind = kinds.get(i);
      Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 2).withTables(kind)).generate(r);
      PdfRenderer.Options o = PdfRenderer.Options.all().generate(r).withNarrative(false);
      write(dir.resolve("seed-table-" + name(kind.name()) + ".pdf"), PdfRenderer.of(o).render(d));
    }
    for (ProjectFormGen.Layout layout : ProjectFormGen.Layout.values()) {
      List<ProjectFormGen.Form> forms = ProjectFormGen.forms("某区卫生健康局", 2023, layout).generate(r);
      write(dir.resolve("seed-form-" + name(layout.name()) + ".pdf"),
          GridPdf.render(ProjectFormGen.document("某区卫生健康局", 2023, forms.subList(0, 1))));
    }
    List<Path> real;
    try (Stream<Path> s = Files.list(dir)) {
      real = s.filter(p -> !p.getFileName().toString().startsWith("seed-"))
          .filter(p -> p.getFileName().toString().matches("[a-z0-9-]+-\\d{4}-[a-z-]+\\.pdf")).sorted().toList();
    }
    for (Path pdf : real) {
      byte[] extract = coverAndSmallestTable(pdf);
      if (extract != null) {
        write(dir.resolve("seed-" + pdf.getFileName().toString().replace(".pdf", "") + "-extract.pdf"), extract);
      }
    }
  }

  /** The cover and the page that, after it, imports with a table in the fewest bytes; null when none fits. */
  private static byte[] coverAndSmallestTable(Path pdf) throws IOException {
    byte[] best = null;
    Path tmp = Files.createTempFile("seed", ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int p = 1; p < doc.getNumberOfPages(); p++) {
        byte[] b = pages(doc, 0, p);
        if (b.length > MAX_SEED || best != null && b.length >= best.length) {
          continue;
        }
        Files.write(tmp, b);
        try {
          if (!DisclosureImporter.defaults().importPdf(tmp).disclosure().tables().isEmpty()) {
            best = b;
          }
        } catch (ImportException e) {
          // not an importable pair of pages: not a seed
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return best;
  }

  private static byte[] pages(PDDocument doc, int... pages) throws IOException {
    try (PDDocument out = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      for (int p : pages) {
        out.importPage(doc.getPage(p));
      }
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static String name(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void write(Path p, byte[] bytes) throws IOException {
    Files.write(p, bytes);
    System.out.println(p.getFileName() + " " + bytes.length);
  }
}
