package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.model.Disclosure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arbitrary bytes, truncations and mutations of a valid tidy file set raise only
 * {@link CodecException}. The input is the files of {@link TidyFile} in declaration order, separated
 * by NUL bytes (missing trailing files are absent). Whatever is read writes back and reads back
 * equal. {@code mvn verify} replays the committed corpus; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TidyCsvFuzzTest {
  private static final TidyCsv CSV = TidyCsv.create();

  static Map<String, byte[]> split(byte[] data) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    TidyFile[] all = TidyFile.values();
    int start = 0;
    int f = 0;
    for (int i = 0; i <= data.length && f < all.length; i++) {
      if (i == data.length || data[i] == 0) {
        files.put(all[f++].fileName(), java.util.Arrays.copyOfRange(data, start, i));
        start = i + 1;
      }
    }
    return files;
  }

  static byte[] join(Map<String, byte[]> files) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    boolean first = true;
    for (TidyFile f : TidyFile.values()) {
      if (!first) {
        out.write(0);
      }
      first = false;
      out.writeBytes(files.getOrDefault(f.fileName(), new byte[0]));
    }
    return out.toByteArray();
  }

  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) {
    if (data == null) {
      return;
    }
    List<Disclosure> docs;
    try {
      docs = CSV.read(split(data));
    } catch (CodecException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    Map<String, byte[]> again;
    try {
      again = CSV.write(docs);
    } catch (CodecException refused) {
      // e.g. a present but empty optional text, which the CSV cannot carry: refused, never lost
      assertThat(refused.reason()).contains("CSV cannot carry");
      return;
    }
    assertThat(CSV.read(again)).isEqualTo(docs);
  }
}
