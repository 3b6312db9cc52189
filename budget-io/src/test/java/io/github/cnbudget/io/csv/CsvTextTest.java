package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.testkit.Gen;
import io.github.cnbudget.testkit.PropertyChecks;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {
  private static final Charset GB = Charset.forName("GB18030");

  @Test
  void decode_auto_readsUtf8AndGb18030() {
    String text = "a,b\r\n深圳市医疗保障局,𠀀\r\n";

    assertThat(CsvText.decode(text.getBytes(StandardCharsets.UTF_8), "f.csv", CsvEncoding.AUTO, 1000)).isEqualTo(text);
    assertThat(CsvText.decode(text.getBytes(GB), "f.csv", CsvEncoding.AUTO, 1000)).isEqualTo(text);
  }

  @Test
  void decode_bom_isSkippedEvenWhenGb18030IsDeclared() {
    byte[] body = "深圳".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(CsvText.decode(bytes, "f.csv", CsvEncoding.GB18030, 1000)).isEqualTo("深圳");
  }

  @Test
  void decode_gb18030DeclaredUtf8_failsWithRow() {
    byte[] bytes = "a\n中文".getBytes(GB);

    assertThatThrownBy(() -> CsvText.decode(bytes, "f.csv", CsvEncoding.UTF_8, 1000))
        .isInstanceOfSatisfying(CodecException.class, e -> {
          assertThat(e.position().line()).isEqualTo(2);
          assertThat(e.reason()).contains("not valid in UTF-8");
        });
  }

  @Test
  void decode_invalidInBoth_fails() {
    byte[] bytes = {(byte) 0xff, (byte) 0xff, (byte) 0xff};

    assertThatThrownBy(() -> CsvText.decode(bytes, "f.csv", CsvEncoding.AUTO, 1000))
        .isInstanceOf(CodecException.class).hasMessageContaining("neither UTF-8 nor GB18030");
  }

  @Test
  void decode_tooLong_fails() {
    assertThatThrownBy(() -> CsvText.decode(new byte[11], "f.csv", CsvEncoding.AUTO, 10))
        .isInstanceOf(CodecException.class).hasMessageContaining("maximum of 10 bytes");
  }

  /** Bytes near every boundary of UTF-8's well-formed ranges, so that most sequences hit an edge. */
  private static final int[] EDGES = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
      0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};

  @Test
  void utf8_agreesWithTheJdksReportingDecoder() {
    Gen<byte[]> bytes = random -> {
      byte[] b = new byte[random.nextInt(9)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : EDGES[random.nextInt(EDGES.length)]);
      }
      return b;
    };
    int[] valid = {0};
    PropertyChecks.forAll(200_000, bytes, b -> {
      String jdk;
      try {
        jdk = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
      } catch (CharacterCodingException e) {
        jdk = null;
      }
      CharBuffer ours = CsvText.utf8(b, 0);
      assertThat(ours == null ? null : ours.toString()).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(jdk);
      valid[0] += jdk != null ? 1 : 0;
    });
    // both answers are exercised, not just the (overwhelming) malformed one
    assertThat(valid[0]).isGreaterThan(5_000);
  }

  @Test
  void decode_utf8_givesTheSameTextAsTheJdk() {
    String text = "a,b\r\n深圳市,𠀀 ,é,\u0000,\u07ff\u0800\uffff\r\n";

    assertThat(CsvText.decode(text.getBytes(StandardCharsets.UTF_8), "f.csv", CsvEncoding.AUTO, 1000)).isEqualTo(text);
    assertThat(CsvText.decode(text.getBytes(StandardCharsets.UTF_8), "f.csv", CsvEncoding.UTF_8, 1000)).isEqualTo(text);
    assertThat((Object) CsvText.utf8(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, 0)).isNull(); // a surrogate
    assertThat((Object) CsvText.utf8(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0)).isNull();
    assertThat((Object) CsvText.utf8(new byte[] {(byte) 0xc0, (byte) 0x80}, 0)).isNull(); // overlong NUL
  }

  @Test
  void reader_inPiecesOfAnySize_givesTheTextOfDecode() {
    int[] points = {'a', ',', '"', '\r', '\n', 0xe9, 0x7ff, 0x800, 0x6df1, 0xffff, 0x10000, 0x20000, 0x10ffff};
    Gen<String> texts = random -> {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.appendCodePoint(points[random.nextInt(points.length)]);
      }
      return b.toString();
    };
    PropertyChecks.forAll(20_000, texts, text -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      StringBuilder read = new StringBuilder();
      try (java.io.Reader r = CsvText.reader(bytes, "f.csv", CsvEncoding.AUTO, 1000)) {
        char[] buf = new char[3];
        int piece = 1 + Math.floorMod(text.hashCode(), 3);
        int n;
        while ((n = r.read(buf, 0, piece)) != -1) {
          read.append(buf, 0, n);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(read.toString()).isEqualTo(text).isEqualTo(CsvText.decode(bytes, "f.csv", CsvEncoding.AUTO, 1000));
    });
  }

  @Test
  void reader_stopsAtBytesThatAreNotUtf8() throws Exception {
    byte[] bytes = "a,b\r\n中文".getBytes(GB);

    try (java.io.Reader r = CsvText.reader(bytes, "f.csv", CsvEncoding.AUTO, 1000)) {
      char[] buf = new char[100];
      assertThatThrownBy(() -> r.read(buf, 0, 100)).isInstanceOf(CsvText.NotUtf8.class);
    }
    assertThat(CsvText.isUtf8(bytes, 0)).isFalse();
    assertThat(CsvText.isUtf8("a,b\r\n中文".getBytes(StandardCharsets.UTF_8), 0)).isTrue();
  }
}
