package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.testkit.PropertyChecks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  private static List<Disclosure> readAll(byte[] bytes) {
    try (JsonLines.DocumentReader r = JsonLines.reader(new ByteArrayInputStream(bytes))) {
      return r.stream().collect(Collectors.toList());
    }
  }

  @Test
  void roundTrip_manyDocuments_oneLineEach() {
    PropertyChecks.forAll(20, TestDocuments.documents().list(0, 6), docs -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonLines.DocumentWriter w = JsonLines.writer(out)) {
        docs.forEach(w::write);
      }
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(docs.size());
      assertThat(readAll(out.toByteArray())).isEqualTo(docs);
      assertThat(DisclosureJson.defaults().writeLines(docs)).isEqualTo(text);
    });
  }

  @Test
  void read_blankLinesAndCrlf_areAccepted() {
    String one = DisclosureJson.defaults().writeString(TestDocuments.shenzhen2023());
    byte[] bytes = ("\r\n" + one + "\r\n\n  \n" + one).getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(bytes)).hasSize(2);
  }

  @Test
  void readLine_partOfABuffer_likeTheReader() {
    DisclosureJson codec = DisclosureJson.defaults();
    String one = codec.writeString(TestDocuments.shenzhen2023());
    byte[] bytes = ("  \r\n" + one + "\r\n" + one.replace("\"stage\":\"BUDGET\"", "\"stage\":\"PLAN\"")).getBytes(StandardCharsets.UTF_8);
    int second = 4;
    int secondEnd = second + one.getBytes(StandardCharsets.UTF_8).length + 1; // with its \r
    int third = secondEnd + 1;

    assertThat(JsonLines.readLine(codec, bytes, 0, 3, 1)).isEmpty();
    assertThat(JsonLines.readLine(codec, bytes, second, secondEnd, 2)).contains(TestDocuments.shenzhen2023());
    assertThatThrownBy(() -> JsonLines.readLine(codec, bytes, third, bytes.length, 3))
        .isInstanceOfSatisfying(CodecException.class, e -> {
          assertThat(e.position().line()).isEqualTo(3);
          assertThat(e.position().pointer()).contains("/stage");
        });
    assertThatThrownBy(() -> JsonLines.readLine(codec, bytes, 5, bytes.length + 1, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void read_badDocument_namesPhysicalLineAndPointer() {
    String one = DisclosureJson.defaults().writeString(TestDocuments.shenzhen2023());
    byte[] bytes = (one + "\n\n" + one.replace("\"stage\":\"BUDGET\"", "\"stage\":\"PLAN\"") + "\n")
        .getBytes(StandardCharsets.UTF_8);

    try (JsonLines.DocumentReader r = JsonLines.reader(new ByteArrayInputStream(bytes))) {
      assertThat(r.next()).isNotNull();
      assertThatThrownBy(r::next).isInstanceOfSatisfying(CodecException.class, e -> {
        assertThat(e.position().line()).isEqualTo(3);
        assertThat(e.position().pointer()).contains("/stage");
        assertThat(e.reason()).contains("unknown Stage 'PLAN'");
      });
    }
  }

  @Test
  void read_lineLongerThanBound_failsWithoutReadingItAll() {
    DisclosureJson small = DisclosureJson.defaults().withOptions(ReadOptions.defaults().withMaxDocumentLength(1000));
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };

    try (JsonLines.DocumentReader r = JsonLines.reader(endless, small)) {
      assertThatThrownBy(r::hasNext).isInstanceOf(CodecException.class)
          .hasMessageContaining("line longer than the maximum document length 1000");
    }
  }

  /**
   * A file many times larger than the heap of a forked JVM streams through it: memory is bounded by
   * the largest single document, not by the file.
   */
  @Test
  void read_fileFarLargerThanHeap_streamsInBoundedMemory(@TempDir Path dir) throws Exception {
    byte[] line = (DisclosureJson.defaults().writeString(TestDocuments.shenzhen2023()) + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("big.jsonl");
    long target = 96L << 20;
    long lines = 0;
    byte[] block = new byte[line.length * 256];
    for (int i = 0; i < 256; i++) {
      System.arraycopy(line, 0, block, i * line.length, line.length);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < target; written += block.length) {
        out.write(block);
        lines += 256;
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), JsonLinesCounter.class.getName(), file.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output;
    try (InputStream in = p.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(Files.size(file)).isGreaterThan(5 * (16L << 20));
    assertThat(output.strip()).endsWith("documents=" + lines);
    assertThat(new File(file.toString()).delete()).isTrue();
  }
}
