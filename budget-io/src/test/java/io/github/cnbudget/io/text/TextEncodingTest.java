package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.model.Disclosure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real seed disclosures re-encoded as users save them read as their UTF-8 original does. */
class TextEncodingTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir Path dir;

  private static byte[] withMark(byte[] mark, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mark);
    out.writeBytes(body);
    return out.toByteArray();
  }

  /** The seed's text in an encoding, with the byte order mark an editor writes for it. */
  private static byte[] encoded(String text, String encoding) {
    switch (encoding) {
      case "GB18030":
        return text.getBytes(GB18030);
      case "UTF-8-BOM":
        return withMark(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text.getBytes(StandardCharsets.UTF_8));
      case "UTF-16LE-BOM":
        return withMark(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE));
      case "UTF-16BE-BOM":
        return withMark(new byte[] {(byte) 0xfe, (byte) 0xff}, text.getBytes(StandardCharsets.UTF_16BE));
      default:
        return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-8-BOM", "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM"})
  void everySeed_reEncoded_importsAsTheUtf8Original(String encoding) throws Exception {
    for (int seed = 0; seed < 4; seed++) {
      String text = Layouts.seed(seed);
      Path file = Files.write(dir.resolve(seed + "-" + encoding + ".txt"), encoded(text, encoding));
      Disclosure original = DisclosureImporter.defaults().importText(text).disclosure();

      Disclosure read = DisclosureImporter.defaults().importText(file).disclosure();

      assertThat(read).as("seed %d in %s", seed, encoding).isEqualTo(original);
    }
  }

  @Test
  void detection_namesTheCharsetAndTheMark() {
    String text = Layouts.seed(1);
    assertThat(TextEncoding.detect(encoded(text, "GB18030"), "")).satisfies(d -> {
      assertThat(d.charset()).isEqualTo(GB18030);
      assertThat(d.byteOrderMark()).isFalse();
      assertThat(d.text()).isEqualTo(text);
    });
    assertThat(TextEncoding.detect(encoded(text, "UTF-16LE-BOM"), "")).satisfies(d -> {
      assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
      assertThat(d.byteOrderMark()).isTrue();
      assertThat(d.text()).isEqualTo(text);
    });
    assertThat(TextEncoding.detect(encoded(text, "UTF-8"), "").charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void givenCharset_isUsedStrictly_andItsMarkSkipped() {
    String text = Layouts.seed(2);
    assertThat(TextEncoding.decode(encoded(text, "UTF-16BE-BOM"), Charset.forName("UTF-16"), "").text()).isEqualTo(text);
    assertThat(TextEncoding.decode(encoded(text, "UTF-8-BOM"), StandardCharsets.UTF_8, "").text()).isEqualTo(text);
    assertThat(TextEncoding.decode(encoded(text, "GB18030"), Charset.forName("GBK"), "").text()).isEqualTo(text);
    assertThatThrownBy(() -> TextEncoding.decode(encoded(text, "GB18030"), StandardCharsets.UTF_8, "seed.txt"))
        .isInstanceOf(TextEncodingException.class)
        .hasMessageContaining("File seed.txt is not UTF-8 text")
        .hasMessageContaining("it reads as GB18030 (GBK) text");
  }

  @Test
  void bytesNeitherUtf8NorGb18030_areRefusedNamingTheOffset() throws Exception {
    // a UTF-8 seed with one byte that occurs in neither encoding (0xFF) after its first line
    byte[] good = encoded(Layouts.seed(0), "UTF-8");
    int lineEnd = 0;
    while (good[lineEnd] != '\n') {
      lineEnd++;
    }
    int at = lineEnd + 1;
    byte[] broken = good.clone();
    broken[at] = (byte) 0xff;
    Path file = Files.write(dir.resolve("broken.txt"), broken);

    assertThatThrownBy(() -> DisclosureImporter.defaults().importText(file))
        .isInstanceOfSatisfying(TextEncodingException.class, e -> {
          assertThat(e.offset()).isEqualTo(at);
          assertThat(e.source()).contains(file.toString());
        })
        .hasMessageContaining("is neither UTF-8 nor GB18030 text")
        .hasMessageContaining("the bytes at offset " + at + " (line 2: FF")
        .hasMessageContaining(file.toString())
        .hasMessageNotContaining("Input length");
  }

  @FuzzTest(maxDuration = "10s")
  void detect_anyBytes_decodesOrNamesAnOffsetInside(byte[] bytes) {
    try {
      DecodedText d = TextEncoding.detect(bytes, "");
      // what was decoded encodes back to the same bytes (after the mark): nothing was replaced
      int mark = d.byteOrderMark() ? (d.charset().equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
      assertThat(d.text().getBytes(d.charset())).isEqualTo(java.util.Arrays.copyOfRange(bytes, mark, bytes.length));
    } catch (TextEncodingException e) {
      assertThat(e.offset()).isBetween(0L, (long) bytes.length);
    }
  }
}
