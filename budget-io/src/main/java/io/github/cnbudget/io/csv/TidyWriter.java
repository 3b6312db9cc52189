package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.target.Relation;
import io.github.cnbudget.model.target.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.cnbudget.model.table.PagePlace;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes the tidy file set; refuses (rather than silently drops) what CSV cannot carry. */
final class TidyWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<TidyFile, CsvWriter> writers = new EnumMap<>(TidyFile.class);
  private final Map<TidyFile, StringWriter> buffers = new EnumMap<>(TidyFile.class);
  private final boolean spreadsheetSafe;
  private String where = "";

  TidyWriter(boolean spreadsheetSafe) {
    this.spreadsheetSafe = spreadsheetSafe;
    for (TidyFile f : TidyFile.values()) {
      StringWriter sw = new StringWriter();
      CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(sw);
      w.writeRecord(f.columns());
      writers.put(f, w);
      buffers.put(f, sw);
    }
  }

  Map<String, byte[]> finish() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (TidyFile f : TidyFile.values()) {
      try {
        Objects.requireNonNull(writers.get(f)).flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.put(f.fileName(), Objects.requireNonNull(buffers.get(f)).toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private void rec(TidyFile f, String... fields) {
    if (spreadsheetSafe) {
      for (int i = 0; i < fields.length; i++) {
        fields[i] = Spreadsheets.neutralise(fields[i]);
      }
    }
    // every TidyFile has its writer (constructor)
    Objects.requireNonNull(writers.get(f)).writeRecord(fields);
  }

  private String o(Optional<String> v, String what) {
    if (v.isPresent() && v.get().isEmpty()) {
      throw new CodecException(ReadProblem.Kind.NOT_REPRESENTABLE, SourcePosition.unknown(), "CSV cannot carry an empty " + what + " apart from an absent one ("
          + where + "); use JSON for this document");
    }
    return v.orElse("");
  }

  /**
   * A row's unplaced values, their printed forms separated by blanks; refused when one cannot be
   * read back from its printed form alone (a repaired or placed cell, a blank inside).
   */
  private String unplaced(List<Cell> cells) {
    StringBuilder b = new StringBuilder();
    for (Cell c : cells) {
      String printed = c.printed();
      if (printed.isEmpty() || printed.chars().anyMatch(Character::isWhitespace) || !Cell.printed(printed).equals(c)) {
        throw new CodecException(ReadProblem.Kind.NOT_REPRESENTABLE, SourcePosition.unknown(),
            "CSV cannot carry the unplaced value «" + printed + "» of a row (" + where + "); use JSON for this document");
      }
      b.append(b.length() == 0 ? "" : " ").append(printed);
    }
    return b.toString();
  }

  private static String place(Optional<PagePlace> v) {
    return v.map(PagePlace::toString).orElse("");
  }

  private static String o(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }

  private static <E extends Enum<E>> String e(Optional<E> v) {
    return v.isPresent() ? v.get().name() : "";
  }

  private static String b(boolean v) {
    return v ? "true" : "";
  }

  /**
   * Value, printed, mark, repaired; all empty for an absent cell. The place of a cell has a column of
   * its own only in the per-cell files (line items, amounts): one in a record's own columns (a
   * project's total, an indicator's weight) is refused rather than dropped.
   */
  private String[] cell(Optional<Cell> c) {
    if (c.isPresent() && c.get().place().isPresent()) {
      throw new CodecException(ReadProblem.Kind.NOT_REPRESENTABLE, SourcePosition.unknown(),
          "CSV cannot carry the place of a cell outside line_items.csv and amounts.csv (" + where
              + "); use JSON for this document");
    }
    return cellParts(c);
  }

  /** Value, printed, mark, repaired of a cell whose place has a column of its own ({@link #cellPlace}). */
  private static String[] placedCell(Optional<Cell> c) {
    return cellParts(c);
  }

  /** The place of a cell held in a record's own columns (a project's total, an indicator's weight). */
  private static String cellPlace(Optional<Cell> c) {
    return place(c.flatMap(Cell::place));
  }

  private static String[] cellParts(Optional<Cell> c) {
    if (c.isEmpty()) {
      return new String[] {"", "", "", ""};
    }
    Cell x = c.get();
    return new String[] {x.value().map(v -> v.toPlainString()).orElse(""), x.hasDistinctPrintedText() ? x.printed() : "",
        x.mark().name(), b(x.isRepaired())};
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] p : parts) {
      all.addAll(Arrays.asList(p));
    }
    return all.toArray(new String[0]);
  }

  private static String[] a(String... s) {
    return s;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  void document(int d, Disclosure doc) {
    String ds = Integer.toString(d);
    where = "document " + d;
    rec(TidyFile.DOCUMENTS, ds, doc.department().name(), o(doc.department().code(), "department code"),
        doc.year().toString(), doc.stage().name(), doc.precision().unit().name(),
        Integer.toString(doc.precision().scale()), o(doc.title(), "title"), o(doc.source(), "source"));
    Map<String, String> unitCodes = new LinkedHashMap<>();
    List<BudgetUnit> units = doc.department().units();
    for (int i = 0; i < units.size(); i++) {
      BudgetUnit u = units.get(i);
      unitCodes.put(u.name(), u.code().orElse(""));
      rec(TidyFile.UNITS, ds, Integer.toString(i + 1), u.name(), u.role().name(), o(u.code(), "unit code"));
    }
    for (int i = 0; i < doc.contents().size(); i++) {
      rec(TidyFile.CONTENTS, ds, Integer.toString(i + 1), doc.contents().get(i));
    }
    notes(ds, "", doc.notes());
    List<Paragraph> paragraphs = doc.narrative().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      rec(TidyFile.NARRATIVE, ds, Integer.toString(i + 1), o(p.page()), o(p.line()), o(p.section(), "section"),
          p.text());
    }
    for (int t = 0; t < doc.tables().size(); t++) {
      table(ds, t + 1, doc, doc.tables().get(t), unitCodes);
    }
    for (int i = 0; i < doc.projects().size(); i++) {
      project(ds, i + 1, doc.projects().get(i));
    }
    for (int i = 0; i < doc.goals().size(); i++) {
      goal(ds, i + 1, doc.goals().get(i));
    }
    for (int i = 0; i < doc.selfEvaluations().size(); i++) {
      evaluation(ds, i + 1, doc.selfEvaluations().get(i));
    }
    for (int i = 0; i < doc.frameworks().size(); i++) {
      framework(ds, i + 1, doc.frameworks().get(i));
    }
  }

  private void notes(String ds, String table, List<Note> notes) {
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      rec(TidyFile.NOTES, ds, table, Integer.toString(i + 1), n.text(), o(n.line()));
    }
  }

  private void table(String ds, int t, Disclosure doc, DisclosureTable table, Map<String, String> unitCodes) {
    String ts = Integer.toString(t);
    where = "document " + ds + " table " + t;
    rec(TidyFile.TABLES, ds, ts, table.kind().name(), o(table.number(), "table number"), table.title(),
        o(table.issuer(), "table issuer"), e(table.amountUnit()), o(table.emptyStatement(), "empty statement"),
        o(table.line()), place(table.place()));
    for (int c = 0; c < table.columns().size(); c++) {
      Column col = table.columns().get(c);
      rec(TidyFile.COLUMNS, ds, ts, Integer.toString(c + 1), col.key(), col.concept().name(),
          col.header().isEmpty() ? "" : json(col.header()), o(col.parent(), "column parent"), b(col.partOf()),
          col.side().name(), o(col.number(), "column number"));
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      String rs = Integer.toString(r + 1);
      String code = row.code().map(x -> x.digits()).orElse("");
      rec(TidyFile.ROWS, ds, ts, rs, row.kind().name(), row.code().map(x -> x.scheme().name()).orElse(""), code,
          row.label(), e(row.concept()), o(row.unit(), "row unit"), row.side().name(), o(row.number(), "row number"),
          o(row.line()), place(row.place()), unplaced(row.unplaced()));
      String unitName = row.unit().orElse("");
      for (Map.Entry<String, Cell> cell : row.cells().entrySet()) {
        rec(TidyFile.LINE_ITEMS, concat(a(ds, doc.department().name(), doc.year().toString(), doc.stage().name(), ts,
            table.title(), rs, unitCodes.getOrDefault(unitName, ""), unitName, code, row.label(), cell.getKey()),
            cellParts(Optional.of(cell.getValue())), a(o(row.line()), place(cell.getValue().place()))));
      }
    }
    notes(ds, ts, table.notes());
  }

  private void amounts(String ds, String owner, int ownerIndex, String entry, Map<String, Cell> cells) {
    for (Map.Entry<String, Cell> c : cells.entrySet()) {
      rec(TidyFile.AMOUNTS, concat(a(ds, owner, Integer.toString(ownerIndex), entry, c.getKey()),
          cellParts(Optional.of(c.getValue())), a(place(c.getValue().place()))));
    }
  }

  private void project(String ds, int i, Project p) {
    where = "document " + ds + " project " + i;
    rec(TidyFile.PROJECTS, concat(a(ds, Integer.toString(i), p.name(), o(p.code(), "project code"),
        o(p.unit(), "project unit"), e(p.category()), e(p.attribute()), o(p.startYear()), o(p.endYear())),
        placedCell(p.total()), a(o(p.goal(), "project goal"), o(p.line()), o(p.department(), "project department")),
        placedCell(p.annualBudget()), a(e(p.amountUnit()), place(p.place()), cellPlace(p.total()),
            cellPlace(p.annualBudget()))));
    amounts(ds, "project", i, "", p.amounts());
    labelled(ds, "project_cost", i, p.costs());
    labelled(ds, "project_purchase", i, p.purchases());
  }

  private void labelled(String ds, String owner, int ownerIndex, List<LabelledAmounts> list) {
    for (int i = 0; i < list.size(); i++) {
      LabelledAmounts la = list.get(i);
      rec(TidyFile.LABELLED_AMOUNTS, ds, owner, Integer.toString(ownerIndex), Integer.toString(i + 1), la.label(),
          o(la.description(), "description"), o(la.line()));
      amounts(ds, owner, ownerIndex, Integer.toString(i + 1), la.cells());
    }
  }

  private void goal(String ds, int i, PerformanceGoal g) {
    where = "document " + ds + " goal " + i;
    rec(TidyFile.GOALS, concat(a(ds, Integer.toString(i), g.scope().name(), o(g.title(), "goal title"),
        o(g.unit(), "goal unit"), o(g.department(), "goal department"), o(g.project(), "goal project")),
        placedCell(g.budget()), a(e(g.amountUnit()), o(g.longTermGoal(), "long-term goal"),
        o(g.annualGoal(), "annual goal"), o(g.line()), place(g.place()), cellPlace(g.budget()))));
    labelled(ds, "goal", i, g.tasks());
    indicators(ds, "goal", i, g.indicators());
  }

  private void evaluation(String ds, int i, SelfEvaluation s) {
    where = "document " + ds + " self-evaluation " + i;
    rec(TidyFile.SELF_EVALUATIONS, concat(a(ds, Integer.toString(i), s.scope().name(), o(s.project(), "project")),
        cell(s.projectAmount()), a(o(s.department(), "department"), o(s.implementingUnit(), "implementing unit"),
        e(s.amountUnit()), o(s.expectedGoal(), "expected goal"), o(s.achievement(), "achievement")),
        cell(s.totalWeight()), cell(s.totalScore()), a(o(s.grade(), "grade"), o(s.line()))));
    labelled(ds, "evaluation", i, s.funding());
    indicators(ds, "evaluation", i, s.indicators());
  }

  private void indicators(String ds, String owner, int ownerIndex, List<Indicator> list) {
    for (int i = 0; i < list.size(); i++) {
      Indicator in = list.get(i);
      rec(TidyFile.INDICATORS, concat(a(ds, owner, Integer.toString(ownerIndex), Integer.toString(i + 1),
          in.level1Text(), in.level2Text(), in.name(), o(in.targetText(), "target text")), target(in),
          a(o(in.nature(), "nature"), o(in.value(), "indicator value"), o(in.measureUnit(), "measure unit"),
          o(in.direction(), "direction")), placedCell(in.weight()), a(o(in.actual(), "actual")),
          placedCell(in.score()), a(o(in.deviation(), "deviation"), in.history().isEmpty() ? "" : json(in.history()),
              o(in.line()), place(in.place()), cellPlace(in.weight()), cellPlace(in.score()))));
    }
  }

  /** Relation symbol, number and unit of the target as parsed, empty when it cannot be read. */
  static String[] target(Indicator in) {
    Optional<Target> t = Optional.empty();
    try {
      if (in.targetText().isPresent()) {
        t = Optional.of(Target.parse(in.targetText().get()));
      } else if (in.value().isPresent()) {
        t = Optional.of(Target.ofParts(in.nature().orElse(""), in.value().get(), in.measureUnit().orElse("")));
      }
    } catch (BudgetException unreadable) {
      // garbled targets are kept as printed in target_text / value; the derived columns stay empty
      t = Optional.empty();
    }
    return new String[] {t.flatMap(Target::relation).map(Relation::symbol).orElse(""),
        t.flatMap(Target::number).map(BigDecimal::toPlainString).orElse(""), t.flatMap(Target::unit).orElse("")};
  }

  private void framework(String ds, int i, EvaluationFramework f) {
    where = "document " + ds + " framework " + i;
    rec(TidyFile.FRAMEWORKS, ds, Integer.toString(i), f.title(), o(f.line()));
    int[] counter = {0};
    for (FrameworkNode n : f.roots()) {
      node(ds, i, n, "", counter);
    }
  }

  private void node(String ds, int framework, FrameworkNode n, String parent, int[] counter) {
    String id = Integer.toString(++counter[0]);
    rec(TidyFile.FRAMEWORK_NODES, concat(a(ds, Integer.toString(framework), id, parent, Integer.toString(n.level()),
        n.name()), cell(n.referenceScore()), a(n.descriptions().isEmpty() ? "" : json(n.descriptions()), o(n.line()))));
    for (FrameworkNode c : n.children()) {
      node(ds, framework, c, id, counter);
    }
  }
}
