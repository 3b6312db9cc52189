package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JSON of findings, locations, not-checked items and validation reports, registered by
 * {@link BudgetJsonModule} when the rules module is on the class path. Field names are those of the
 * {@code validate --format json} report: amounts are decimal strings with their scale, like the
 * document's cells; messages are written in Chinese and English and ignored on reading (they follow
 * from the message key and arguments). Findings, locations and not-checked items are values and read
 * back equal; a report is written only (it holds derived counts and may be truncated).
 */
final class RulesJson {
  private static final Set<String> LOCATION_FIELDS = Set.of("pointer", "table", "tableKind", "unit", "code", "column",
      "line", "page");
  private static final Set<String> FINDING_FIELDS = Set.of("code", "rule", "severity", "location", "expected", "actual",
      "difference", "tolerance", "withinRounding", "messageKey", "arguments", "message", "cells");
  private static final Set<String> NOT_CHECKED_FIELDS = Set.of("rule", "reason", "check", "subject", "location",
      "message");

  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?(E[+-]?\\d{1,4})?");

  /** The digits a decimal may have written out (a difference of two such stays within 64 characters). */
  private static final int MAX_DIGITS = 60;

  private RulesJson() {}

  static void register(SimpleModule m) {
    m.addSerializer(Location.class, BudgetJsonModule.serializer(Location.class, RulesJson::location));
    m.addSerializer(Finding.class, BudgetJsonModule.serializer(Finding.class, RulesJson::finding));
    m.addSerializer(NotChecked.class, BudgetJsonModule.serializer(NotChecked.class, RulesJson::notChecked));
    m.addSerializer(ValidationReport.class, BudgetJsonModule.serializer(ValidationReport.class, RulesJson::report));
    m.addDeserializer(Location.class, BudgetJsonModule.deserializer(Location.class, p -> location(tree(p), p, "")));
    m.addDeserializer(Finding.class, BudgetJsonModule.deserializer(Finding.class, p -> finding(tree(p), p, "")));
    m.addDeserializer(NotChecked.class, BudgetJsonModule.deserializer(NotChecked.class, p -> notChecked(tree(p), p, "")));
  }

  private static void location(Location l, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("pointer", l.pointer());
    opt(g, "table", l.table());
    opt(g, "tableKind", l.tableKind().map(Enum::name));
    opt(g, "unit", l.unit());
    opt(g, "code", l.code());
    opt(g, "column", l.column());
    integer(g, "line", l.line());
    integer(g, "page", l.page());
    g.writeEndObject();
  }

  private static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code());
    g.writeStringField("rule", f.ruleId());
    g.writeStringField("severity", f.severity().name());
    g.writeFieldName("location");
    location(f.location(), g);
    opt(g, "expected", f.expected().map(RulesJson::decimal));
    opt(g, "actual", f.actual().map(RulesJson::decimal));
    opt(g, "difference", f.difference().map(RulesJson::decimal));
    opt(g, "tolerance", f.tolerance().map(RulesJson::decimal));
    if (f.isWithinRounding()) {
      g.writeBooleanField("withinRounding", true);
    }
    g.writeStringField("messageKey", f.messageKey());
    g.writeArrayFieldStart("arguments");
    for (String a : f.arguments()) {
      g.writeString(a);
    }
    g.writeEndArray();
    messages(g, f.message(Locale.SIMPLIFIED_CHINESE), f.message(Locale.ENGLISH));
    if (!f.cells().isEmpty()) {
      g.writeArrayFieldStart("cells");
      for (Finding c : f.cells()) {
        finding(c, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void notChecked(NotChecked n, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", n.ruleId());
    g.writeStringField("reason", n.reason().code());
    g.writeStringField("check", n.check());
    g.writeStringField("subject", n.subject());
    g.writeFieldName("location");
    location(n.location(), g);
    messages(g, n.message(Locale.SIMPLIFIED_CHINESE), n.message(Locale.ENGLISH));
    g.writeEndObject();
  }

  private static void report(ValidationReport r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("summary");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.name().toLowerCase(Locale.ROOT) + "s", r.count(s));
    }
    g.writeNumberField("notChecked", r.notChecked().size());
    g.writeBooleanField("truncated", r.isTruncated());
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notChecked");
    for (NotChecked n : r.notChecked()) {
      notChecked(n, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Plain digits, unless the scale is negative, which only the exponent form keeps ({@code 1E+3}). */
  private static String decimal(BigDecimal v) {
    return v.scale() < 0 ? v.toString() : v.toPlainString();
  }

  private static void messages(JsonGenerator g, String zh, String en) throws IOException {
    g.writeObjectFieldStart("message");
    g.writeStringField("zh", zh);
    g.writeStringField("en", en);
    g.writeEndObject();
  }

  private static void opt(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    }
  }

  private static JsonNode tree(JsonParser p) throws IOException {
    return p.readValueAsTree();
  }

  private static Location location(JsonNode n, JsonParser p, String at) {
    fields(n, LOCATION_FIELDS, p, at);
    String pointer = text(n, "pointer", p, at);
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw error(p, at + "/pointer", "a JSON pointer is empty or starts with '/'");
    }
    Location l = Location.at(pointer);
    Optional<String> table = optText(n, "table", p, at);
    Optional<String> kind = optText(n, "tableKind", p, at);
    if (table.isPresent() != kind.isPresent()) {
      throw error(p, at + "/table", "table and tableKind come together");
    }
    if (table.isPresent()) {
      l = l.withTable(table.get(), constant(TableKind.class, kind.get(), p, at + "/tableKind"));
    }
    Optional<String> unit = optText(n, "unit", p, at);
    if (unit.isPresent()) {
      l = l.withUnit(unit.get());
    }
    Optional<String> code = optText(n, "code", p, at);
    if (code.isPresent()) {
      l = l.withCode(code.get());
    }
    Optional<String> column = optText(n, "column", p, at);
    if (column.isPresent()) {
      l = l.withColumn(column.get());
    }
    OptionalInt line = optInt(n, "line", p, at);
    if (line.isPresent()) {
      if (line.getAsInt() < 1) {
        throw error(p, at + "/line", "line must be at least 1");
      }
      l = l.withLine(line.getAsInt());
    }
    OptionalInt page = optInt(n, "page", p, at);
    if (page.isPresent()) {
      if (page.getAsInt() < 1) {
        throw error(p, at + "/page", "page must be at least 1");
      }
      l = l.withPage(page.getAsInt());
    }
    return l;
  }

  private static Finding finding(JsonNode n, JsonParser p, String at) {
    fields(n, FINDING_FIELDS, p, at);
    String code = text(n, "code", p, at);
    String rule = text(n, "rule", p, at);
    Severity severity = constant(Severity.class, text(n, "severity", p, at), p, at + "/severity");
    Finding.Builder b;
    try {
      b = Finding.builder(code, rule, severity);
      if (n.has("location")) {
        b.location(location(n.get("location"), p, at + "/location"));
      }
      Optional<BigDecimal> expected = decimal(n, "expected", p, at);
      Optional<BigDecimal> actual = decimal(n, "actual", p, at);
      if (expected.isPresent() != actual.isPresent()) {
        throw error(p, at + "/expected", "expected and actual come together");
      }
      if (expected.isPresent()) {
        b.values(expected.get(), actual.get());
      }
      decimal(n, "difference", p, at);
      decimal(n, "tolerance", p, at).ifPresent(b::tolerance);
      if (n.has("withinRounding")) {
        if (!n.get("withinRounding").isBoolean()) {
          throw error(p, at + "/withinRounding", "not a boolean");
        }
        b.withinRounding(n.get("withinRounding").asBoolean());
      }
      optText(n, "messageKey", p, at).ifPresent(b::messageKey);
      b.arguments(strings(n, "arguments", p, at).toArray());
      if (n.has("cells")) {
        List<Finding> cells = new ArrayList<>();
        JsonNode list = n.get("cells");
        if (!list.isArray()) {
          throw error(p, at + "/cells", "not an array");
        }
        for (int i = 0; i < list.size(); i++) {
          cells.add(finding(list.get(i), p, at + "/cells/" + i));
        }
        b.cells(cells);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw error(p, at, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static NotChecked notChecked(JsonNode n, JsonParser p, String at) {
    fields(n, NOT_CHECKED_FIELDS, p, at);
    String reasonCode = text(n, "reason", p, at);
    NotChecked.Reason reason = null;
    for (NotChecked.Reason r : NotChecked.Reason.values()) {
      if (r.code().equals(reasonCode)) {
        reason = r;
      }
    }
    if (reason == null) {
      throw error(p, at + "/reason", "unknown reason '" + reasonCode + "'");
    }
    Location l = n.has("location") ? location(n.get("location"), p, at + "/location") : Location.document();
    try {
      return NotChecked.of(text(n, "rule", p, at), reason, text(n, "check", p, at), text(n, "subject", p, at), l);
    } catch (IllegalArgumentException e) {
      throw error(p, at, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static void fields(JsonNode n, Set<String> known, JsonParser p, String at) {
    if (!n.isObject()) {
      throw error(p, at, "not an object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw error(p, at + "/" + f, "unknown field");
      }
    }
  }

  private static String text(JsonNode n, String name, JsonParser p, String at) {
    return optText(n, name, p, at).orElseThrow(() -> error(p, at + "/" + name, "missing"));
  }

  private static Optional<String> optText(JsonNode n, String name, JsonParser p, String at) {
    JsonNode v = n.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw error(p, at + "/" + name, "not a string");
    }
    return Optional.of(v.asText());
  }

  private static OptionalInt optInt(JsonNode n, String name, JsonParser p, String at) {
    JsonNode v = n.get(name);
    if (v == null) {
      return OptionalInt.empty();
    }
    if (!v.isInt()) {
      throw error(p, at + "/" + name, "not an integer");
    }
    return OptionalInt.of(v.asInt());
  }

  private static Optional<BigDecimal> decimal(JsonNode n, String name, JsonParser p, String at) {
    Optional<String> s = optText(n, name, p, at);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    // bounded before BigDecimal parses it: its cost grows with the exponent's digits and the length
    if (s.get().length() > 64 || !DECIMAL.matcher(s.get()).matches()) {
      throw error(p, at + "/" + name, "not a decimal: '" + s.get() + "'");
    }
    BigDecimal v = new BigDecimal(s.get());
    // an exponent form (6E73) whose digits written out exceed the bound: a finding's difference, derived
    // from its expected and actual values, could not be written back readable
    if (v.precision() - v.scale() > MAX_DIGITS || v.scale() > MAX_DIGITS) {
      throw error(p, at + "/" + name, "more than " + MAX_DIGITS + " digits written out: '" + s.get() + "'");
    }
    return Optional.of(v);
  }

  private static List<String> strings(JsonNode n, String name, JsonParser p, String at) {
    JsonNode v = n.get(name);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw error(p, at + "/" + name, "not an array");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw error(p, at + "/" + name + "/" + i, "not a string");
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, JsonParser p, String at) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw error(p, at, "unknown " + type.getSimpleName() + " '" + name + "'");
    }
  }

  private static CodecException error(JsonParser p, String pointer, String reason) {
    com.fasterxml.jackson.core.JsonLocation l = p.currentLocation();
    return new CodecException(ReadProblem.Kind.MALFORMED_VALUE, io.github.cnbudget.io.SourcePosition.ofJson(pointer, l.getLineNr(), l.getColumnNr()), reason);
  }
}
