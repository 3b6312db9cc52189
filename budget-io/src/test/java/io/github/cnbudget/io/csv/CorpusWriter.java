package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the committed seed corpora of the fuzz tests (run by hand; see docs/fuzzing.md). */
public final class CorpusWriter {
  private CorpusWriter() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources");
    Path json = root.resolve("io/github/cnbudget/io/json/DisclosureJsonFuzzTestInputs");
    Path csv = root.resolve("io/github/cnbudget/io/csv/TidyCsvFuzzTestInputs/read");
    DisclosureJson codec = DisclosureJson.defaults();
    SplittableRandom r = new SplittableRandom(42);
    for (String method : new String[] {"read", "readLenient", "readLines"}) {
      Files.createDirectories(json.resolve(method));
    }
    Files.createDirectories(csv);
    Disclosure hand = TestDocuments.shenzhen2023();
    write(json.resolve("read/seed-00"), codec.writeBytes(hand));
    write(json.resolve("readLenient/seed-00"), codec.writeString(hand).replace("\"year\"", "\"x-note\":[1.50],\"year\"")
        .getBytes(StandardCharsets.UTF_8));
    write(json.resolve("readLines/seed-00"), codec.writeLines(List.of(hand, hand)).getBytes(StandardCharsets.UTF_8));
    write(csv.resolve("seed-00"), TidyCsvFuzzTest.join(TidyCsv.defaults().write(List.of(hand))));
    Disclosure real = io.github.cnbudget.testkit.seeds.SeedDocuments.seed(3);
    write(json.resolve("read/seed-real-003"), codec.writeBytes(real));
    write(csv.resolve("seed-real-003"), TidyCsvFuzzTest.join(TidyCsv.defaults().write(List.of(real))));
    for (int i = 1; i <= 5; i++) {
      Disclosure d = TestDocuments.documents().generate(r);
      String name = String.format("seed-%02d", i);
      write(json.resolve("read").resolve(name), codec.writeBytes(d));
      write(json.resolve("readLenient").resolve(name), codec.writeBytes(d));
      write(json.resolve("readLines").resolve(name),
          codec.writeLines(List.of(d, hand)).getBytes(StandardCharsets.UTF_8));
      write(csv.resolve(name), TidyCsvFuzzTest.join(TidyCsv.defaults().write(List.of(d))));
    }
  }

  private static void write(Path p, byte[] bytes) throws Exception {
    Files.write(p, bytes);
  }
}
