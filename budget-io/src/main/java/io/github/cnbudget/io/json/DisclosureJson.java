package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.io.internal.Utf8;
import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.model.Disclosure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes disclosures in the canonical JSON format (JSON 读写) without any Jackson
 * configuration: from and to a path, a stream or a string.
 *
 * <pre>{@code
 * DisclosureJson json = DisclosureJson.defaults();
 * Disclosure d = json.read(Path.of("shenzhen-2023.json"));
 * String text = json.writeString(d);
 * }</pre>
 *
 * <p>Reading is strict and bounded by {@link ReadOptions#defaults()}; every failure is a
 * {@link CodecException} naming the JSON pointer and line/column. Writing is canonical: equal
 * documents give byte-identical output, and reading that output gives an equal document.
 *
 * <p>Immutable and thread-safe; one instance can serve any number of threads.
 */
public final class DisclosureJson {
  private final ReadOptions options;
  private final boolean pretty;
  private final ObjectMapper mapper;

  private DisclosureJson(ReadOptions options, boolean pretty) {
    this.options = options;
    this.pretty = pretty;
    this.mapper = mapper(options);
  }

  /**
   * A codec with the default options: strict, default bounds, compact output.
   *
   * @return the codec
   */
  public static DisclosureJson defaults() {
    return new DisclosureJson(ReadOptions.defaults(), false);
  }

  /**
   * This codec with other read options.
   *
   * @param newOptions the options
   * @return a codec reading with them
   */
  public DisclosureJson withOptions(ReadOptions newOptions) {
    return new DisclosureJson(Objects.requireNonNull(newOptions, "newOptions"), pretty);
  }

  /**
   * This codec writing indented (two spaces, one field per line) or compact JSON.
   *
   * @param value true to indent; compact (false) by default
   * @return a codec writing that way
   */
  public DisclosureJson withPrettyPrint(boolean value) {
    return new DisclosureJson(options, value);
  }

  /**
   * The read options.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /** A mapper used only for parser/generator creation and for untyped trees: no default typing. */
  static ObjectMapper mapper(ReadOptions o) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(o.maxDocumentLength())
            .maxNestingDepth(o.maxNestingDepth())
            .maxStringLength(o.maxStringLength())
            .maxNumberLength(o.maxNumberLength())
            .maxNameLength(Math.min(o.maxStringLength(), 50_000))
            .build())
        // duplicates are refused by JsonDocReader itself (a short scan per object, not a HashSet);
        // lenient parsers switch this back on for the untyped trees they keep (see document())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // characters beyond the BMP (e.g. rare 汉字 in names) as UTF-8, not as escaped surrogate pairs
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
    factory.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    ObjectMapper m = new ObjectMapper(factory);
    // unknown fields kept by lenient reads round-trip exactly: no double anywhere
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.configure(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    m.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    return m;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads one document from a file (UTF-8).
   *
   * @param path the file
   * @return the document
   * @throws CodecException if the file is not a valid document, or cannot be read
   */
  public Disclosure read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (IOException e) {
      throw new CodecException(ReadProblem.Kind.UNREADABLE_INPUT, SourcePosition.unknown().withFile(path.toString()), "cannot read: " + e, e);
    }
  }

  /**
   * Reads one document from a stream (UTF-8; the stream is not closed).
   *
   * @param in the stream
   * @return the document
   * @throws CodecException if the input is not a valid document
   */
  public Disclosure read(InputStream in) {
    // the parser decodes UTF-8 leniently (C0 80 as NUL): the bytes are checked as they are read
    return parse(() -> mapper.createParser(Utf8.checking(in)), false).document();
  }

  /**
   * Reads one document from a string.
   *
   * @param json the JSON text
   * @return the document
   * @throws CodecException if the text is not a valid document
   */
  public Disclosure readString(String json) {
    return parse(() -> mapper.createParser(json), false).document();
  }

  /**
   * Reads one document from bytes (UTF-8).
   *
   * @param json the JSON bytes
   * @return the document
   * @throws CodecException if the input is not a valid document
   */
  public Disclosure readBytes(byte[] json) {
    return readBytes(json, 0, json.length);
  }

  /** Reads one document from part of a buffer (UTF-8): JSON Lines reads each line in place. */
  Disclosure readBytes(byte[] buf, int off, int len) {
    Utf8.check(buf, off, len);
    return parse(() -> mapper.createParser(buf, off, len), false).document();
  }

  /**
   * Reads leniently: unknown fields are kept aside and malformed optional values dropped, each
   * reported as a problem; malformed JSON, a missing required field or a broken bound still throw.
   *
   * @param json the JSON text
   * @return the document, the problems and the unknown fields
   * @throws CodecException if the text cannot be read even leniently
   */
  public JsonReadResult readLenient(String json) {
    return parse(() -> mapper.createParser(json), true);
  }

  /** Opens a parser over some input. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private JsonReadResult parse(ParserSource source, boolean lenient) {
    try (JsonParser p = source.open()) {
      return document(p, lenient);
    } catch (IOException e) {
      throw wrap(e, null);
    }
  }

  JsonReadResult document(JsonParser p, boolean lenient) throws IOException {
    if (lenient) {
      // unknown fields are read as trees, which do not go through the reader's own check
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    JsonDocReader r = new JsonDocReader(p, lenient, options.maxNumberLength(), true);
    try {
      p.nextToken();
      Disclosure d = r.disclosure();
      if (p.nextToken() != null) {
        throw r.error(ReadProblem.Kind.JSON_SYNTAX, "unexpected content after the document");
      }
      return new JsonReadResult(d, r.problems(), r.extras());
    } catch (JsonProcessingException e) {
      throw wrap(e, r);
    } catch (NumberFormatException | ArithmeticException e) {
      // not expected from the binder (it checks numbers itself); kept so no number escapes unwrapped
      throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, r.here(), "malformed number: " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      // cannot happen within the nesting bound; kept so that no input escapes as an Error
      throw new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, r.here(), "input nested too deeply");
    }
  }

  static CodecException wrap(IOException e, @Nullable JsonDocReader r) {
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      JsonLocation l = j.getLocation();
      SourcePosition at = SourcePosition.ofJson("", l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr());
      if (r != null) {
        try {
          // the bounds' errors carry no location: the parser stands just past the offending value
          SourcePosition now = r.now();
          at = l == null || l.getLineNr() <= 0 ? now : SourcePosition.ofJson(now.pointer().orElse(""), at.line(), at.column());
        } catch (RuntimeException ignored) {
          // keep the exception's own location
        }
      }
      return new CodecException(JsonMessages.kind(j), at, JsonMessages.reason(j), e);
    }
    return new CodecException(ReadProblem.Kind.UNREADABLE_INPUT, SourcePosition.unknown(), "cannot read: " + e, e);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a document to a file (UTF-8), replacing it.
   *
   * @param document the document
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Disclosure document, Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a stream (UTF-8; the stream is flushed, not closed).
   *
   * @param document the document
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Disclosure document, OutputStream out) {
    write(document, Map.of(), out);
  }

  /**
   * The JSON text of a document.
   *
   * @param document the document
   * @return the canonical JSON
   */
  public String writeString(Disclosure document) {
    return new String(writeBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * The JSON bytes (UTF-8) of a document.
   *
   * @param document the document
   * @return the canonical JSON
   */
  public byte[] writeBytes(Disclosure document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(document, Map.of(), out);
    return out.toByteArray();
  }

  /**
   * Writes a leniently read document back with its unknown fields where they were.
   *
   * @param result a lenient read's result
   * @return the JSON text
   */
  public String write(JsonReadResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(result.document(), result.unknown(), out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  void write(Disclosure document, Map<String, Map<String, JsonNode>> extras, OutputStream out) {
    write(document, extras, out, pretty);
  }

  void write(Disclosure document, Map<String, Map<String, JsonNode>> extras, OutputStream out, boolean indent) {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      if (indent) {
        g.useDefaultPrettyPrinter();
      }
      new JsonDocWriter(g, extras, mapper).disclosure(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes several documents as JSON Lines (see {@link JsonLines}).
   *
   * @param documents the documents
   * @return one compact JSON document per line, each line ending in {@code \n}
   */
  public String writeLines(List<Disclosure> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLines.DocumentWriter w = JsonLines.writer(out, this)) {
      documents.forEach(w::write);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }
}
