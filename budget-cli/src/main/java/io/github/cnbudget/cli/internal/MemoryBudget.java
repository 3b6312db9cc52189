package io.github.cnbudget.cli.internal;

import io.github.cnbudget.io.text.DisclosureImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What reading one input may cost in heap (单个输入的内存预算), checked before it is read, so that an
 * input this JVM cannot hold is that input's failure rather than an {@link OutOfMemoryError} in the
 * middle of a batch. The cost is the input's size times the heap per byte of its kind, as measured
 * (see {@code docs/resource-model.md}), rounded up for safety, plus for a PDF the heap any PDF
 * costs whatever its size; the budget is three quarters of the
 * JVM's maximum heap, the rest being left to the command and to what it writes.
 *
 * <p>Stateless and thread-safe.
 */
public final class MemoryBudget {
  /** Heap bytes per byte of a JSON document, or of a whole JSON Lines file read at once. */
  static final long JSON = 24;
  /** Heap bytes per byte of a tidy CSV set (all its files). */
  static final long CSV = 24;
  /** Heap bytes per byte of disclosure text (the importer's worst case: many short lines). */
  static final long TEXT = 300;
  /**
   * Heap bytes per byte of a PDF: its objects stay in scratch files and its pages are laid out one
   * at a time, so the heap holds its text and model only (a 147 MB, 1,000-page PDF: 55 MB after
   * collection, see docs/pdf.md); one byte per byte is a bound with room to spare.
   */
  static final long PDF = 1;
  /**
   * Heap a PDF costs whatever its size: the fonts and images of the page being laid out. The
   * finance bureau's 3.7 MB PDF needs a 39–41 MiB heap, and four copies of it in one 14.7 MB file
   * the same (budget-bench {@code InputHeap}, docs/resource-model.md).
   */
  static final long PDF_FIXED = 40L << 20;

  private MemoryBudget() {}

  /**
   * Checks that an input can be read within this JVM's heap.
   *
   * @param input the input (a file, or a folder holding a tidy CSV set)
   * @throws IOException naming the estimate and the heap when it cannot
   */
  public static void check(Input input) throws IOException {
    check(input, Runtime.getRuntime().maxMemory());
  }

  static void check(Input input, long maxHeap) throws IOException {
    Path p = input.path();
    boolean folder = Files.isDirectory(p);
    long size = folder ? folderSize(p) : Files.size(p);
    boolean pdf = !folder && !input.extension().equals("json") && !input.extension().equals("jsonl")
        && DisclosureImporter.isPdf(p);
    long perByte = folder ? CSV
        : input.extension().equals("json") || input.extension().equals("jsonl") ? JSON
        : pdf ? PDF : TEXT;
    long fixed = pdf ? PDF_FIXED : 0;
    long need = size > (Long.MAX_VALUE - fixed) / perByte ? Long.MAX_VALUE : fixed + size * perByte;
    long budget = maxHeap / 4 * 3;
    if (need > budget) {
      throw new IOException("too large for this JVM's heap: reading " + size + " bytes needs about " + mb(need)
          + " MB, more than the " + mb(budget) + " MB budget of a " + mb(maxHeap)
          + " MB heap; raise the heap (JAVA_TOOL_OPTIONS=-Xmx…) or split the input");
    }
  }

  private static long folderSize(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      long sum = 0;
      for (Path f : (Iterable<Path>) s::iterator) {
        sum += Files.isRegularFile(f) ? Files.size(f) : 0;
      }
      return sum;
    }
  }

  private static long mb(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
