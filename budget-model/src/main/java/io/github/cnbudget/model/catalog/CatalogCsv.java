package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.Scheme;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads catalog CSV files: a minimal RFC 4180 reader (the model stays JDK-only, so no CSV library)
 * and the binder from records to {@link CatalogEntry}s.
 *
 * <p>RFC 4180 as written, plus what spreadsheets produce: records end with CRLF or LF, a field is
 * either bare (no quote inside) or quoted with {@code ""} for a quote and may then span lines, a
 * leading byte-order mark is skipped, and blank lines are ignored. Every error names the line where
 * its record starts.
 */
final class CatalogCsv {
  /** The header every catalog file starts with. */
  static final List<String> HEADER = List.of("scheme", "code", "name", "valid_from", "valid_to", "provenance");

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

  static List<CatalogEntry> bind(List<Record> records, String source) {
    if (records.isEmpty()) {
      throw new CatalogException(source, 1, "empty file: expected the header " + String.join(",", HEADER));
    }
    Record header = records.get(0);
    if (!header.fields.equals(HEADER)) {
      throw new CatalogException(source, header.line, "expected the header " + String.join(",", HEADER));
    }
    List<CatalogEntry> out = new ArrayList<>(records.size() - 1);
    for (Record r : records.subList(1, records.size())) {
      out.add(bind(r, source));
    }
    return out;
  }

  private static CatalogEntry bind(Record r, String source) {
    if (r.fields.size() != HEADER.size()) {
      throw new CatalogException(source, r.line, "expected " + HEADER.size() + " fields, found " + r.fields.size());
    }
    Scheme scheme;
    try {
      scheme = Scheme.valueOf(r.fields.get(0).strip());
    } catch (IllegalArgumentException e) {
      throw new CatalogException(source, r.line, "unknown scheme '" + r.fields.get(0) + "'", e);
    }
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
    try {
      CatalogEntry.Builder b = CatalogEntry.builder()
          .code(code)
          .name(r.fields.get(2).strip())
          .provenance(r.fields.get(5).strip());
      String from = r.fields.get(3).strip();
      if (!from.isEmpty()) {
        b.validFrom(FiscalYear.parse(from));
      }
      String to = r.fields.get(4).strip();
      if (!to.isEmpty()) {
        b.validTo(FiscalYear.parse(to));
      }
      return b.build();
    } catch (TextParseException e) {
      throw new CatalogException(source, r.line, "bad year: " + e.getMessage(), e);
    } catch (CatalogException e) {
      throw new CatalogException(source, r.line, e.reason(), e);
    }
  }
}
