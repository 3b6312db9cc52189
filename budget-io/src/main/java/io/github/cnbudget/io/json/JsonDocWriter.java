package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
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
  static final int FORMAT_VERSION = 1;

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
    String p = "";
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    department(d.department(), at(p, "department"));
    g.writeNumberField("year", d.year().value());
    g.writeStringField("stage", d.stage().name());
    precision(d.precision(), at(p, "precision"));
    opt("title", d.title());
    opt("source", d.source());
    strings("contents", d.contents());
    notes(d.notes(), p);
    if (!d.tables().isEmpty()) {
      g.writeArrayFieldStart("tables");
      for (int i = 0; i < d.tables().size(); i++) {
        table(d.tables().get(i), at(p, "tables", i));
      }
      g.writeEndArray();
    }
    if (!d.projects().isEmpty()) {
      g.writeArrayFieldStart("projects");
      for (int i = 0; i < d.projects().size(); i++) {
        project(d.projects().get(i), at(p, "projects", i));
      }
      g.writeEndArray();
    }
    if (!d.goals().isEmpty()) {
      g.writeArrayFieldStart("goals");
      for (int i = 0; i < d.goals().size(); i++) {
        goal(d.goals().get(i), at(p, "goals", i));
      }
      g.writeEndArray();
    }
    if (!d.selfEvaluations().isEmpty()) {
      g.writeArrayFieldStart("selfEvaluations");
      for (int i = 0; i < d.selfEvaluations().size(); i++) {
        selfEvaluation(d.selfEvaluations().get(i), at(p, "selfEvaluations", i));
      }
      g.writeEndArray();
    }
    if (!d.narrative().isEmpty()) {
      g.writeArrayFieldStart("narrative");
      for (int i = 0; i < d.narrative().paragraphs().size(); i++) {
        io.github.cnbudget.model.narrative.Paragraph n = d.narrative().paragraphs().get(i);
        g.writeStartObject();
        g.writeStringField("text", n.text());
        integer("page", n.page());
        line(n.line());
        opt("section", n.section());
        end(at(p, "narrative", i));
      }
      g.writeEndArray();
    }
    if (!d.frameworks().isEmpty()) {
      g.writeArrayFieldStart("frameworks");
      for (int i = 0; i < d.frameworks().size(); i++) {
        framework(d.frameworks().get(i), at(p, "frameworks", i));
      }
      g.writeEndArray();
    }
    end(p);
  }

  private void department(Department d, String p) throws IOException {
    g.writeObjectFieldStart("department");
    g.writeStringField("name", d.name());
    opt("code", d.code());
    if (!d.units().isEmpty()) {
      g.writeArrayFieldStart("units");
      for (int i = 0; i < d.units().size(); i++) {
        BudgetUnit u = d.units().get(i);
        g.writeStartObject();
        g.writeStringField("name", u.name());
        g.writeStringField("role", u.role().name());
        opt("code", u.code());
        end(at(p, "units", i));
      }
      g.writeEndArray();
    }
    end(p);
  }

  void precision(Precision pr, String p) throws IOException {
    g.writeObjectFieldStart("precision");
    g.writeStringField("unit", pr.unit().name());
    g.writeNumberField("scale", pr.scale());
    end(p);
  }

  void table(DisclosureTable t, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", t.kind().name());
    opt("number", t.number());
    g.writeStringField("title", t.title());
    opt("issuer", t.issuer());
    if (t.amountUnit().isPresent()) {
      g.writeStringField("amountUnit", t.amountUnit().get().name());
    }
    opt("emptyStatement", t.emptyStatement());
    line(t.line());
    opt("place", t.place().map(Object::toString));
    if (!t.columns().isEmpty()) {
      g.writeArrayFieldStart("columns");
      for (int i = 0; i < t.columns().size(); i++) {
        column(t.columns().get(i), at(p, "columns", i));
      }
      g.writeEndArray();
    }
    if (!t.rows().isEmpty()) {
      g.writeArrayFieldStart("rows");
      for (int i = 0; i < t.rows().size(); i++) {
        row(t.rows().get(i), at(p, "rows", i));
      }
      g.writeEndArray();
    }
    notes(t.notes(), p);
    end(p);
  }

  private void column(Column c, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", c.key());
    if (c.concept() != Concept.OTHER) {
      g.writeStringField("concept", c.concept().name());
    }
    strings("header", c.header());
    opt("parent", c.parent());
    if (c.partOf()) {
      g.writeBooleanField("partOf", true);
    }
    if (c.side() != Side.SINGLE) {
      g.writeStringField("side", c.side().name());
    }
    opt("number", c.number());
    end(p);
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
    line(r.line());
    opt("place", r.place().map(Object::toString));
    cells("cells", r.cells(), p);
    end(p);
  }

  private void code(ClassificationCode c) throws IOException {
    g.writeStringField("code", c.digits());
    g.writeStringField("scheme", c.scheme().name());
  }

  private void cells(String name, Map<String, Cell> cells, String p) throws IOException {
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

  private void cell(String name, Optional<Cell> c, String p) throws IOException {
    if (c.isPresent()) {
      g.writeFieldName(name);
      cell(c.get(), at(p, name));
    }
  }

  /** A canonical amount cell is its decimal string; any other cell is an object. */
  void cell(Cell c, String p) throws IOException {
    if (c.mark() == CellMark.AMOUNT && !c.hasDistinctPrintedText() && !c.isRepaired()
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
    end(p);
  }

  private void notes(List<Note> notes, String p) throws IOException {
    if (notes.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("notes");
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      g.writeStartObject();
      g.writeStringField("text", n.text());
      line(n.line());
      end(at(p, "notes", i));
    }
    g.writeEndArray();
  }

  private void project(Project pr, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", pr.name());
    opt("code", pr.code());
    opt("department", pr.department());
    opt("unit", pr.unit());
    if (pr.category().isPresent()) {
      g.writeStringField("category", pr.category().get().name());
    }
    if (pr.attribute().isPresent()) {
      g.writeStringField("attribute", pr.attribute().get().name());
    }
    integer("startYear", pr.startYear());
    integer("endYear", pr.endYear());
    cell("total", pr.total(), p);
    cell("annualBudget", pr.annualBudget(), p);
    if (pr.amountUnit().isPresent()) {
      g.writeStringField("amountUnit", pr.amountUnit().get().name());
    }
    cells("amounts", pr.amounts(), p);
    labelled("costs", pr.costs(), p);
    labelled("purchases", pr.purchases(), p);
    opt("goal", pr.goal());
    line(pr.line());
    opt("place", pr.place().map(Object::toString));
    end(p);
  }

  private void goal(PerformanceGoal goal, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("scope", goal.scope().name());
    opt("title", goal.title());
    opt("unit", goal.unit());
    opt("department", goal.department());
    opt("project", goal.project());
    cell("budget", goal.budget(), p);
    if (goal.amountUnit().isPresent()) {
      g.writeStringField("amountUnit", goal.amountUnit().get().name());
    }
    labelled("tasks", goal.tasks(), p);
    opt("longTermGoal", goal.longTermGoal());
    opt("annualGoal", goal.annualGoal());
    indicators(goal.indicators(), p);
    line(goal.line());
    opt("place", goal.place().map(Object::toString));
    end(p);
  }

  private void selfEvaluation(SelfEvaluation s, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("scope", s.scope().name());
    opt("project", s.project());
    cell("projectAmount", s.projectAmount(), p);
    opt("department", s.department());
    opt("implementingUnit", s.implementingUnit());
    if (s.amountUnit().isPresent()) {
      g.writeStringField("amountUnit", s.amountUnit().get().name());
    }
    labelled("funding", s.funding(), p);
    opt("expectedGoal", s.expectedGoal());
    opt("achievement", s.achievement());
    indicators(s.indicators(), p);
    cell("totalWeight", s.totalWeight(), p);
    cell("totalScore", s.totalScore(), p);
    opt("grade", s.grade());
    line(s.line());
    end(p);
  }

  private void labelled(String name, List<LabelledAmounts> list, String p) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (int i = 0; i < list.size(); i++) {
      LabelledAmounts la = list.get(i);
      String q = at(p, name, i);
      g.writeStartObject();
      g.writeStringField("label", la.label());
      opt("description", la.description());
      cells("cells", la.cells(), q);
      line(la.line());
      end(q);
    }
    g.writeEndArray();
  }

  private void indicators(List<Indicator> list, String p) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("indicators");
    for (int i = 0; i < list.size(); i++) {
      Indicator in = list.get(i);
      String q = at(p, "indicators", i);
      g.writeStartObject();
      g.writeStringField("level1Text", in.level1Text());
      if (!in.level2Text().isEmpty()) {
        g.writeStringField("level2Text", in.level2Text());
      }
      g.writeStringField("name", in.name());
      opt("targetText", in.targetText());
      opt("nature", in.nature());
      opt("value", in.value());
      opt("measureUnit", in.measureUnit());
      opt("direction", in.direction());
      cell("weight", in.weight(), q);
      opt("actual", in.actual());
      cell("score", in.score(), q);
      opt("deviation", in.deviation());
      if (!in.history().isEmpty()) {
        g.writeObjectFieldStart("history");
        for (Map.Entry<String, String> e : in.history().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      line(in.line());
      opt("place", in.place().map(Object::toString));
      end(q);
    }
    g.writeEndArray();
  }

  private void framework(EvaluationFramework f, String p) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", f.title());
    nodes("roots", f.roots(), p);
    line(f.line());
    end(p);
  }

  private void nodes(String name, List<FrameworkNode> nodes, String p) throws IOException {
    if (nodes.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (int i = 0; i < nodes.size(); i++) {
      FrameworkNode n = nodes.get(i);
      String q = at(p, name, i);
      g.writeStartObject();
      g.writeNumberField("level", n.level());
      g.writeStringField("name", n.name());
      cell("referenceScore", n.referenceScore(), q);
      strings("descriptions", n.descriptions());
      nodes("children", n.children(), q);
      line(n.line());
      end(q);
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> list) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String s : list) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private void opt(String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private void integer(String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    }
  }

  private void line(OptionalInt v) throws IOException {
    integer("line", v);
  }
}
