package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical JSON form (see docs/json-format.md). One rule keeps output canonical: an
 * absent optional, an empty list or map and a default value are omitted; everything else is written
 * in a fixed field order, so equal documents give byte-identical JSON.
 */
final class JsonDocWriter {
  /** The version of the wire format written in {@code formatVersion}. */
  static final int FORMAT_VERSION = Shapes.FORMAT_VERSION;

  private final JsonGenerator g;
  // unknown fields kept by a lenient read, by the pointer of the object that held them
  private final Map<String, Map<String, JsonNode>> extras;
  private final @Nullable ObjectMapper mapper;

  JsonDocWriter(JsonGenerator g, Map<String, Map<String, JsonNode>> extras, @Nullable ObjectMapper mapper) {
    this.g = g;
    this.extras = extras;
    this.mapper = mapper;
  }

  private String at(String ptr, String name) {
    return extras.isEmpty() ? "" : ptr + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private String at(String ptr, String name, int index) {
    return extras.isEmpty() ? "" : ptr + "/" + name + "/" + index;
  }

  private void end(String ptr) throws IOException {
    if (!extras.isEmpty()) {
      Map<String, JsonNode> more = extras.get(ptr);
      if (more != null) {
        for (Map.Entry<String, JsonNode> e : more.entrySet()) {
          g.writeFieldName(e.getKey());
          java.util.Objects.requireNonNull(mapper, "mapper").writeTree(g, e.getValue());
        }
      }
    }
    g.writeEndObject();
  }

  void disclosure(Disclosure d) throws IOException {
    object(Shapes.DOCUMENT, d, "");
  }

  void table(DisclosureTable t, String p) throws IOException {
    object(Shapes.TABLE, t, p);
  }

  /** An object of a shape: each field as {@link Shapes} writes it, in order, then the extras kept for it. */
  <M> void object(Shape<M, ?> s, M value, String p) throws IOException {
    if (s == Shapes.ROW) {
      row((Row) value, p);
      return;
    }
    g.writeStartObject();
    for (WireField<M, ?> f : s.fields()) {
      java.util.Objects.requireNonNull(f.writing, f.name).write(this, value, p);
    }
    end(p);
  }

  /** An object in a field of its own. */
  <M> void object(String name, Shape<M, ?> s, M value, String p) throws IOException {
    g.writeFieldName(name);
    object(s, value, at(p, name));
  }

  /** The objects of a list, omitted when empty. */
  <M> void list(String name, Shape<M, ?> s, List<M> list, String p) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    if (s == Shapes.ROW) {
      // the bulk of every document: a loop of its own keeps the call to row() direct and inlined
      for (int i = 0; i < list.size(); i++) {
        row((Row) list.get(i), at(p, name, i));
      }
    } else {
      for (int i = 0; i < list.size(); i++) {
        object(s, list.get(i), at(p, name, i));
      }
    }
    g.writeEndArray();
  }

  void row(Row r, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", r.kind().name());
    if (r.code().isPresent()) {
      code(r.code().get());
    }
    if (!r.label().isEmpty()) {
      g.writeStringField("label", r.label());
    }
    if (r.concept().isPresent()) {
      g.writeStringField("concept", r.concept().get().name());
    }
    opt("unit", r.unit());
    if (r.side() != Side.SINGLE) {
      g.writeStringField("side", r.side().name());
    }
    opt("number", r.number());
    integer("line", r.line());
    opt("place", r.place().map(Object::toString));
    cells("cells", r.cells(), p);
    if (!r.unplaced().isEmpty()) {
      g.writeArrayFieldStart("unplaced");
      for (int i = 0; i < r.unplaced().size(); i++) {
        cell(r.unplaced().get(i), at(p, "unplaced", i));
      }
      g.writeEndArray();
    }
    end(p);
  }

  private void code(ClassificationCode c) throws IOException {
    g.writeStringField("code", c.digits());
    g.writeStringField("scheme", c.scheme().name());
  }

  void cells(String name, Map<String, Cell> cells, String p) throws IOException {
    if (cells.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Cell> e : cells.entrySet()) {
      g.writeFieldName(e.getKey());
      cell(e.getValue(), at(at(p, name), e.getKey()));
    }
    g.writeEndObject();
  }

  void cell(String name, Optional<Cell> c, String p) throws IOException {
    if (c.isPresent()) {
      g.writeFieldName(name);
      cell(c.get(), at(p, name));
    }
  }

  /** A canonical amount cell is its decimal string; any other cell is an object. */
  void cell(Cell c, String p) throws IOException {
    if (c.mark() == CellMark.AMOUNT && !c.hasDistinctPrintedText() && !c.isRepaired() && c.place().isEmpty()
        && (extras.isEmpty() || !extras.containsKey(p))) {
      g.writeString(c.value().orElseThrow().toPlainString());
      return;
    }
    g.writeStartObject();
    if (c.hasValue()) {
      g.writeStringField("value", c.value().orElseThrow().toPlainString());
    }
    if (c.hasDistinctPrintedText()) {
      g.writeStringField("printed", c.printed());
    }
    g.writeStringField("mark", c.mark().name());
    if (c.isRepaired()) {
      g.writeBooleanField("repaired", true);
    }
    if (c.place().isPresent()) {
      g.writeStringField("place", c.place().get().toString());
    }
    end(p);
  }

  void strings(String name, List<String> list) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String s : list) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  void opt(String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  void integer(String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    }
  }

  void integer(String name, int v) throws IOException {
    g.writeNumberField(name, v);
  }

  void string(String name, String v) throws IOException {
    g.writeStringField(name, v);
  }

  void flag(String name) throws IOException {
    g.writeBooleanField(name, true);
  }

  /** Strings by key (an indicator's history), omitted when empty. */
  void stringMap(String name, Map<String, String> map) throws IOException {
    if (map.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : map.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
