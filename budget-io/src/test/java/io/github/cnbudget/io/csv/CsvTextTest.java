package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.CodecException;
import java.nio.charset.Charset;
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
          assertThat(e.location().line()).isEqualTo(2);
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
}
