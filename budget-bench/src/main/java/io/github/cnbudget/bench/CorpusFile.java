package io.github.cnbudget.bench;

import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.testkit.Corpus;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated corpus to a JSON Lines file, one document at a time (constant memory).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.cnbudget.bench.CorpusFile OUT.jsonl LINE_ITEMS [SEED]}.
 */
public final class CorpusFile {
  private CorpusFile() {}

  /**
   * Entry point.
   *
   * @param args output file, line items, optional seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long items = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : BenchData.SEED;
    long[] stats = write(out, items, seed);
    System.out.println("wrote " + stats[0] + " documents, " + stats[1] + " line items, " + Files.size(out)
        + " bytes to " + out);
  }

  /**
   * Writes the corpus.
   *
   * @param out the file
   * @param items target line items
   * @param seed the seed
   * @return documents and line items written
   * @throws IOException if the file cannot be written
   */
  static long[] write(Path out, long items, long seed) throws IOException {
    long[] stats = new long[2];
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonLines.DocumentWriter w = JsonLines.writer(os)) {
      Corpus.of(seed, items).stream().forEach(d -> {
        w.write(d);
        stats[0]++;
        stats[1] += Corpus.lineItems(d);
      });
    }
    return stats;
  }
}
