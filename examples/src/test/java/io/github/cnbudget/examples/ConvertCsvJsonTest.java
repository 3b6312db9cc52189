package io.github.cnbudget.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCsvJsonTest {
  @TempDir Path dir;

  @Test
  void roundTrip_builtDocument_isEqual() {
    Disclosure d = BuildDocument.document();
    assertThat(ConvertCsvJson.roundTrip(d, dir.resolve("csv"))).isEqualTo(d);
  }

  @Test
  void roundTrip_writesOneLineItemPerAmount() throws Exception {
    ConvertCsvJson.roundTrip(BuildDocument.document(), dir);
    List<String> lines = Files.readAllLines(dir.resolve("line_items.csv"));
    // a header, then 3 rows × 3 columns of amounts
    assertThat(lines).hasSize(1 + 9);
    assertThat(lines.get(0)).startsWith("document,");
  }

  @Test
  void roundTrip_importedSeed_isEqual() {
    Disclosure seed = ValidateDocument.read(Path.of("data", "001_7bda8749b22d307a.txt"));
    assertThat(ConvertCsvJson.roundTrip(seed, dir.resolve("seed"))).isEqualTo(seed);
  }

  @Test
  void main_reportsEqualRoundTrip() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      ConvertCsvJson.main(new String[] {dir.resolve("main").toString()});
    } finally {
      System.setOut(old);
    }
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("read back equal: true");
  }
}
