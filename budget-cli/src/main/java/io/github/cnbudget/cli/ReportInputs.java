package io.github.cnbudget.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cnbudget.cli.internal.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents a validation report was made from (报告所校验的文件): {@code budget score report.json}
 * scores the inputs that {@code budget validate --format json} read, as its {@code import.files}
 * name them. A report holds findings, not documents, so the documents are read again from their
 * files.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportInputs {
  private static final JsonFactory JSON = new JsonFactory();

  private ReportInputs() {}

  /**
   * The inputs, with each validation report replaced by the inputs it names.
   *
   * @param inputs the inputs as expanded from the command line
   * @return the inputs to read
   */
  static List<Input> expand(List<Input> inputs) {
    List<Input> out = new ArrayList<>();
    for (Input in : inputs) {
      Optional<List<String>> sources = in.problem().isEmpty() && in.extension().equals("json") && Files.isRegularFile(in.path())
          ? sources(in.path()) : Optional.empty();
      if (sources.isEmpty()) {
        out.add(in);
        continue;
      }
      for (String s : sources.get()) {
        out.add(resolve(in.path(), s));
      }
    }
    return out;
  }

  /**
   * A source as the report names it: relative to the working folder, as {@code validate} was run,
   * else to the report's folder (a report moved with its documents).
   */
  private static Input resolve(Path report, String source) {
    Path p;
    try {
      p = Path.of(source);
    } catch (java.nio.file.InvalidPathException e) {
      return Input.unreadable(source, "not a file name (named by the report " + report + "): " + e.getMessage());
    }
    if (!p.isAbsolute() && !Files.exists(p)) {
      // the report was read from a file, which has a folder
      Path beside = Objects.requireNonNull(report.toAbsolutePath().getParent()).resolve(source);
      if (Files.exists(beside)) {
        p = beside;
      }
    }
    if (!Files.exists(p)) {
      return Input.unreadable(source, "no such file (named by the report " + report + ")");
    }
    // a report is data from anywhere: it may name files and folders, never a device or a pipe
    return Files.isRegularFile(p) || Files.isDirectory(p) ? Input.of(p)
        : Input.unreadable(source, "not a regular file (named by the report " + report + ")");
  }

  /**
   * The sources a validation report names, read as a stream (a report of a large batch is large).
   *
   * @param file a JSON file
   * @return the sources, or empty when the file is not a validation report (a document, or broken)
   */
  static Optional<List<String>> sources(Path file) {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
          || !"findings".equals(p.currentName())) {
        return Optional.empty();
      }
      List<String> sources = new ArrayList<>();
      boolean files = false;
      // the findings are not needed: skipped without being built
      p.nextToken();
      p.skipChildren();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("import") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY && field.equals("files")) {
              files = true;
              readFiles(p, sources);
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
      return files ? Optional.of(sources) : Optional.empty();
    } catch (IOException e) {
      // not JSON this reader understands: reading it as a document reports why
      return Optional.empty();
    }
  }

  private static void readFiles(JsonParser p, List<String> sources) throws IOException {
    while (p.nextToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("source") && value == JsonToken.VALUE_STRING) {
          sources.add(p.getText());
        } else {
          p.skipChildren();
        }
      }
    }
  }
}
