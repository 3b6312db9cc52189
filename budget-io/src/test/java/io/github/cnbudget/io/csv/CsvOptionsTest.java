package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.ReadOptions;
import org.junit.jupiter.api.Test;

class CsvOptionsTest {
  @Test
  void defaults_autoEncodingStrictNeutralising() {
    CsvOptions o = CsvOptions.defaults();

    assertThat(o.encoding()).isEqualTo(CsvEncoding.AUTO);
    assertThat(o.readOptions()).isSameAs(ReadOptions.defaults());
    assertThat(o.spreadsheetSafe()).isTrue();
  }

  @Test
  void with_returnsChangedCopies() {
    CsvOptions o = CsvOptions.defaults().withEncoding(CsvEncoding.GB18030).withSpreadsheetSafe(true)
        .withReadOptions(ReadOptions.defaults().withMaxStringLength(10));

    assertThat(o.encoding()).isEqualTo(CsvEncoding.GB18030);
    assertThat(o.spreadsheetSafe()).isTrue();
    assertThat(o.readOptions().maxStringLength()).isEqualTo(10);
    assertThat(CsvOptions.defaults().encoding()).isEqualTo(CsvEncoding.AUTO);
  }
}
