package io.github.cnbudget.io.json;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a small-heap JVM by {@link JsonLinesTest}: reads a JSON Lines file and prints the count. */
public final class JsonLinesCounter {
  private JsonLinesCounter() {}

  public static void main(String[] args) throws Exception {
    long n = 0;
    long start = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])));
        JsonLines.DocumentReader r = JsonLines.reader(in)) {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    }
    long mb = Files.size(Path.of(args[0])) >> 20;
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println("read " + mb + " MB in " + String.format("%.1f", seconds) + " s, heap max "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MB, documents=" + n);
  }
}
