package io.github.cnbudget.io.csv;

import static io.github.cnbudget.io.csv.PerformanceColumns.AMOUNTS;
import static io.github.cnbudget.io.csv.PerformanceColumns.FRAMEWORKS;
import static io.github.cnbudget.io.csv.PerformanceColumns.FRAMEWORK_NODES;
import static io.github.cnbudget.io.csv.PerformanceColumns.GOALS;
import static io.github.cnbudget.io.csv.PerformanceColumns.INDICATORS;
import static io.github.cnbudget.io.csv.PerformanceColumns.LABELLED_AMOUNTS;
import static io.github.cnbudget.io.csv.PerformanceColumns.PROJECTS;
import static io.github.cnbudget.io.csv.PerformanceColumns.SELF_EVALUATIONS;
import static io.github.cnbudget.io.csv.TidyColumns.COLUMNS;
import static io.github.cnbudget.io.csv.TidyColumns.CONTENTS;
import static io.github.cnbudget.io.csv.TidyColumns.DOCUMENTS;
import static io.github.cnbudget.io.csv.TidyColumns.LINE_ITEMS;
import static io.github.cnbudget.io.csv.TidyColumns.NARRATIVE;
import static io.github.cnbudget.io.csv.TidyColumns.NOTES;
import static io.github.cnbudget.io.csv.TidyColumns.ROWS;
import static io.github.cnbudget.io.csv.TidyColumns.TABLES;
import static io.github.cnbudget.io.csv.TidyColumns.UNITS;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the tidy file set: walks each document, keeping where it is in {@link Parents}, and writes
 * each record as its file's columns say. Refuses (rather than silently drops) what CSV cannot carry.
 */
final class TidyWriter {
  // by TidyFile ordinal: each file's writer, its text, and one record's fields, filled anew for every record
  private final CsvWriter[] writers = new CsvWriter[TidyFile.values().length];
  private final StringWriter[] buffers = new StringWriter[TidyFile.values().length];
  private final String[][] fields = new String[TidyFile.values().length][];
  private final boolean spreadsheetSafe;
  private final Parents at = new Parents();

  TidyWriter(boolean spreadsheetSafe) {
    this.spreadsheetSafe = spreadsheetSafe;
    for (TidyFile f : TidyFile.values()) {
      StringWriter sw = new StringWriter();
      CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(sw);
      w.writeRecord(f.columns());
      writers[f.ordinal()] = w;
      buffers[f.ordinal()] = sw;
      fields[f.ordinal()] = new String[f.columns().size()];
    }
  }

  Map<String, byte[]> finish() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (TidyFile f : TidyFile.values()) {
      try {
        writers[f.ordinal()].flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.put(f.fileName(), buffers[f.ordinal()].toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** One record of a file: every column's text, in order, then written (or refused) as a whole. */
  private <M> void rec(Columns<M, ?> file, M value) {
    String[] out = fields[file.file.ordinal()];
    List<? extends TidyColumn<M, ?>> columns = file.columns();
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).writing.write(at, value);
    }
    if (spreadsheetSafe) {
      for (int i = 0; i < out.length; i++) {
        out[i] = Spreadsheets.neutralise(out[i]);
      }
    }
    writers[file.file.ordinal()].writeRecord(out);
  }

  private <M> void each(Columns<M, ?> file, List<M> values) {
    for (int i = 0; i < values.size(); i++) {
      at.index = Integer.toString(i + 1);
      rec(file, values.get(i));
    }
  }

  void document(int d, Disclosure doc) {
    at.enterDocument(d, doc);
    rec(DOCUMENTS, doc);
    each(UNITS, doc.department().units());
    each(CONTENTS, doc.contents());
    each(NOTES, doc.notes());
    each(NARRATIVE, doc.narrative().paragraphs());
    for (int t = 0; t < doc.tables().size(); t++) {
      table(t + 1, doc.tables().get(t));
    }
    for (int i = 0; i < doc.projects().size(); i++) {
      project(i + 1, doc.projects().get(i));
    }
    for (int i = 0; i < doc.goals().size(); i++) {
      goal(i + 1, doc.goals().get(i));
    }
    for (int i = 0; i < doc.selfEvaluations().size(); i++) {
      evaluation(i + 1, doc.selfEvaluations().get(i));
    }
    for (int i = 0; i < doc.frameworks().size(); i++) {
      framework(i + 1, doc.frameworks().get(i));
    }
  }

  private void table(int t, DisclosureTable table) {
    at.enterTable(t, table);
    rec(TABLES, table);
    each(COLUMNS, table.columns());
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      at.enterRow(r + 1, row);
      rec(ROWS, row);
      for (Map.Entry<String, Cell> cell : row.cells().entrySet()) {
        rec(LINE_ITEMS, cell);
      }
    }
    each(NOTES, table.notes());
  }

  private void amounts(String owner, int ownerIndex, String entry, Map<String, Cell> cells) {
    at.owner = owner;
    at.ownerIndex = Integer.toString(ownerIndex);
    at.entry = entry;
    for (Map.Entry<String, Cell> c : cells.entrySet()) {
      rec(AMOUNTS, c);
    }
  }

  private void project(int i, Project p) {
    at.enter("project", i);
    rec(PROJECTS, p);
    amounts(PerformanceColumns.PROJECT, i, "", p.amounts());
    labelled(PerformanceColumns.PROJECT_COST, i, p.costs());
    labelled(PerformanceColumns.PROJECT_PURCHASE, i, p.purchases());
  }

  private void labelled(String owner, int ownerIndex, List<LabelledAmounts> list) {
    for (int i = 0; i < list.size(); i++) {
      at.owner = owner;
      at.ownerIndex = Integer.toString(ownerIndex);
      at.index = Integer.toString(i + 1);
      rec(LABELLED_AMOUNTS, list.get(i));
      amounts(owner, ownerIndex, Integer.toString(i + 1), list.get(i).cells());
    }
  }

  private void goal(int i, PerformanceGoal g) {
    at.enter("goal", i);
    rec(GOALS, g);
    labelled(PerformanceColumns.GOAL, i, g.tasks());
    indicators(PerformanceColumns.GOAL, i, g.indicators());
  }

  private void evaluation(int i, SelfEvaluation s) {
    at.enter("self-evaluation", i);
    rec(SELF_EVALUATIONS, s);
    labelled(PerformanceColumns.EVALUATION, i, s.funding());
    indicators(PerformanceColumns.EVALUATION, i, s.indicators());
  }

  private void indicators(String owner, int ownerIndex, List<Indicator> list) {
    at.owner = owner;
    at.ownerIndex = Integer.toString(ownerIndex);
    each(INDICATORS, list);
  }

  private void framework(int i, EvaluationFramework f) {
    at.enter("framework", i);
    at.framework = at.index;
    rec(FRAMEWORKS, f);
    int[] counter = {0};
    for (FrameworkNode n : f.roots()) {
      node(n, "", counter);
    }
  }

  private void node(FrameworkNode n, String parent, int[] counter) {
    String id = Integer.toString(++counter[0]);
    at.index = id;
    at.parent = parent;
    rec(FRAMEWORK_NODES, n);
    for (FrameworkNode c : n.children()) {
      node(c, id, counter);
    }
  }
}
