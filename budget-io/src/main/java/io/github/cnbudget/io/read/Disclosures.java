package io.github.cnbudget.io.read;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadResult;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.Disclosure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads any supported input into documents and problems (读取预算公开文件), choosing the reader by the
 * input, so that callers need not:
 * <ul>
 *   <li>a folder: a tidy CSV set ({@code documents.csv} and the files beside it), read strictly;</li>
 *   <li>{@code .json}: one document in the canonical JSON, read strictly;</li>
 *   <li>{@code .jsonl}: JSON Lines, one document per line; a line that cannot be read is a problem
 *       of severity {@code ERROR} at that line (its {@link CodecException#problem()}), and the other
 *       lines are still read;</li>
 *   <li>anything else: a published disclosure — a PDF recognised by its {@code %PDF-} header, whatever
 *       its name, else disclosure text — with the importer, whose problems the result carries.</li>
 * </ul>
 * A JSON Lines file is held in memory as its documents; to stream a large one, use
 * {@link JsonLines#reader(InputStream)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Disclosures {
  private Disclosures() {}

  /**
   * Reads an input with the {@linkplain ReadSettings#defaults() default settings}.
   *
   * @param path a file or a tidy CSV folder
   * @return the documents and the problems met
   * @throws CodecException when JSON or a tidy CSV set cannot be read
   * @throws io.github.cnbudget.io.ImportException when a disclosure text or PDF cannot be
   *     imported
   * @throws UncheckedIOException when the input cannot be read
   */
  public static ReadResult read(Path path) {
    return read(path, ReadSettings.defaults());
  }

  /**
   * Reads an input.
   *
   * @param path a file or a tidy CSV folder
   * @param settings the charset of text, the codecs' bounds and the importer
   * @return the documents and the problems met
   * @throws CodecException when JSON or a tidy CSV set cannot be read
   * @throws io.github.cnbudget.io.ImportException when a disclosure text or PDF cannot be
   *     imported
   * @throws UncheckedIOException when the input cannot be read
   * @throws IllegalArgumentException when a tidy CSV folder is to be read in a charset other than
   *     UTF-8 or GB18030
   */
  public static ReadResult read(Path path, ReadSettings settings) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    if (Files.isDirectory(path)) {
      return ReadResult.of(settings.csv().read(path), List.of());
    }
    switch (extension(path)) {
      case "json":
        return ReadResult.of(List.of(settings.json().read(path)), List.of());
      case "jsonl":
        return jsonLines(path, settings.json());
      default:
        ImportResult imported = settings.importer().importFile(path);
        return ReadResult.of(List.of(imported.disclosure()), imported.report().problems());
    }
  }

  /** The lower-case extension of a file name, without the dot; empty when there is none. */
  private static String extension(Path path) {
    Path name = path.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Every line of a JSON Lines file: a line longer than the document bound is skipped without being
   * held, and a line that cannot be read becomes that line's problem.
   */
  private static ReadResult jsonLines(Path path, DisclosureJson json) {
    String file = String.valueOf(path.getFileName());
    long max = json.options().maxDocumentLength();
    List<Disclosure> documents = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      long line = 0;
      int len = 0;
      boolean tooLong = false;
      boolean pending = false;
      for (int b = in.read(); ; b = in.read()) {
        if (b == '\n' || b < 0) {
          if (b < 0 && !pending) {
            break;
          }
          line++;
          if (tooLong) {
            problems.add(at(file, JsonLines.tooLong(line, json)));
          } else {
            try {
              JsonLines.readLine(json, buf, 0, len, line).ifPresent(documents::add);
            } catch (CodecException e) {
              problems.add(at(file, e));
            }
          }
          len = 0;
          tooLong = false;
          pending = false;
          if (b < 0) {
            break;
          }
          continue;
        }
        pending = true;
        if (tooLong) {
          continue;
        }
        if (len >= max) {
          // the rest of the line is skipped, never held
          tooLong = true;
          continue;
        }
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(Math.max(buf.length * 2L, 1), Integer.MAX_VALUE - 8));
        }
        buf[len++] = (byte) b;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
    return ReadResult.of(documents, problems);
  }

  /** A line's failure as a problem of the named file. */
  private static ReadProblem at(String file, CodecException e) {
    SourcePosition p = e.position().withFile(file);
    return ReadProblem.of(e.kind(), e.problem().severity(), p, "", e.reason());
  }
}
