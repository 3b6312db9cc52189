package io.github.cnbudget.bench;

import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.testkit.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The resource model (资源模型): for each kind of input, the heap that reading it costs per byte of
 * input, the figure behind the command's per-input memory check. Two measures per input file:
 *
 * <ul>
 *   <li><b>retained</b>: the heap the documents read hold, in this JVM, as the used heap after full
 *       collections with the result held, minus before;
 *   <li><b>peak</b>: the smallest {@code -Xmx} (in MiB) with which a fresh JVM reads the file
 *       completely, searched by bisection over child JVMs, for the serial collector (close to the
 *       live peak) and for G1 (the default collector, which the command runs with). Its cost per
 *       byte is that heap minus the smallest heap for a tiny input of the same kind (the JVM and
 *       the reader's classes), divided by the file's size.
 * </ul>
 *
 * <p>The inputs are real (the seed texts and the PDFs of {@code examples/data}, shipped in the
 * benchmark jar, and the JSON, JSON Lines and tidy CSV they import to) and generated larger ones:
 * the testkit corpus, documents made of many corpus documents' tables, seed text repeated, a text
 * of short lines (the importer's worst case), PDFs merged from copies of a real one.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.cnbudget.bench.InputHeap WORK_DIR [serial,g1
 * [KIND,…]]} (writes its inputs into WORK_DIR and prints a Markdown table; KIND as in {@link Kind}).
 */
public final class InputHeap {
  /** The kinds of input the command reads, as {@code MemoryBudget} tells them apart. */
  enum Kind {
    JSON,
    JSONL,
    CSV,
    TEXT,
    PDF
  }

  /** An input file (or tidy CSV folder) of a kind. */
  record Input(Kind kind, String label, Path path) {}

  private InputHeap() {}

  /**
   * Entry point: {@code WORK_DIR [collectors]} measures; {@code read KIND PATH} is the child that
   * reads once and exits 0, or 3 when the heap ran out.
   *
   * @param args as above
   * @throws Exception if the inputs cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("read")) {
      try {
        Object read = read(Kind.valueOf(args[1]), Path.of(args[2]));
        System.exit(read == null ? 4 : 0);
      } catch (OutOfMemoryError e) {
        System.exit(3);
      } catch (IOException | RuntimeException e) {
        // not a matter of heap: the measurement must stop, not search further
        e.printStackTrace();
        System.exit(5);
      }
    }
    Path work = Files.createDirectories(Path.of(args[0]));
    List<String> collectors = List.of((args.length > 1 ? args[1] : "serial,g1").split(","));
    List<String> kinds = args.length > 2 ? List.of(args[2].split(",")) : List.of();
    List<Input> inputs = inputs(work).stream().filter(i -> kinds.isEmpty() || kinds.contains(i.kind().name()))
        .collect(Collectors.toList());
    System.out.println("| kind | input | bytes | retained B/B | " + collectors.stream()
        .map(c -> "smallest -Xmx " + c + " (MiB) | " + c + " B/B").collect(Collectors.joining(" | ")) + " |");
    System.out.println("|---|---|---:|---:|" + "---:|---:|".repeat(collectors.size()));
    List<Input> tiny = tinyInputs(work);
    java.util.Map<String, Integer> baselines = new java.util.HashMap<>();
    for (Input in : inputs) {
      long size = size(in.path());
      StringBuilder row = new StringBuilder("| " + in.kind().name().toLowerCase(Locale.ROOT) + " | " + in.label()
          + " | " + size + " | " + perByte(retained(in), size) + " |");
      for (String gc : collectors) {
        Input base = tiny.stream().filter(t -> t.kind() == in.kind()).findFirst().orElseThrow();
        int baseline = baselines.computeIfAbsent(in.kind() + gc, k -> smallestHeap(base, gc));
        int heap = smallestHeap(in, gc);
        row.append(' ').append(heap).append(" | ").append(perByte((heap - baseline) * (1L << 20), size)).append(" |");
      }
      System.out.println(row);
    }
  }

  /** Reads the input as the command does, keeping what it read. */
  static Object read(Kind kind, Path path) throws IOException {
    switch (kind) {
      case JSON:
        return DisclosureJson.defaults().read(path);
      case JSONL:
        try (InputStream in = Files.newInputStream(path); JsonLines.DocumentReader r = JsonLines.reader(in)) {
          return r.stream().collect(Collectors.toList());
        }
      case CSV:
        return TidyCsv.defaults().read(path);
      default:
        return DisclosureImporter.defaults().importFile(path);
    }
  }

  /** The heap the result of reading holds, in bytes, in this JVM. */
  static long retained(Input in) throws IOException {
    long before = HeapFootprint.usedAfterGc();
    Object held = read(in.kind(), in.path());
    long after = HeapFootprint.usedAfterGc();
    if (held == null) {
      throw new IllegalStateException("nothing read from " + in.path());
    }
    return after - before;
  }

  /** The smallest heap in MiB (within 4 %) with which a child JVM reads the input. */
  static int smallestHeap(Input in, String collector) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String gcFlag = collector.equals("serial") ? "-XX:+UseSerialGC" : "-XX:+UseG1GC";
    return smallest(mib -> {
      try {
        Process p = new ProcessBuilder(java, "-Xmx" + mib + "m", gcFlag, "-cp", System.getProperty("java.class.path"),
            InputHeap.class.getName(), "read", in.kind().name(), in.path().toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // near its threshold a heap thrashes in collections for minutes before running out: a
        // read that has not finished in five minutes counts as one the heap could not hold
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
          p.destroyForcibly().waitFor();
          return false;
        }
        int code = p.exitValue();
        // 3: out of heap while reading; 1: out of heap before (the JVM could not start)
        if (code != 0 && code != 3 && code != 1) {
          throw new IllegalStateException("reading " + in.path() + " failed: exit " + code);
        }
        return code == 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  /**
   * The smallest heap size in MiB (from 4) for which {@code completes} holds, assuming it holds for
   * every larger size: doubling, then bisection to within 4 % (or 1 MiB).
   */
  static int smallest(IntPredicate completes) {
    int lo = 4;
    int hi = 16;
    while (!completes.test(hi)) {
      lo = hi;
      hi *= 2;
      if (hi > 32_768) {
        throw new IllegalStateException("needs more than 32 GiB");
      }
    }
    while (hi - lo > Math.max(1, hi / 25)) {
      int mid = (lo + hi) >>> 1;
      if (completes.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  static String perByte(long bytes, long size) {
    return BigDecimal.valueOf(Math.max(0, bytes)).divide(BigDecimal.valueOf(size), 1, RoundingMode.HALF_UP).toPlainString();
  }

  static long size(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return Files.size(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      long sum = 0;
      for (Path f : (Iterable<Path>) s::iterator) {
        sum += Files.size(f);
      }
      return sum;
    }
  }

  /** The inputs measured: real files and generated larger ones of every kind. */
  static List<Input> inputs(Path work) throws IOException {
    List<Input> in = new ArrayList<>();
    List<Disclosure> real = new ArrayList<>();
    List<Path> seeds = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      Path seed = work.resolve("seed-00" + n + ".txt");
      Files.writeString(seed, ImportBenchmark.seedText(n));
      seeds.add(seed);
      real.add(DisclosureImporter.defaults().importFile(seed).disclosure());
    }
    List<Path> pdfs = new ArrayList<>();
    for (String name : PDFS) {
      Path pdf = resource("pdfs/" + name + ".pdf", work.resolve(name + ".pdf"));
      pdfs.add(pdf);
      real.add(DisclosureImporter.defaults().importFile(pdf).disclosure());
    }
    DisclosureJson json = DisclosureJson.defaults();
    in.add(new Input(Kind.JSON, "seed 002 imported", write(work.resolve("seed-002.json"), json.writeString(real.get(2)))));
    in.add(new Input(Kind.JSON, "finance bureau PDF imported", write(work.resolve("finance.json"), json.writeString(real.get(4)))));
    List<Disclosure> corpus = Corpus.of(BenchData.SEED, 400_000).stream().collect(Collectors.toList());
    in.add(new Input(Kind.JSON, "tables of 30 corpus documents in one", write(work.resolve("big-30.json"),
        json.writeString(merged(corpus.subList(0, 30))))));
    in.add(new Input(Kind.JSON, "tables of 120 corpus documents in one", write(work.resolve("big-120.json"),
        json.writeString(merged(corpus.subList(0, 120))))));
    in.add(new Input(Kind.JSONL, "the 11 real documents", write(work.resolve("real.jsonl"), json.writeLines(real))));
    in.add(new Input(Kind.JSONL, "corpus, 100 000 line items", write(work.resolve("corpus-100k.jsonl"),
        json.writeLines(Corpus.of(BenchData.SEED, 100_000).stream().collect(Collectors.toList())))));
    in.add(new Input(Kind.JSONL, "corpus, 400 000 line items", write(work.resolve("corpus-400k.jsonl"), json.writeLines(corpus))));
    in.add(new Input(Kind.CSV, "the 11 real documents", tidy(work.resolve("real-csv"), real)));
    in.add(new Input(Kind.CSV, "corpus, 100 000 line items", tidy(work.resolve("corpus-100k-csv"),
        Corpus.of(BenchData.SEED, 100_000).stream().collect(Collectors.toList()))));
    in.add(new Input(Kind.CSV, "corpus, 400 000 line items", tidy(work.resolve("corpus-400k-csv"), corpus)));
    in.add(new Input(Kind.TEXT, "seed 000", seeds.get(0)));
    in.add(new Input(Kind.TEXT, "seed 002", seeds.get(2)));
    in.add(new Input(Kind.TEXT, "seed 000 × 12", write(work.resolve("seed-000x12.txt"),
        ImportBenchmark.seedText(0).repeat(12))));
    in.add(new Input(Kind.TEXT, "seed 000's first 40 lines, then 300 000 one-character lines",
        write(work.resolve("short-lines.txt"), head(ImportBenchmark.seedText(0), 40) + "x\n".repeat(300_000))));
    in.add(new Input(Kind.PDF, "Wanli 2023 budget (35 pages)", pdfs.get(1)));
    in.add(new Input(Kind.PDF, "finance bureau final account (25 pages)", pdfs.get(0)));
    in.add(new Input(Kind.PDF, "finance bureau × 4, merged (100 pages)", merge(pdfs.get(0), 4, Integer.MAX_VALUE,
        work.resolve("finance-x4.pdf"))));
    return in;
  }

  /** Tiny inputs of each kind: their smallest heap is the JVM's and the reader's classes'. */
  static List<Input> tinyInputs(Path work) throws IOException {
    Path dir = Files.createDirectories(work.resolve("tiny"));
    List<Disclosure> one = Corpus.of(BenchData.SEED, 100).stream().limit(1).collect(Collectors.toList());
    DisclosureJson json = DisclosureJson.defaults();
    List<Input> in = new ArrayList<>();
    in.add(new Input(Kind.JSON, "tiny", write(dir.resolve("tiny.json"), json.writeString(one.get(0)))));
    in.add(new Input(Kind.JSONL, "tiny", write(dir.resolve("tiny.jsonl"), json.writeLines(one))));
    in.add(new Input(Kind.CSV, "tiny", tidy(dir.resolve("tiny-csv"), one)));
    in.add(new Input(Kind.TEXT, "tiny", write(dir.resolve("tiny.txt"), head(ImportBenchmark.seedText(0), 40))));
    // the cover of a real PDF: it names the year, so the import completes
    Path real = resource("pdfs/" + PDFS[2] + ".pdf", dir.resolve("real.pdf"));
    in.add(new Input(Kind.PDF, "tiny", merge(real, 1, 1, dir.resolve("tiny.pdf"))));
    return in;
  }

  private static final String[] PDFS = {"putuo-finance-bureau-2024-final", "putuo-wanli-street-2023-budget",
    "putuo-gov-office-2025-budget", "putuo-gov-office-2025-unit-budget", "putuo-social-work-dept-2024-final",
    "putuo-wanli-street-2024-budget", "template-2024-final-account"};

  /** One document holding the tables of several: a large document of real shape. */
  static Disclosure merged(List<Disclosure> documents) {
    List<DisclosureTable> tables = new ArrayList<>();
    documents.forEach(d -> tables.addAll(d.tables()));
    return documents.get(0).withTables(tables);
  }

  static String head(String text, int lines) {
    return text.lines().limit(lines).collect(Collectors.joining("\n", "", "\n"));
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Path tidy(Path dir, List<Disclosure> documents) throws IOException {
    Files.createDirectories(dir);
    TidyCsv.defaults().write(documents, dir);
    return dir;
  }

  private static Path resource(String name, Path to) throws IOException {
    try (InputStream in = InputHeap.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not in the benchmark jar");
      }
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
    return to;
  }

  /** A PDF of {@code copies} copies of the first pages of one, page after page. */
  static Path merge(Path pdf, int copies, int pages, Path to) throws IOException {
    try (PDDocument out = new PDDocument()) {
      List<PDDocument> open = new ArrayList<>();
      try {
        for (int i = 0; i < copies; i++) {
          PDDocument d = Loader.loadPDF(pdf.toFile());
          open.add(d);
          for (int p = 0; p < Math.min(pages, d.getNumberOfPages()); p++) {
            out.importPage(d.getPage(p));
          }
        }
        out.save(to.toFile());
      } finally {
        for (PDDocument d : open) {
          d.close();
        }
      }
    }
    return to;
  }
}
