package io.github.cnbudget.bench;

import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.testkit.Corpus;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data every benchmark works on: a corpus of generated documents and its encodings, built once
 * per trial so that the measured methods only decode, encode or validate.
 */
final class BenchData {
  /** Fixed so that every run measures the same documents. */
  static final long SEED = 20231231L;

  final List<Disclosure> documents;
  final long lineItems;
  final byte[] jsonLines;
  final Map<String, byte[]> tidyCsv;

  private BenchData(List<Disclosure> documents) {
    this.documents = documents;
    this.lineItems = documents.stream().mapToLong(Corpus::lineItems).sum();
    this.jsonLines = encodeJsonLines(documents);
    this.tidyCsv = TidyCsv.defaults().write(documents);
  }

  static BenchData of(long targetLineItems) {
    return new BenchData(Corpus.of(SEED, targetLineItems).stream().collect(Collectors.toUnmodifiableList()));
  }

  static byte[] encodeJsonLines(List<Disclosure> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try (JsonLines.DocumentWriter w = JsonLines.writer(out)) {
      for (Disclosure d : documents) {
        w.write(d);
      }
    }
    return out.toByteArray();
  }

  static DisclosureJson json() {
    return DisclosureJson.defaults();
  }
}
