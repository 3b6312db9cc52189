package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.model.Disclosure;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tidy CSV set as a Frictionless Tabular Data Package (数据包): the files of {@link TidyCsv}
 * and a {@value #DESCRIPTOR} that describes them, so that tools which read data packages (frictionless,
 * pandas through them, R's {@code frictionless}) load the files with their types and links.
 *
 * <p>The descriptor follows the Tabular Data Package profile (v1): one {@code tabular-data-resource}
 * per file, each with its CSV dialect (comma, double quote, CRLF, header row, UTF-8) and a Table
 * Schema: every column's type ({@code integer} indices and line numbers, {@code number} amounts with
 * their printed scale, {@code boolean} flags written {@code true} or empty, {@code year}, {@code
 * array} and {@code object} for the JSON fields, {@code string} otherwise), whether it is always
 * filled, the enum constants it may hold, a description in Chinese and English, the file's primary
 * key and its foreign keys to the files it refers to ({@code document} to {@code documents.csv},
 * {@code document, table} to {@code tables.csv}, a line item to its row and column). The empty
 * field is the only missing value. Files hold what {@link TidyCsv} writes, formula neutralisation
 * included when it is on (the descriptor says so in {@code cn-budget:spreadsheetSafe}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DataPackage {
  /** The descriptor's file name. */
  public static final String DESCRIPTOR = "datapackage.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final TidyCsv csv;

  private DataPackage(TidyCsv csv) {
    this.csv = csv;
  }

  /**
   * A writer of the default tidy set ({@link TidyCsv#defaults()}).
   *
   * @return the writer
   */
  public static DataPackage defaults() {
    return new DataPackage(TidyCsv.defaults());
  }

  /**
   * This writer with other CSV options.
   *
   * @param value the tidy CSV codec whose files the package holds
   * @return the writer
   */
  public DataPackage withCsv(TidyCsv value) {
    return new DataPackage(value);
  }

  /**
   * The files of the package: the tidy set and its descriptor.
   *
   * @param documents the documents
   * @return file name → content, the tidy files then {@value #DESCRIPTOR}
   * @throws CodecException if a document holds what CSV cannot carry
   */
  public Map<String, byte[]> write(List<Disclosure> documents) {
    Map<String, byte[]> files = new LinkedHashMap<>(csv.write(documents));
    files.put(DESCRIPTOR, descriptor());
    return files;
  }

  /**
   * Writes the package into a directory, replacing files of the same names.
   *
   * @param documents the documents
   * @param directory the directory, created when missing
   * @throws CodecException if a document holds what CSV cannot carry
   * @throws UncheckedIOException if the files cannot be written
   */
  public void write(List<Disclosure> documents, Path directory) {
    TidyCsv.writeFiles(write(documents), directory);
  }

  /**
   * The descriptor alone: it depends on the CSV options only, not on the documents.
   *
   * @return the UTF-8 JSON of {@value #DESCRIPTOR}
   */
  public byte[] descriptor() {
    ObjectNode root = JSON.createObjectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", "cn-budget-disclosures");
    root.put("title", "预算公开数据 / Budget disclosures");
    root.put("description", "部门预算、决算公开文档的整洁 CSV 文件集，由 cn-budget 写出；文件之间以从 1 起的序号关联。"
        + "\nTidy CSV files of Chinese departmental budget and final-account disclosures, written by cn-budget;"
        + " files are linked by one-based indices.");
    root.put("cn-budget:spreadsheetSafe", csv.options().spreadsheetSafe());
    ArrayNode resources = root.putArray("resources");
    for (TidyFile f : TidyFile.values()) {
      resources.add(resource(f));
    }
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode resource(TidyFile f) {
    Columns<?, ?> columns = TidyColumns.of(f);
    ObjectNode r = JSON.createObjectNode();
    List<String> title = columns.title;
    r.put("profile", "tabular-data-resource");
    r.put("name", f.fileName().replace(".csv", ""));
    r.put("path", f.fileName());
    r.put("title", title.get(0) + " / " + title.get(1));
    r.put("description", title.get(2) + "\n" + title.get(3));
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\r\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    r.set("schema", TableSchemas.schema(columns));
    return r;
  }
}
