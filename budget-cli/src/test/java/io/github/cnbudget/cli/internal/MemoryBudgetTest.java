package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {
  @TempDir Path dir;

  @Test
  void check_inputWhoseEstimateExceedsThreeQuartersOfTheHeap_isRefusedNamingBoth() throws IOException {
    Path json = Files.write(dir.resolve("a.json"), new byte[1 << 20]);
    long heap = 24L << 20;

    assertThatThrownBy(() -> MemoryBudget.check(Input.of(json), heap)).isInstanceOf(IOException.class)
        .hasMessage("too large for this JVM's heap: reading 1048576 bytes needs about 24 MB, more than the 18 MB budget"
            + " of a 24 MB heap; raise the heap (JAVA_TOOL_OPTIONS=-Xmx…) or split the input");
    assertThatCode(() -> MemoryBudget.check(Input.of(json), 64L << 20)).doesNotThrowAnyException();
  }

  @Test
  void check_textCostsMorePerByteThanJson_andAFolderCountsAllItsFiles() throws IOException {
    Path text = Files.write(dir.resolve("a.txt"), new byte[100_000]);
    Path set = Files.createDirectories(dir.resolve("set"));
    Files.write(set.resolve("documents.csv"), new byte[600_000]);
    Files.write(set.resolve("line_items.csv"), new byte[600_000]);

    assertThatThrownBy(() -> MemoryBudget.check(Input.of(text), 32L << 20)).hasMessageContaining("reading 100000 bytes");
    Path json = Files.write(dir.resolve("a.json"), new byte[100_000]);
    assertThatCode(() -> MemoryBudget.check(Input.of(json), 32L << 20)).doesNotThrowAnyException();
    assertThatThrownBy(() -> MemoryBudget.check(Input.of(set), 32L << 20)).hasMessageContaining("reading 1200000 bytes");
  }

  @Test
  void check_pdfCostsItsFixedPartWhateverItsSize_thenAByteAByte() throws IOException {
    // recognised by its header, whatever its name
    Path pdf = Files.write(dir.resolve("a.bin"), "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> MemoryBudget.check(Input.of(pdf), 48L << 20))
        .hasMessageContaining("reading 9 bytes needs about 41 MB, more than the 36 MB budget");
    assertThatCode(() -> MemoryBudget.check(Input.of(pdf), 64L << 20)).doesNotThrowAnyException();
    Path big = Files.write(dir.resolve("big.pdf"), new byte[9 << 20]);
    Files.write(big, "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.WRITE);
    assertThatThrownBy(() -> MemoryBudget.check(Input.of(big), 64L << 20)).hasMessageContaining("needs about 49 MB");
  }
}
