package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --charset} and {@code --keep-personal} on every command that reads documents: text in
 * GB18030 or UTF-16 is detected, and names and telephone numbers are withheld from every output
 * format (JSON, JSON Lines, tidy CSV, the text and the JSON report) unless kept.
 */
class ReadingOptionsTest {
  private static final String MARK = "〔已隐去〕";
  /** What the sample prints that must not be written by default. */
  private static final List<String> PERSONAL = List.of("张三", "钱七", "0755-88123456", "13812345678");

  @TempDir Path dir;

  /**
   * Seed 000 (examples/data) with a contact paragraph, and with a contact in a sentence whose percent
   * is wrong (增长 25% for 294 of 1,986), so that the report quotes it.
   */
  private Path sample(Charset charset) throws IOException {
    String seed = Files.readString(Fixtures.seed("000"), StandardCharsets.UTF_8);
    String stated = "比 2022 年预算增加 294 万元，增长 15%。";
    assertThat(seed).contains(stated, "\n第九部分 名词解释");
    String text = seed.replace(stated, "比 2022 年预算增加 294 万元，增长 25%（联系人：钱七，咨询电话：0755-88123456）。")
        .replace("\n第九部分 名词解释", "\n三、联系方式\n\n联系人：张三，联系电话：0755-88123456，手机：13812345678。\n\n第九部分 名词解释");
    return Files.write(dir.resolve("contacts-" + charset.name() + ".txt"), text.getBytes(charset));
  }

  private static String tree(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted().map(f -> {
        try {
          return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
  }

  /** Every output format: JSON, JSON Lines, tidy CSV, the text report and the JSON report. */
  private List<String> everyOutput(Path input, String... options) throws IOException {
    String tag = options.length == 0 ? "default" : "kept";
    Cli json = Cli.run(args("import", options, input.toString()));
    Path jsonl = dir.resolve(tag + ".jsonl");
    Cli lines = Cli.run(args("import", options, input.toString(), "-o", jsonl.toString()));
    Path csv = dir.resolve(tag + "-csv");
    Cli convert = Cli.run(args("convert", options, input.toString(), "--to", "csv", "-o", csv.toString()));
    Cli text = Cli.run(args("validate", options, input.toString()));
    Cli report = Cli.run(args("validate", options, "--format", "json", input.toString()));
    for (Cli c : List.of(json, lines, convert)) {
      assertThat(c.exitCode).as(c.toString()).isZero();
    }
    // the sentence's percent is wrong: an ERROR that quotes it
    assertThat(text.exitCode).as(text.toString()).isEqualTo(1);
    assertThat(report.exitCode).as(report.toString()).isEqualTo(1);
    return List.of(json.out, Files.readString(jsonl), tree(csv), text.out, report.out);
  }

  private static String[] args(String command, String[] options, String... rest) {
    return Stream.of(Stream.of(command), Stream.of(options), Stream.of(rest)).flatMap(s -> s).toArray(String[]::new);
  }

  @Test
  void personalData_isWithheldFromEveryOutput_unlessKept() throws Exception {
    Path input = sample(StandardCharsets.UTF_8);

    List<String> withheld = everyOutput(input);
    List<String> kept = everyOutput(input, "--keep-personal");

    List<String> formats = List.of("JSON", "JSON Lines", "tidy CSV", "text report", "JSON report");
    for (int i = 0; i < formats.size(); i++) {
      assertThat(withheld.get(i)).as(formats.get(i)).doesNotContain(PERSONAL).contains(MARK);
      assertThat(kept.get(i)).as(formats.get(i) + " --keep-personal").contains("钱七", "0755-88123456").doesNotContain(MARK);
    }
    // the documents carry the contact paragraph too: only the reports, quoting one sentence, lack it
    for (int i = 0; i < 3; i++) {
      assertThat(kept.get(i)).as(formats.get(i)).contains("张三", "13812345678");
    }
  }

  @Test
  void textInGb18030OrUtf16_isDetected_andCharsetCanBeGiven() throws Exception {
    Cli utf8 = Cli.run("import", "--keep-personal", sample(StandardCharsets.UTF_8).toString());
    assertThat(utf8.exitCode).as(utf8.toString()).isZero();
    for (Charset c : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16)) {
      // Java's UTF-16 encoder writes the big-endian byte order mark
      Path file = sample(c);
      Cli detected = Cli.run("import", "--keep-personal", file.toString());
      assertThat(detected.exitCode).as(detected.toString()).isZero();
      assertThat(detected.out).as(c.name()).isEqualTo(utf8.out);
      Cli given = Cli.run("import", "--keep-personal", "--charset", c.name(), file.toString());
      assertThat(given.out).as(c.name()).isEqualTo(utf8.out);
    }
    // a GBK file read as UTF-8 because the user said so: refused, naming the offset
    Cli wrong = Cli.run("validate", "--charset", "UTF-8", sample(Charset.forName("GB18030")).toString());
    assertThat(wrong.exitCode).isEqualTo(2);
    assertThat(wrong.out + wrong.err).contains("is not UTF-8 text: the bytes at offset").doesNotContain("Input length");
  }

  @Test
  void bytesInNoCharset_areRefusedNamingTheOffset() throws Exception {
    byte[] bytes = Files.readAllBytes(sample(StandardCharsets.UTF_8));
    // an ASCII byte ends any UTF-8 sequence before it: a byte no charset has, put there, is where UTF-8 fails
    int at = 30;
    while (bytes[at] < 0 || bytes[at] == '\n') {
      at++;
    }
    bytes[at] = (byte) 0xff;
    Path broken = Files.write(dir.resolve("broken.txt"), bytes);
    String where = "is neither UTF-8 nor GB18030 text: the bytes at offset " + at + " (line 3: FF";
    for (String command : List.of("import", "validate", "score")) {
      Cli r = Cli.run(command, broken.toString());
      assertThat(r.exitCode).as(command).isEqualTo(2);
      assertThat(r.out + r.err).as(command).contains(where).contains("are not GB18030");
    }
  }
}
