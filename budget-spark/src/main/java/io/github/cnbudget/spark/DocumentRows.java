package io.github.cnbudget.spark;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadResult;
import io.github.cnbudget.io.read.Disclosures;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Rows of the documents table, built on executors: a published file imported, or a line of JSON
 * Lines decoded, each into our canonical JSON with the import problems beside it; or, when that
 * fails, a row with the reason and no document. Stateless; the codec it shares is immutable and
 * thread-safe.
 */
final class DocumentRows {
  private DocumentRows() {}

  /** The canonical format documents travel in between stages (not Java serialisation: it is stable and ours). */
  static final DisclosureJson JSON = DisclosureJson.defaults();

  /**
   * Reads one file with {@link Disclosures#read(Path)}: a published PDF (by its header) or disclosure
   * text, or our JSON or JSON Lines (by its extension).
   *
   * @param source the file's path as Spark names it
   * @param content the file's bytes
   * @return the row of its document with the read problems; for a file of several documents (JSON
   *     Lines) a row per document, named {@code source#n}, and a failed row per line that could not
   *     be read, named {@code source:line}; or the row of its failure
   */
  static List<Row> imported(String source, PortableDataStream content) {
    Path temp = null;
    try {
      // the importer (PDFBox) reads a file with random access: the bytes are spooled to a local
      // file of this executor, named like the source so that messages and the reader's choice by
      // extension stay those of the source
      temp = Files.createTempFile("cn-budget-", "-" + fileName(source));
      try (InputStream in = content.open()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      ReadResult result = Disclosures.read(temp);
      List<Disclosure> documents = result.documents();
      if (documents.size() == 1) {
        return List.of(document(source, source, documents.get(0), problems(result.problems())));
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        rows.add(document(source, source + "#" + (i + 1), documents.get(i), List.of()));
      }
      for (ReadProblem p : result.problems()) {
        rows.add(failed(source, source + ":" + p.line(), "CodecException: " + p.why()));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      String reason = Failures.describe(e);
      return List.of(failed(source, source, temp == null ? reason : reason.replace(temp.toString(), source)));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a temp file left behind is removed with the executor's temp folder; the document was read
          temp.toFile().deleteOnExit();
        }
      }
    }
  }

  /**
   * Decodes one line of a JSON Lines file.
   *
   * @param source the file's path
   * @param offset the byte offset where the line starts in the file
   * @param line the line's bytes (a reused buffer: read before returning)
   * @param length the number of bytes of the line in the buffer
   * @return the document's row, its failure's, or empty for a blank line
   */
  static Optional<Row> jsonLine(String source, long offset, byte[] line, int length) {
    String id = source + "@" + offset;
    if (length > JSON.options().maxDocumentLength()) {
      return Optional.of(failed(source, id, "CodecException: line longer than the maximum document length "
          + JSON.options().maxDocumentLength()));
    }
    try {
      return JsonLines.readLine(JSON, line, 0, length, 1).map(d -> document(source, id, d, List.of()));
    } catch (CodecException e) {
      // the reader numbers the line 1: name its place in the file by its id instead
      String pointer = e.position().pointer().filter(p -> !p.isEmpty()).map(p -> " at " + p).orElse("");
      return Optional.of(failed(source, id, "CodecException" + pointer + ": " + e.reason()));
    } catch (RuntimeException e) {
      return Optional.of(failed(source, id, Failures.describe(e)));
    }
  }

  private static Row document(String source, String id, Disclosure d, List<Row> problems) {
    return RowFactory.create(source, id, d.department().name(), d.year().value(), d.stage().name(),
        JSON.writeString(d), array(problems), null);
  }

  static Row failed(String source, String id, String reason) {
    return RowFactory.create(source, id, null, null, null, null, array(List.of()), reason);
  }

  /** Spark's row encoder takes an array column as a Scala sequence. */
  private static scala.collection.Seq<Row> array(List<Row> rows) {
    return CollectionConverters.asScala(rows);
  }

  private static List<Row> problems(List<ReadProblem> problems) {
    List<Row> out = new ArrayList<>(problems.size());
    for (ReadProblem p : problems) {
      out.add(RowFactory.create(p.severity().name(), p.page().isPresent() ? p.page().getAsInt() : null,
          p.line() > 0 ? p.line() : null, p.box().orElse(null), p.what(), p.why()));
    }
    return out;
  }

  private static String fileName(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    // keep the name a safe file name on any executor's file system
    return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }

  /**
   * The rows of one split of JSON Lines files, decoded as they are read (a split is not held in
   * memory); blank lines give no row.
   *
   * @param source the split's file
   * @param lines the split's lines by byte offset (Hadoop reuses the {@code Text})
   * @return the rows
   */
  static Iterator<Row> jsonLines(String source, Iterator<Tuple2<LongWritable, Text>> lines) {
    return new Iterator<>() {
      private @Nullable Row next;

      @Override
      public boolean hasNext() {
        while (next == null && lines.hasNext()) {
          Tuple2<LongWritable, Text> l = lines.next();
          next = jsonLine(source, l._1().get(), l._2().getBytes(), l._2().getLength()).orElse(null);
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = Objects.requireNonNull(next, "hasNext() read it");
        next = null;
        return r;
      }
    };
  }
}
