package io.github.cnbudget.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Disclosure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lenient read produced (宽松读取结果): the document, the problems met on the way, and the
 * unknown fields kept aside so that {@link DisclosureJson#write(JsonReadResult)} writes them back
 * where they were.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReadResult {
  private final Disclosure document;
  private final List<ReadProblem> problems;
  private final Map<String, Map<String, JsonNode>> unknown;

  JsonReadResult(Disclosure document, List<ReadProblem> problems, Map<String, Map<String, JsonNode>> unknown) {
    this.document = document;
    this.problems = List.copyOf(problems);
    Map<String, Map<String, JsonNode>> copy = new LinkedHashMap<>();
    unknown.forEach((k, v) -> {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      v.forEach((name, node) -> fields.put(name, node.deepCopy()));
      copy.put(k, java.util.Collections.unmodifiableMap(fields));
    });
    this.unknown = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The document read.
   *
   * @return the document
   */
  public Disclosure document() {
    return document;
  }

  /**
   * The problems met, in input order; empty for a clean input.
   *
   * @return the problems
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * The unknown fields kept aside, by the JSON pointer of the field, as compact JSON text.
   *
   * @return pointer → JSON value, e.g. {@code /tables/0/remark → "见附件"}
   */
  public Map<String, String> unknownFields() {
    Map<String, String> out = new LinkedHashMap<>();
    unknown.forEach((ptr, fields) -> fields.forEach((name, node) ->
        out.put(ptr + "/" + name.replace("~", "~0").replace("/", "~1"), node.toString())));
    return java.util.Collections.unmodifiableMap(out);
  }

  Map<String, Map<String, JsonNode>> unknown() {
    return unknown;
  }
}
