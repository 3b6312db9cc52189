package io.github.cnbudget.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.cnbudget.io.csv.TidyCsv;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tidy CSV decode and encode of a corpus against FastCSV's raw record iteration over the same files
 * (and raw writing of the same records): the floor any CSV binding stands on.
 */
public class CsvBenchmark extends CorpusBenchmark {
  TidyCsv csv;
  List<List<List<String>>> rawRecords;

  /** Builds the corpus and its tidy CSV set once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    loadCorpus();
    csv = TidyCsv.defaults();
    rawRecords = new ArrayList<>();
    for (byte[] file : data.tidyCsv.values()) {
      List<List<String>> recs = new ArrayList<>();
      try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new String(file, StandardCharsets.UTF_8))) {
        for (CsvRecord rec : r) {
          recs.add(rec.getFields());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      rawRecords.add(recs);
    }
  }

  /** Our decoder: the tidy CSV set back into documents. */
  @Benchmark
  public void decodeTidy(Blackhole bh) {
    bh.consume(csv.read(data.tidyCsv));
  }

  /** Baseline: every field of every record of the same files, decoded from UTF-8, nothing built. */
  @Benchmark
  public long baselineFastCsvRead() throws java.io.IOException {
    long n = 0;
    for (Map.Entry<String, byte[]> e : data.tidyCsv.entrySet()) {
      try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new String(e.getValue(), StandardCharsets.UTF_8))) {
        for (CsvRecord rec : r) {
          n += rec.getFieldCount();
        }
      }
    }
    return n;
  }

  /** Our encoder: documents into the tidy CSV set. */
  @Benchmark
  public void encodeTidy(Blackhole bh) {
    bh.consume(csv.write(data.documents));
  }

  /** Baseline: FastCSV writing the same records. */
  @Benchmark
  public long baselineFastCsvWrite() throws java.io.IOException {
    long n = 0;
    for (List<List<String>> file : rawRecords) {
      StringWriter out = new StringWriter();
      try (CsvWriter w = CsvWriter.builder().build(out)) {
        for (List<String> rec : file) {
          w.writeRecord(rec);
        }
      }
      n += out.toString().getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
