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
  private static final TidyCsv CSV = TidyCsv.defaults();

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

  /**
   * The set as a whole: files dropped, an extra file added, the files in any order, through both
   * {@link TidyCsv#read(Map)} and {@link TidyCsv#read(java.nio.file.Path)}. The first bytes choose
   * what is done to the set (the fourth also whether the set is written to a folder and read from
   * there); the rest is the set as in {@link #read}. Only {@link CodecException}
   * escapes; a set missing a file fails naming a missing file; an extra file fails; the order of
   * the files changes nothing; a folder reads as its map does.
   */
  @FuzzTest(maxDuration = "30s")
  void readSet(byte[] data) throws java.io.IOException {
    if (data == null || data.length < 4) {
      return;
    }
    // 2 bytes: which files to drop (at most one, so that most inputs still reach the reader's
    // core), 1 byte: an extra file or not, 1 byte: the order's seed
    int drop = (data[0] & 0xff) < 0x20 ? (data[1] & 0xff) % TidyFile.values().length : -1;
    boolean extra = (data[2] & 0xff) < 0x10;
    long seed = data[3];
    Map<String, byte[]> ordered = split(java.util.Arrays.copyOfRange(data, 4, data.length));
    String dropped = drop >= 0 ? TidyFile.values()[drop].fileName() : null;
    if (dropped != null) {
      ordered.remove(dropped);
    }
    List<Map.Entry<String, byte[]>> entries = new java.util.ArrayList<>(ordered.entrySet());
    java.util.Collections.shuffle(entries, new java.util.Random(seed));
    Map<String, byte[]> shuffled = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : entries) {
      shuffled.put(e.getKey(), e.getValue());
    }
    if (extra) {
      ordered.put("extra.csv", new byte[] {'x'});
      shuffled.put("extra.csv", new byte[] {'x'});
    }
    Object fromOrdered = outcome(() -> CSV.read(ordered));
    // the same order read again would prove nothing: only another order is read
    Object fromShuffled = List.copyOf(shuffled.keySet()).equals(List.copyOf(ordered.keySet()))
        ? fromOrdered : outcome(() -> CSV.read(shuffled));
    assertThat(fromShuffled).isEqualTo(fromOrdered);
    boolean incomplete = ordered.size() - (extra ? 1 : 0) < TidyFile.values().length;
    if (extra) {
      assertThat(fromOrdered).asString().isEqualTo("extra.csv: not a file of the tidy set");
    } else if (incomplete) {
      assertThat(fromOrdered).asString().contains("required file missing");
    }
    if ((seed & 0x0f) != 0) {
      // the folder (files on disk) for one input in 16: it costs a hundred times the rest
      return;
    }
    // one folder for the run, emptied after each input: creating and deleting a folder per input
    // cost more than reading the set
    java.nio.file.Path dir = folder();
    try {
      for (Map.Entry<String, byte[]> e : shuffled.entrySet()) {
        java.nio.file.Files.write(dir.resolve(e.getKey()), e.getValue());
      }
      Object fromFolder = outcome(() -> CSV.read(dir));
      if (fromOrdered instanceof List) {
        assertThat(fromFolder).isEqualTo(fromOrdered);
      } else {
        // the folder may name a different missing or extra file first, but fails all the same
        assertThat(fromFolder).isInstanceOf(String.class);
      }
    } finally {
      for (String name : shuffled.keySet()) {
        java.nio.file.Files.deleteIfExists(dir.resolve(name));
      }
    }
  }

  private static java.nio.file.Path folder;

  private static java.nio.file.Path folder() {
    if (folder == null) {
      folder = io.github.cnbudget.io.Scratch.folder("tidy-set");
    }
    return folder;
  }

  /** The documents read, or the message of the {@link CodecException}: nothing else may escape. */
  private static Object outcome(java.util.function.Supplier<List<Disclosure>> read) {
    try {
      return read.get();
    } catch (CodecException e) {
      assertThat(e.getMessage()).isNotBlank();
      return e.getMessage();
    }
  }
}
