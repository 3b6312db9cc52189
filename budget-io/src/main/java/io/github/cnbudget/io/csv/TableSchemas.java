package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Table Schema of each file of the tidy set (表结构), generated from its column declarations
 * ({@link Columns}): every column's type, whether it is always filled, the enum constants it may
 * hold and its description in Chinese and English; the file's primary key (its parents' keys and
 * its own index) and its foreign keys (to documents.csv, to its file of parents, to the file its
 * unique text names).
 */
final class TableSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TableSchemas() {}

  /** The {@code schema} of a file's resource. */
  static ObjectNode schema(Columns<?, ?> file) {
    ObjectNode schema = NODES.objectNode();
    ArrayNode fields = schema.putArray("fields");
    for (TidyColumn<?, ?> c : file.columns()) {
      fields.add(field(c));
    }
    schema.putArray("missingValues").add("");
    List<String> primary = primaryKey(file);
    if (!primary.isEmpty()) {
      primary.forEach(schema.putArray("primaryKey")::add);
    }
    List<ObjectNode> foreign = foreignKeys(file);
    if (!foreign.isEmpty()) {
      foreign.forEach(schema.putArray("foreignKeys")::add);
    }
    return schema;
  }

  private static ObjectNode field(TidyColumn<?, ?> c) {
    ObjectNode n = NODES.objectNode();
    n.put("name", c.name);
    n.put("type", c.type);
    n.put("description", c.zh + (c.derived ? "（派生）" : "") + " / " + c.en + (c.derived ? " (derived)" : ""));
    if (c.type.equals("boolean")) {
      // the writer writes true, and false as an empty field
      n.putArray("trueValues").add("true");
      n.putArray("falseValues").add("false");
    }
    if (c.required || !c.values.isEmpty()) {
      ObjectNode constraints = n.putObject("constraints");
      if (c.required) {
        constraints.put("required", true);
      }
      if (!c.values.isEmpty()) {
        c.values.forEach(constraints.putArray("enum")::add);
      }
    }
    return n;
  }

  /**
   * The parents' keys and the record's own index (or its text unique among its parent's), in
   * written order; none where a key may be empty (document notes have no table, a project's own
   * amounts no entry), which a primary key cannot be.
   */
  static List<String> primaryKey(Columns<?, ?> file) {
    List<TidyColumn<?, ?>> key = new ArrayList<>(file.parentKeys);
    if (file.index != null) {
      key.add(file.index);
    }
    if (file.unique != null) {
      key.add(file.unique);
    }
    List<String> names = new ArrayList<>();
    for (TidyColumn<?, ?> c : file.columns()) {
      if (key.contains(c)) {
        if (c.key != null && c.key.mayBeEmpty()) {
          return List.of();
        }
        names.add(c.name);
      }
    }
    return names;
  }

  private static List<ObjectNode> foreignKeys(Columns<?, ?> file) {
    List<ObjectNode> out = new ArrayList<>();
    List<String> parents = new ArrayList<>();
    for (TidyColumn<?, ?> c : file.parentKeys) {
      parents.add(c.name);
      if (c.key == TidyColumns.DOCUMENT) {
        out.add(foreignKey(List.of(c.name), TidyColumns.DOCUMENTS, List.of(c.name)));
      }
    }
    if (file.parentFile != null && file.parentFile != TidyColumns.DOCUMENTS) {
      out.add(foreignKey(parents, file.parentFile, parents));
    }
    if (file.uniqueIn != null) {
      // the unique text names a record of the other file under the same parents (a line item's column)
      List<String> fields = new ArrayList<>();
      List<String> referenced = new ArrayList<>();
      for (TidyColumn<?, ?> c : file.uniqueIn.parentKeys) {
        fields.add(c.name);
        referenced.add(c.name);
      }
      fields.add(Objects.requireNonNull(file.unique).name);
      referenced.add(Objects.requireNonNull(file.uniqueAs).name);
      out.add(foreignKey(fields, file.uniqueIn, referenced));
    }
    return out;
  }

  private static ObjectNode foreignKey(List<String> fields, Columns<?, ?> resource, List<String> referenced) {
    ObjectNode key = NODES.objectNode();
    fields.forEach(key.putArray("fields")::add);
    ObjectNode reference = key.putObject("reference");
    reference.put("resource", resource.file.fileName().replace(".csv", ""));
    referenced.forEach(reference.putArray("fields")::add);
    return key;
  }
}
