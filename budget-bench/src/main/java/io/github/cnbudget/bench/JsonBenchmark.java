package io.github.cnbudget.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.model.Disclosure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON decode and encode of a corpus (JSON Lines), against two baselines over the same bytes: a raw
 * Jackson streaming token walk (the floor: no objects built) and Jackson databind into plain records
 * with {@code BigDecimal} amounts (what a hand-rolled binding would cost).
 */
public class JsonBenchmark extends CorpusBenchmark {
  List<byte[]> lines;
  List<Records.Doc> records;
  ObjectReader recordReader;
  ObjectWriter recordWriter;
  JsonFactory factory;
  DisclosureJson json;

  /** Builds the corpus and its encodings once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    loadCorpus();
    lines = splitLines(data.jsonLines);
    ObjectMapper mapper = new ObjectMapper();
    recordReader = mapper.readerFor(Records.Doc.class);
    recordWriter = mapper.writerFor(Records.Doc.class);
    factory = mapper.getFactory();
    json = DisclosureJson.defaults();
    records = new ArrayList<>(lines.size());
    for (byte[] line : lines) {
      try {
        records.add(recordReader.readValue(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static List<byte[]> splitLines(byte[] bytes) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        byte[] line = new byte[i - start];
        System.arraycopy(bytes, start, line, 0, line.length);
        out.add(line);
        start = i + 1;
      }
    }
    return out;
  }

  /** Our decoder: JSON Lines into model documents. */
  @Benchmark
  public void decodeDocuments(Blackhole bh) {
    try (JsonLines.DocumentReader r = JsonLines.reader(new ByteArrayInputStream(data.jsonLines), json)) {
      while (r.hasNext()) {
        bh.consume(r.next());
      }
    }
  }

  /** Baseline: every token of the same bytes, nothing built. */
  @Benchmark
  public long baselineTokenWalk() throws IOException {
    long n = 0;
    for (byte[] line : lines) {
      try (JsonParser p = factory.createParser(line)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.VALUE_STRING) {
            n += p.getTextLength();
          } else {
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Baseline: databind of the same lines into plain records. */
  @Benchmark
  public void baselineDatabindRecords(Blackhole bh) throws IOException {
    for (byte[] line : lines) {
      bh.consume((Object) recordReader.readValue(line));
    }
  }

  /** Our encoder: model documents into JSON Lines. */
  @Benchmark
  public int encodeDocuments() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.jsonLines.length);
    try (JsonLines.DocumentWriter w = JsonLines.writer(out)) {
      for (Disclosure d : data.documents) {
        w.write(d);
      }
    }
    return out.size();
  }

  /** Baseline: databind writing the plain records. */
  @Benchmark
  public int baselineDatabindWrite() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.jsonLines.length);
    for (Records.Doc d : records) {
      recordWriter.writeValue(new NoCloseStream(out), d);
      out.write('\n');
    }
    return out.size();
  }

  /** Keeps databind from closing the shared buffer after each value. */
  static final class NoCloseStream extends java.io.FilterOutputStream {
    NoCloseStream(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
