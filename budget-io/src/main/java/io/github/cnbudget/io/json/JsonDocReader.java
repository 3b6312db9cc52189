package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
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
  private @Nullable PagePlace place() throws IOException {
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

  // ---------------------------------------------------------------- document

  Disclosure disclosure() throws IOException {
    Start where = start();
    Disclosure.Builder b = Disclosure.builder();
    boolean[] version = {false};
    fields("a document", (f, ptr) -> io(() -> {
      switch (f) {
        case "formatVersion":
          Integer v = integer();
          if (v == null || v != JsonDocWriter.FORMAT_VERSION) {
            throw error(ReadProblem.Kind.MALFORMED_VALUE, "unsupported formatVersion " + (v == null ? "" : v) + ", this reader reads "
                + JsonDocWriter.FORMAT_VERSION);
          }
          version[0] = true;
          break;
        case "department":
          set(department(), b::department);
          break;
        case "year":
          Integer y = integer();
          if (y != null) {
            if (y < FiscalYear.MIN_VALUE || y > FiscalYear.MAX_VALUE) {
              malformed("year out of range " + FiscalYear.MIN_VALUE + ".." + FiscalYear.MAX_VALUE + ": " + y);
            } else {
              b.year(FiscalYear.of(y));
            }
          }
          break;
        case "stage":
          set(constant(Stage.class), b::stage);
          break;
        case "precision":
          set(precision(), b::precision);
          break;
        case "title":
          set(string(), b::title);
          break;
        case "source":
          set(string(), b::source);
          break;
        case "contents":
          b.addAllContents(strings("contents"));
          break;
        case "notes":
          array("notes", () -> set(note(), b::addNotes));
          break;
        case "tables":
          array("tables", () -> b.addTables(table()));
          break;
        case "projects":
          array("projects", () -> b.addProjects(project()));
          break;
        case "goals":
          array("goals", () -> b.addGoals(goal()));
          break;
        case "selfEvaluations":
          array("selfEvaluations", () -> b.addSelfEvaluations(selfEvaluation()));
          break;
        case "frameworks":
          array("frameworks", () -> b.addFrameworks(framework()));
          break;
        case "narrative":
          List<Paragraph> paragraphs = new java.util.ArrayList<>();
          array("narrative", () -> set(paragraph(), paragraphs::add));
          b.narrative(Narrative.of(paragraphs));
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (!version[0]) {
      throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(where), "missing required field 'formatVersion'");
    }
    return build(b::build, where);
  }

  private @Nullable Department department() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected an object, found " + describe(p.currentToken()));
    }
    Start where = start();
    Department.Builder b = Department.builder();
    fields("department", (f, ptr) -> io(() -> {
      switch (f) {
        case "name":
          set(string(), b::name);
          break;
        case "code":
          set(string(), b::code);
          break;
        case "units":
          array("units", () -> set(unit(), b::addUnits));
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private @Nullable BudgetUnit unit() throws IOException {
    Start where = start();
    BudgetUnit.Builder b = BudgetUnit.builder();
    fields("a unit", (f, ptr) -> io(() -> {
      switch (f) {
        case "name":
          set(string(), b::name);
          break;
        case "role":
          set(constant(UnitRole.class), b::role);
          break;
        case "code":
          set(string(), b::code);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  @Nullable Precision precision() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected an object, found " + describe(p.currentToken()));
    }
    Start where = start();
    Object[] parts = new Object[2];
    fields("precision", (f, ptr) -> io(() -> {
      switch (f) {
        case "unit":
          parts[0] = constant(AmountUnit.class);
          break;
        case "scale":
          parts[1] = integer();
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (parts[0] == null || parts[1] == null) {
      throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(where), "missing required field '" + (parts[0] == null ? "unit" : "scale") + "'");
    }
    return build(() -> Precision.of((AmountUnit) parts[0], (Integer) parts[1]), where);
  }

  /** A narrative paragraph: its text, and its page, line and section when known. */
  private @Nullable Paragraph paragraph() throws IOException {
    Start where = start();
    Paragraph.Builder b = Paragraph.builder();
    boolean[] text = new boolean[1];
    fields("a narrative paragraph", (f, ptr) -> io(() -> {
      switch (f) {
        case "text":
          set(string(), v -> {
            b.text(v);
            text[0] = true;
          });
          break;
        case "page":
          set(line(), b::page);
          break;
        case "line":
          set(line(), b::line);
          break;
        case "section":
          set(string(), b::section);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (!text[0]) {
      throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(where), "missing required field 'text'");
    }
    return build(b::build, where);
  }

  private @Nullable Note note() throws IOException {
    Start where = start();
    Object[] parts = new Object[2];
    fields("a note", (f, ptr) -> io(() -> {
      switch (f) {
        case "text":
          parts[0] = string();
          break;
        case "line":
          parts[1] = line();
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (parts[0] == null) {
      throw new CodecException(ReadProblem.Kind.MISSING_FIELD, at(where), "missing required field 'text'");
    }
    return parts[1] == null ? Note.of((String) parts[0]) : Note.of((String) parts[0], (Integer) parts[1]);
  }

  // ---------------------------------------------------------------- tables

  DisclosureTable table() throws IOException {
    Start where = start();
    DisclosureTable.Builder b = DisclosureTable.builder();
    fields("a table", (f, ptr) -> io(() -> {
      switch (f) {
        case "kind":
          set(constant(TableKind.class), b::kind);
          break;
        case "number":
          set(string(), b::number);
          break;
        case "title":
          set(string(), b::title);
          break;
        case "issuer":
          set(string(), b::issuer);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "emptyStatement":
          set(string(), b::emptyStatement);
          break;
        case "line":
          set(line(), b::line);
          break;
        case "place":
          set(place(), b::place);
          break;
        case "columns":
          array("columns", () -> b.addColumns(column()));
          break;
        case "rows":
          array("rows", () -> b.addRows(row()));
          break;
        case "notes":
          array("notes", () -> set(note(), b::addNotes));
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private Column column() throws IOException {
    Start where = start();
    Column.Builder b = Column.builder();
    fields("a column", (f, ptr) -> io(() -> {
      switch (f) {
        case "key":
          set(string(), b::key);
          break;
        case "concept":
          set(constant(Concept.class), b::concept);
          break;
        case "header":
          b.addAllHeader(strings("header"));
          break;
        case "parent":
          set(string(), b::parent);
          break;
        case "partOf":
          b.partOf(bool());
          break;
        case "side":
          set(constant(Side.class), b::side);
          break;
        case "number":
          set(string(), b::number);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

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

  private void cells(String what, BiConsumer<String, Cell> put) throws IOException {
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
    Object[] parts = new Object[5];
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
      return Cells.of((BigDecimal) parts[0], (String) parts[1], (CellMark) parts[2], Boolean.TRUE.equals(parts[3]));
    } catch (InvalidValueException e) {
      if (!lenient) {
        throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, at(where), "inconsistent cell: " + e.getMessage(), e);
      }
      problems.add(ReadProblem.of(ReadProblem.Kind.MALFORMED_VALUE, Severity.ERROR, at(where), "", "inconsistent cell dropped: " + e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- projects and performance

  private Project project() throws IOException {
    Start where = start();
    Project.Builder b = Project.builder();
    fields("a project", (f, ptr) -> io(() -> {
      switch (f) {
        case "name":
          set(string(), b::name);
          break;
        case "code":
          set(string(), b::code);
          break;
        case "department":
          set(string(), b::department);
          break;
        case "unit":
          set(string(), b::unit);
          break;
        case "category":
          set(constant(ProjectCategory.class), b::category);
          break;
        case "attribute":
          set(constant(ProjectAttribute.class), b::attribute);
          break;
        case "startYear":
          set(integer(), b::startYear);
          break;
        case "endYear":
          set(integer(), b::endYear);
          break;
        case "total":
          set(cell(), b::total);
          break;
        case "annualBudget":
          set(cell(), b::annualBudget);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "amounts":
          cells("amounts", b::putAmounts);
          break;
        case "costs":
          array("costs", () -> b.addCosts(labelled()));
          break;
        case "purchases":
          array("purchases", () -> b.addPurchases(labelled()));
          break;
        case "goal":
          set(string(), b::goal);
          break;
        case "line":
          set(line(), b::line);
          break;
        case "place":
          set(place(), b::place);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private PerformanceGoal goal() throws IOException {
    Start where = start();
    PerformanceGoal.Builder b = PerformanceGoal.builder();
    fields("a goal", (f, ptr) -> io(() -> {
      switch (f) {
        case "scope":
          set(constant(GoalScope.class), b::scope);
          break;
        case "title":
          set(string(), b::title);
          break;
        case "unit":
          set(string(), b::unit);
          break;
        case "department":
          set(string(), b::department);
          break;
        case "project":
          set(string(), b::project);
          break;
        case "budget":
          set(cell(), b::budget);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "tasks":
          array("tasks", () -> b.addTasks(labelled()));
          break;
        case "longTermGoal":
          set(string(), b::longTermGoal);
          break;
        case "annualGoal":
          set(string(), b::annualGoal);
          break;
        case "indicators":
          array("indicators", () -> b.addIndicators(indicator()));
          break;
        case "line":
          set(line(), b::line);
          break;
        case "place":
          set(place(), b::place);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private SelfEvaluation selfEvaluation() throws IOException {
    Start where = start();
    SelfEvaluation.Builder b = SelfEvaluation.builder();
    fields("a self-evaluation", (f, ptr) -> io(() -> {
      switch (f) {
        case "scope":
          set(constant(GoalScope.class), b::scope);
          break;
        case "project":
          set(string(), b::project);
          break;
        case "projectAmount":
          set(cell(), b::projectAmount);
          break;
        case "department":
          set(string(), b::department);
          break;
        case "implementingUnit":
          set(string(), b::implementingUnit);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "funding":
          array("funding", () -> b.addFunding(labelled()));
          break;
        case "expectedGoal":
          set(string(), b::expectedGoal);
          break;
        case "achievement":
          set(string(), b::achievement);
          break;
        case "indicators":
          array("indicators", () -> b.addIndicators(indicator()));
          break;
        case "totalWeight":
          set(cell(), b::totalWeight);
          break;
        case "totalScore":
          set(cell(), b::totalScore);
          break;
        case "grade":
          set(string(), b::grade);
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private LabelledAmounts labelled() throws IOException {
    Start where = start();
    LabelledAmounts.Builder b = LabelledAmounts.builder();
    fields("labelled amounts", (f, ptr) -> io(() -> {
      switch (f) {
        case "label":
          set(string(), b::label);
          break;
        case "description":
          set(string(), b::description);
          break;
        case "cells":
          cells("cells", b::putCells);
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private Indicator indicator() throws IOException {
    Start where = start();
    Indicator.Builder b = Indicator.builder();
    fields("an indicator", (f, ptr) -> io(() -> {
      switch (f) {
        case "level1Text":
          set(string(), b::level1Text);
          break;
        case "level2Text":
          set(string(), b::level2Text);
          break;
        case "name":
          set(string(), b::name);
          break;
        case "targetText":
          set(string(), b::targetText);
          break;
        case "nature":
          set(string(), b::nature);
          break;
        case "value":
          set(string(), b::value);
          break;
        case "measureUnit":
          set(string(), b::measureUnit);
          break;
        case "direction":
          set(string(), b::direction);
          break;
        case "weight":
          set(cell(), b::weight);
          break;
        case "actual":
          set(string(), b::actual);
          break;
        case "score":
          set(cell(), b::score);
          break;
        case "deviation":
          set(string(), b::deviation);
          break;
        case "history":
          fields("history", (k, q) -> io(() -> set(string(), v -> b.putHistory(k, v))));
          break;
        case "line":
          set(line(), b::line);
          break;
        case "place":
          set(place(), b::place);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private EvaluationFramework framework() throws IOException {
    Start where = start();
    EvaluationFramework.Builder b = EvaluationFramework.builder();
    fields("a framework", (f, ptr) -> io(() -> {
      switch (f) {
        case "title":
          set(string(), b::title);
          break;
        case "roots":
          array("roots", () -> b.addRoots(node()));
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private FrameworkNode node() throws IOException {
    Start where = start();
    FrameworkNode.Builder b = FrameworkNode.builder();
    fields("a framework node", (f, ptr) -> io(() -> {
      switch (f) {
        case "level":
          set(integer(), b::level);
          break;
        case "name":
          set(string(), b::name);
          break;
        case "referenceScore":
          set(cell(), b::referenceScore);
          break;
        case "descriptions":
          b.addAllDescriptions(strings("descriptions"));
          break;
        case "children":
          array("children", () -> b.addChildren(node()));
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }
}
