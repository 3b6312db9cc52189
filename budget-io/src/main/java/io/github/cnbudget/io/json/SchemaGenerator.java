package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbudget.model.Amounts;
import java.util.List;
import java.util.Objects;

/**
 * The JSON Schema of the canonical form (JSON 模式), generated from {@link Shapes} so that the
 * published {@code disclosure.schema.json} says what the reader and writer do. A test holds the
 * shipped file to this; the file is rewritten by running the test class {@code SchemaFile}.
 */
final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEFS = "#/$defs/";

  private SchemaGenerator() {}

  /** The schema as a tree. */
  static ObjectNode schema() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://cn-budget.github.io/schema/disclosure-" + Shapes.FORMAT_VERSION + ".schema.json");
    root.put("title", "cn-budget disclosure (预算公开文件), format version " + Shapes.FORMAT_VERSION);
    root.put("description", "One published budget disclosure exactly as printed. Absent optionals, empty "
        + "lists and maps, and default values are omitted by writers; readers accept them present. Amounts "
        + "are decimal strings so the printed scale survives (\"0.50\" stays 0.50). See docs/json-format.md.");
    object(root, Shapes.DOCUMENT);
    // the document's own members before its properties, as the file has always been laid out
    root.set("properties", root.remove("properties"));
    ObjectNode defs = root.putObject("$defs");
    defs.set("line", NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", Integer.MAX_VALUE)
        .put("description", "One-based source line the value was printed on."));
    // PagePlace's text form: page:x0,y0,x1,y1 to a tenth of a point
    String coordinate = "-?[0-9]{1,6}(\\.[0-9])?";
    defs.set("place", NODES.objectNode().put("type", "string")
        .put("pattern", "^[1-9][0-9]{0,6}:" + String.join(",", List.of(coordinate, coordinate, coordinate, coordinate))
            + "$")
        .put("description", "Where the value was printed in a PDF: page:x0,y0,x1,y1 in points from the top-left "
            + "corner of the displayed page, to a tenth of a point."));
    // Cells.isDecimal, bounded as ReadOptions.maxNumberLength() is by default
    defs.set("decimal", NODES.objectNode().put("type", "string").put("pattern", "^-?[0-9]+(\\.[0-9]+)?$")
        .put("maxLength", Amounts.MAX_LENGTH).put("description", "An exact amount with its printed scale."));
    for (Shape<?, ?> s : Shapes.DEFINED) {
      defs.set(Objects.requireNonNull(s.def), definition(s));
    }
    return root;
  }

  /** The schema as the text of the shipped file. */
  static String text() {
    try {
      // two-space indents, "name": value, one array element a line: the layout the file was kept in
      DefaultPrettyPrinter layout = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      layout.indentArraysWith(new DefaultIndenter("  ", "\n"));
      layout.indentObjectsWith(new DefaultIndenter("  ", "\n"));
      return new ObjectMapper().writer(layout).writeValueAsString(schema()) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode definition(Shape<?, ?> s) {
    ObjectNode body = object(NODES.objectNode(), s);
    if (s == Shapes.CELL) {
      // a canonical amount cell is its decimal string; any other cell is an object
      ObjectNode cell = NODES.objectNode();
      cell.put("description", "A printed cell: a decimal string for an amount printed in canonical form, "
          + "else an object.");
      cell.putArray("oneOf").add(ref("decimal")).add(body);
      return cell;
    }
    if (!s.together.isEmpty()) {
      ObjectNode both = NODES.objectNode();
      both.putArray("allOf").add(body);
      ObjectNode dependent = both.putObject("dependentRequired");
      for (String name : s.together) {
        ArrayNode others = dependent.putArray(name);
        s.together.stream().filter(n -> !n.equals(name)).forEach(others::add);
      }
      return both;
    }
    return body;
  }

  private static ObjectNode object(ObjectNode into, Shape<?, ?> s) {
    into.put("type", "object");
    ObjectNode properties = into.putObject("properties");
    into.put("additionalProperties", false);
    ArrayNode required = NODES.arrayNode();
    for (WireField<?, ?> f : s.fields()) {
      properties.set(f.name, property(f));
      if (f.required) {
        required.add(f.name);
      }
    }
    if (!required.isEmpty()) {
      into.set("required", required);
    }
    return into;
  }

  private static ObjectNode property(WireField<?, ?> f) {
    ObjectNode p = NODES.objectNode();
    switch (f.kind) {
      case STRING:
        p.put("type", "string");
        break;
      case ENUM:
        p.put("type", "string");
        ArrayNode names = p.putArray("enum");
        for (Enum<?> e : Objects.requireNonNull(f.enumType).getEnumConstants()) {
          names.add(e.name());
        }
        break;
      case INTEGER:
        p.put("type", "integer");
        break;
      case BOOLEAN:
        p.put("type", "boolean");
        break;
      case LINE:
      case PLACE:
      case DECIMAL:
      case CELL:
        // each has a definition of its own, named as the kind
        p.put("$ref", DEFS + f.kind.name().toLowerCase(java.util.Locale.ROOT));
        break;
      case CELLS:
        p.put("type", "object").set("additionalProperties", ref("cell"));
        break;
      case CELL_LIST:
        p.put("type", "array").set("items", ref("cell"));
        break;
      case STRINGS:
        p.put("type", "array").putObject("items").put("type", "string");
        break;
      case STRING_MAP:
        p.put("type", "object").putObject("additionalProperties").put("type", "string");
        break;
      case LIST:
        p.put("type", "array").set("items", ref(Objects.requireNonNull(Objects.requireNonNull(f.shape).def)));
        break;
      case OBJECT:
        object(p, Objects.requireNonNull(f.shape));
        break;
      case CONST:
        p.put("const", Shapes.FORMAT_VERSION);
        break;
      default:
        throw new IllegalStateException("no schema for " + f.kind);
    }
    if (f.pattern != null) {
      p.put("pattern", f.pattern);
    }
    if (f.minimum != null) {
      p.put("minimum", f.minimum.intValue());
    }
    if (f.maximum != null) {
      p.put("maximum", f.maximum.intValue());
    }
    if (f.description != null) {
      p.put("description", f.description);
    }
    return p;
  }

  private static ObjectNode ref(String def) {
    return NODES.objectNode().put("$ref", DEFS + def);
  }
}
