package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Binds the canonical JSON form from a streaming parser, one token at a time, so that every error
 * knows its JSON pointer and line/column. Each {@code read…} method starts on the value's first
 * token and ends on its last; the walking and the scalars are {@link JsonCursor}'s.
 *
 * <p>Strict: anything unexpected throws {@link CodecException}. Lenient: unknown fields are kept in
 * {@link #extras()} and malformed optional values are dropped, both recorded in {@link #problems()}.
 */
final class JsonDocReader extends JsonCursor {
  private final java.util.HashMap<String, ClassificationCode> sharedFunctional = new java.util.HashMap<>();
  private final java.util.HashMap<String, ClassificationCode> sharedEconomic = new java.util.HashMap<>();

  /**
   * A reader.
   *
   * @param detectDuplicates whether to refuse an object naming a field twice; set when the parser
   *     does not do it itself (Jackson's detector costs a HashSet per object)
   */
  JsonDocReader(JsonParser p, boolean lenient, int maxNumberLength, boolean detectDuplicates) {
    super(p, lenient, maxNumberLength, detectDuplicates);
  }

  /** A page place ({@code 6:56.6,120.0,300.2,134.5}), or null for JSON null. */
  @Nullable PagePlace place() throws IOException {
    Start where = start();
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return PagePlace.parse(text);
    } catch (BudgetException e) {
      throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, at(where), "invalid page place «" + text + "» (page:x0,y0,x1,y1)", e);
    }
  }

  private <T> T build(Supplier<T> builder, Start start) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      if (!e.missing().isEmpty()) {
        // the model names the attributes by accessor, which is also the JSON field name
        throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(start), "missing required field(s) " + e.missing(), e);
      }
      throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, at(start), "invalid object: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- objects, by their shapes

  Disclosure disclosure() throws IOException {
    return object(Shapes.DOCUMENT);
  }

  DisclosureTable table() throws IOException {
    return object(Shapes.TABLE);
  }

  /**
   * An object of a shape, field by field: each field's reading from {@link Shapes}, an unknown field
   * refused (or kept aside when lenient), then the fields the shape checks itself, then the model's
   * own checks when it is built.
   */
  @SuppressWarnings("unchecked")
  <M, B> M object(Shape<M, B> s) throws IOException {
    if (s == Shapes.ROW) {
      return (M) row();
    }
    Start where = start();
    B b = s.builder.get();
    long read = 0;
    int d = open(s.what);
    String f;
    while ((f = nextField(d, s.what)) != null) {
      WireField<M, B> field = s.field(f);
      if (field == null) {
        unknown(f, objectPointer(d));
      } else if (java.util.Objects.requireNonNull(field.reading, f).read(this, b)) {
        read |= field.bit;
      }
    }
    if ((read & s.checked) != s.checked) {
      for (WireField<M, B> field : s.fields()) {
        if (field.checked && (read & field.bit) == 0) {
          throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(where), "missing required field '" + field.name + "'");
        }
      }
    }
    return build(() -> s.build.apply(b), where);
  }

  /** An object in a field of its own (the department, the precision): dropped when lenient and not an object. */
  <M> @Nullable M objectValue(Shape<M, ?> s) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected an object, found " + describe(p.currentToken()));
    }
    return object(s);
  }

  /** The objects of an array, all of one shape. */
  <M> List<M> list(String what, Shape<M, ?> s) throws IOException {
    List<M> out = new ArrayList<>();
    if (s == Shapes.ROW) {
      // the bulk of every document: a loop of its own keeps the call to row() direct and inlined
      @SuppressWarnings("unchecked")
      List<Row> rows = (List<Row>) out;
      array(what, () -> rows.add(row()));
    } else {
      array(what, () -> out.add(object(s)));
    }
    return out;
  }

  /** Strings by key (an indicator's history). */
  void stringMap(String what, BiConsumer<String, String> put) throws IOException {
    fields(what, (k, q) -> io(() -> set(string(), v -> put.accept(k, v))));
  }

  // ---------------------------------------------------------------- rows and cells

  Row row() throws IOException {
    Start where = start();
    Row.Builder b = Row.builder();
    String digits = null;
    Scheme scheme = null;
    Start codeAt = null;
    // a plain loop rather than fields(): rows are the bulk of every document
    int d = open("a row");
    String f;
    while ((f = nextField(d, "a row")) != null) {
      switch (f) {
        case "kind":
          RowKind kindValue = constant(RowKind.class);
          if (kindValue != null) {
            b.kind(kindValue);
          }
          break;
        case "code":
          digits = string();
          codeAt = start();
          break;
        case "scheme":
          scheme = constant(Scheme.class);
          break;
        case "label":
          String labelValue = sharedString();
          if (labelValue != null) {
            b.label(labelValue);
          }
          break;
        case "concept":
          Concept conceptValue = constant(Concept.class);
          if (conceptValue != null) {
            b.concept(conceptValue);
          }
          break;
        case "unit":
          String unitValue = sharedString();
          if (unitValue != null) {
            b.unit(unitValue);
          }
          break;
        case "side":
          Side sideValue = constant(Side.class);
          if (sideValue != null) {
            b.side(sideValue);
          }
          break;
        case "number":
          String numberValue = string();
          if (numberValue != null) {
            b.number(numberValue);
          }
          break;
        case "line":
          Integer lineValue = line();
          if (lineValue != null) {
            b.line(lineValue);
          }
          break;
        case "place":
          PagePlace placeValue = place();
          if (placeValue != null) {
            b.place(placeValue);
          }
          break;
        case "unplaced":
          array("unplaced", () -> {
            Cell value = cell();
            if (value != null) {
              b.addUnplaced(value);
            }
          });
          break;
        case "cells":
          int c = open("cells");
          String key;
          while ((key = nextField(c, "cells")) != null) {
            Cell cell = cell();
            if (cell != null) {
              b.putCells(key, cell);
            }
          }
          break;
        default:
          unknown(f, objectPointer(d));
      }
    }
    if (digits != null || scheme != null) {
      ClassificationCode c = code(digits, scheme, codeAt == null ? where : codeAt);
      if (c != null) {
        b.code(c);
      }
    }
    return build(b::build, where);
  }
  /** The location (pointer included) is computed only for a problem: it costs a path walk. */
  private @Nullable ClassificationCode code(@Nullable String digits, @Nullable Scheme scheme, Start s) {
    String problem = null;
    ClassificationCode c = null;
    if (digits == null || scheme == null) {
      problem = digits == null ? "a scheme without a code" : "a code without its scheme";
    } else {
      java.util.HashMap<String, ClassificationCode> shared =
          scheme == Scheme.FUNCTIONAL ? sharedFunctional : sharedEconomic;
      ClassificationCode known = shared.get(digits);
      if (known != null && known.scheme() == scheme) {
        return known;
      }
      try {
        c = scheme == Scheme.FUNCTIONAL ? FunctionalCode.parse(digits) : EconomicCode.parse(digits);
        if (c.scheme() == scheme && c.digits().equals(digits)) {
          shared.put(digits, c);
        }
        if (c.scheme() != scheme || !c.digits().equals(digits)) {
          problem = "code '" + digits + "' is not a canonical " + scheme + " code";
          c = null;
        }
      } catch (BudgetException e) {
        problem = "malformed code '" + digits + "': " + e.getMessage();
      }
    }
    if (problem != null) {
      SourcePosition where = SourcePosition.ofJson(pointer() + "/code", s.line, s.column);
      if (!lenient) {
        throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, where, problem);
      }
      problems.add(ReadProblem.of(ReadProblem.Kind.MALFORMED_VALUE, Severity.ERROR, where, "", problem));
    }
    return c;
  }

  void cells(String what, BiConsumer<String, Cell> put) throws IOException {
    int d = open(what);
    String key;
    while ((key = nextField(d, what)) != null) {
      Cell c = cell();
      if (c != null) {
        put.accept(key, c);
      }
    }
  }

  @Nullable Cell cell() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING || lenient && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
      BigDecimal v = decimal();
      // "-0", "007", "-00.50": the value prints otherwise, so the text is kept as printed
      return v == null ? null : Cell.of(v, p.getText());
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected a decimal string or a cell object, found " + describe(p.currentToken()));
    }
    Start where = start();
    Object[] parts = new Object[6];
    fields("a cell", (f, ptr) -> io(() -> {
      switch (f) {
        case "value":
          parts[0] = decimal();
          // "-0", "007": a value that prints otherwise keeps its text, unless "printed" says more
          parts[4] = parts[0] == null ? null : p.getText();
          break;
        case "printed":
          parts[1] = string();
          break;
        case "mark":
          parts[2] = constant(CellMark.class);
          break;
        case "repaired":
          parts[3] = bool();
          break;
        case "place":
          parts[5] = place();
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (parts[2] == null) {
      throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(where), "missing required field 'mark'");
    }
    if (parts[1] == null && parts[4] != null && !parts[4].equals(((BigDecimal) parts[0]).toPlainString())) {
      parts[1] = parts[4];
    }
    try {
      Cell cell = Cells.of((BigDecimal) parts[0], (String) parts[1], (CellMark) parts[2], Boolean.TRUE.equals(parts[3]));
      return parts[5] == null ? cell : cell.withPlace((PagePlace) parts[5]);
    } catch (InvalidValueException e) {
      if (!lenient) {
        throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, at(where), "inconsistent cell: " + e.getMessage(), e);
      }
      problems.add(ReadProblem.of(ReadProblem.Kind.MALFORMED_VALUE, Severity.ERROR, at(where), "", "inconsistent cell dropped: " + e.getMessage()));
      return null;
    }
  }
}
