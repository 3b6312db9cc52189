package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import pipeline's stages depend one way only: the page layout knows no format reader and no
 * recognition, the PDF reader no recognition, and recognition neither the PDF nor the importer
 * that hands it lines — so a new input format or a new layout touches one package.
 */
class PipelinePackagesTest {
  private static final Path MAIN = Path.of("src", "main", "java", "io", "github", "cnbudget", "io");
  /** Documentation may point at the importer's entry point; code may not use it. */
  private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*(?:/\\*\\*|\\*|//).*$");
  private static final Pattern USE = Pattern.compile("io\\.github\\.cnbudget\\.io\\.(\\w+)\\.[A-Z]|org\\.apache\\.pdfbox");

  @Test
  void layout_usesNeitherAFormatReaderNorRecognition() throws IOException {
    assertThat(uses("layout")).doesNotContain("pdf", "text", "recognition", "pdfbox");
  }

  @Test
  void pdf_usesLayoutButNotRecognition() throws IOException {
    assertThat(uses("pdf")).contains("layout", "pdfbox").doesNotContain("text", "recognition");
  }

  @Test
  void recognition_knowsNeitherThePdfNorTheImporter() throws IOException {
    assertThat(uses("recognition")).doesNotContain("pdf", "text", "pdfbox", "json", "csv");
  }

  @Test
  void text_handsLaidOutLinesToRecognition() throws IOException {
    assertThat(uses("text")).contains("layout", "pdf", "recognition");
  }

  /** The io packages (and PDFBox) a package's code names, in imports or qualified names. */
  private static List<String> uses(String pkg) throws IOException {
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(COMMENT_LINE.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(""));
        while (m.find()) {
          String name = m.group(1) == null ? "pdfbox" : m.group(1);
          if (!used.contains(name)) {
            used.add(name);
          }
        }
      }
    }
    return used;
  }
}
