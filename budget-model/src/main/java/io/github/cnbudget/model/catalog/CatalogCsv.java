package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads catalog CSV files: a minimal RFC 4180 reader (the model stays JDK-only, so no CSV library)
 * and the binder from records to {@link CatalogEntry}s or {@link CompletePart}s.
 *
 * <p>RFC 4180 as written, plus what spreadsheets produce: records end with CRLF or LF, a field is
 * either bare (no quote inside) or quoted with {@code ""} for a quote and may then span lines, a
 * leading byte-order mark is skipped, and blank lines are ignored. Every error names the line where
 * its record starts.
 */
final class CatalogCsv {
  /** The header every catalog file starts with. */
  static final List<String> HEADER =
      List.of("scheme", "code", "name", "valid_from", "valid_to", "trust", "provenance");
  /** The header of files written before the trust column. */
  static final List<String> HEADER_WITHOUT_TRUST =
      List.of("scheme", "code", "name", "valid_from", "valid_to", "provenance");
  /** The header of a file that declares the parts a catalog holds completely. */
  static final List<String> PARTS_HEADER = List.of("scheme", "parent", "valid_from", "valid_to", "provenance");

  private CatalogCsv() {}

  /** A record with the line it starts on. */
  static final class Record {
    final int line;
    final List<String> fields;

    Record(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }
  }

  static List<Record> read(Reader in, String source) throws IOException {
    List<Record> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStarted = false;
    boolean first = true;
    int c;
    while ((c = in.read()) != -1) {
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (quoted) {
        if (c == '"') {
          int next = in.read();
          if (next == '"') {
            field.append('"');
            continue;
          }
          quoted = false;
          afterQuote = true;
          if (next == -1) {
            break;
          }
          c = next;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
          continue;
        }
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int next = in.read();
          if (next != '\n') {
            throw new CatalogException(source, line, "bare CR: records end with CRLF or LF");
          }
        }
        if (fieldStarted || field.length() > 0 || afterQuote) {
          fields.add(field.toString());
          out.add(new Record(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        afterQuote = false;
        fieldStarted = false;
        line++;
        recordLine = line;
      } else if (afterQuote) {
        throw new CatalogException(source, line, "unexpected character after a closing quote");
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new CatalogException(source, line, "quote inside an unquoted field");
        }
        quoted = true;
        fieldStarted = true;
      } else {
        field.append((char) c);
      }
    }
    if (quoted) {
      throw new CatalogException(source, recordLine, "unterminated quoted field");
    }
    if (fieldStarted || field.length() > 0 || afterQuote) {
      fields.add(field.toString());
      out.add(new Record(recordLine, List.copyOf(fields)));
    }
    return out;
  }

  /** What a catalog file holds: entries, or the parts held completely. */
  static final class Parsed {
    final List<CatalogEntry> entries;
    final List<CompletePart> parts;

    Parsed(List<CatalogEntry> entries, List<CompletePart> parts) {
      this.entries = entries;
      this.parts = parts;
    }
  }

  static Parsed bind(List<Record> records, String source) {
    if (records.isEmpty()) {
      throw new CatalogException(source, 1, "empty file: expected the header " + String.join(",", HEADER));
    }
    Record header = records.get(0);
    List<Record> body = records.subList(1, records.size());
    if (header.fields.equals(PARTS_HEADER)) {
      List<CompletePart> parts = new ArrayList<>(body.size());
      for (Record r : body) {
        parts.add(bindPart(r, source));
      }
      return new Parsed(List.of(), parts);
    }
    // files written before the trust column keep loading; their entries are taken as given
    boolean withTrust = header.fields.equals(HEADER);
    if (!withTrust && !header.fields.equals(HEADER_WITHOUT_TRUST)) {
      throw new CatalogException(source, header.line, "expected the header " + String.join(",", HEADER)
          + " (entries) or " + String.join(",", PARTS_HEADER) + " (parts held completely)");
    }
    List<CatalogEntry> out = new ArrayList<>(body.size());
    for (Record r : body) {
      out.add(bind(r, source, withTrust));
    }
    return new Parsed(out, List.of());
  }

  private static Scheme scheme(Record r, String source) {
    try {
      return Scheme.valueOf(r.fields.get(0).strip());
    } catch (IllegalArgumentException e) {
      throw new CatalogException(source, r.line, "unknown scheme '" + r.fields.get(0) + "'", e);
    }
  }

  private static ClassificationCode code(Record r, String source, Scheme scheme) {
    ClassificationCode code;
    try {
      String digits = r.fields.get(1).strip();
      // the first digit decides the scheme everywhere else (ClassificationCodes), so a catalog row
      // must agree with it or its code could never be looked up
      code = ClassificationCodes.parse(digits);
    } catch (TextParseException e) {
      throw new CatalogException(source, r.line, "bad code '" + r.fields.get(1) + "': " + e.reason(), e);
    }
    if (code.scheme() != scheme) {
      throw new CatalogException(source, r.line, "code " + code + " is not of scheme " + scheme);
    }
    return code;
  }

  private static FiscalYear year(Record r, int field, String source) {
    try {
      return FiscalYear.parse(r.fields.get(field).strip());
    } catch (TextParseException e) {
      throw new CatalogException(source, r.line, "bad year: " + e.getMessage(), e);
    }
  }

  private static CompletePart bindPart(Record r, String source) {
    if (r.fields.size() != PARTS_HEADER.size()) {
      throw new CatalogException(source, r.line, "expected " + PARTS_HEADER.size() + " fields, found " + r.fields.size());
    }
    Scheme scheme = scheme(r, source);
    CompletePart.Builder b = CompletePart.builder().scheme(scheme);
    if (!r.fields.get(1).isBlank()) {
      ClassificationCode parent = code(r, source, scheme);
      if (parent.level() == CodeLevel.ITEM) {
        throw new CatalogException(source, r.line, "a 项 has no children: " + parent);
      }
      b.parent(parent);
    }
    if (r.fields.get(2).isBlank() || r.fields.get(3).isBlank()) {
      throw new CatalogException(source, r.line, "a part held completely needs both years");
    }
    b.validFrom(year(r, 2, source)).validTo(year(r, 3, source)).provenance(r.fields.get(4).strip());
    try {
      return b.build();
    } catch (CatalogException e) {
      throw new CatalogException(source, r.line, e.reason(), e);
    }
  }

  private static CatalogEntry bind(Record r, String source, boolean withTrust) {
    int expected = withTrust ? HEADER.size() : HEADER_WITHOUT_TRUST.size();
    if (r.fields.size() != expected) {
      throw new CatalogException(source, r.line, "expected " + expected + " fields, found " + r.fields.size());
    }
    Scheme scheme = scheme(r, source);
    ClassificationCode code = code(r, source, scheme);
    CatalogEntry.Builder b = CatalogEntry.builder()
        .code(code)
        .name(r.fields.get(2).strip())
        .provenance(r.fields.get(withTrust ? 6 : 5).strip());
    if (withTrust && !r.fields.get(5).isBlank()) {
      try {
        b.trust(Trust.valueOf(r.fields.get(5).strip()));
      } catch (IllegalArgumentException e) {
        throw new CatalogException(source, r.line, "unknown trust '" + r.fields.get(5) + "'", e);
      }
    }
    if (!r.fields.get(3).isBlank()) {
      b.validFrom(year(r, 3, source));
    }
    if (!r.fields.get(4).isBlank()) {
      b.validTo(year(r, 4, source));
    }
    try {
      return b.build();
    } catch (CatalogException e) {
      throw new CatalogException(source, r.line, e.reason(), e);
    }
  }
}
