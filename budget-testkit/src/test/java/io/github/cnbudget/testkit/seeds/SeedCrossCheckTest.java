package io.github.cnbudget.testkit.seeds;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixtures' trust anchor: every number and every label of every seed model must re-appear on the
 * seed line its row records, in the text shipped under {@code examples/data}; and every amount printed
 * on a table row's line must be a cell of the model.
 */
class SeedCrossCheckTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void everyPrintedNumber_reappearsOnItsSourceLine(int seed) {
    Disclosure d = SeedDocuments.seed(seed);
    SeedText text = SeedText.of(seed);
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (DisclosureTable t : d.tables()) {
      int tl = t.line().orElseThrow();
      if (!text.hasText(tl, t.title())) {
        misses.add(t.title() + ": title not on line " + tl);
      }
      for (Row r : t.rows()) {
        int line = r.line().orElseThrow();
        if (!r.label().isEmpty() && !text.hasTextOrWrappedStart(line, r.label())) {
          misses.add(t.title() + ": label '" + r.label() + "' not on line " + line);
        }
        checked += checkCells(text, line, t.title(), r.cells(), misses);
      }
    }
    for (PerformanceGoal g : d.goals()) {
      for (LabelledAmounts task : g.tasks()) {
        checked += checkLabelled(text, "goal " + g.unit().orElse(""), task, misses);
      }
      for (Indicator i : g.indicators()) {
        checked += checkIndicator(text, i, misses);
      }
    }
    for (SelfEvaluation s : d.selfEvaluations()) {
      for (LabelledAmounts f : s.funding()) {
        checked += checkFunding(text, "self-evaluation " + s.project().orElse(""), f, misses);
      }
      for (Indicator i : s.indicators()) {
        checked += checkIndicator(text, i, misses);
      }
    }
    for (EvaluationFramework fw : d.frameworks()) {
      for (FrameworkNode n : fw.roots()) {
        checked += checkNode(text, n, misses);
      }
    }
    for (Project p : d.projects()) {
      int line = p.line().orElseThrow();
      if (!text.hasTextOrWrappedStart(line, p.name())) {
        misses.add("project '" + p.name() + "' not on line " + line);
      }
      if (p.goal().isPresent() && !text.hasTextOrWrappedStart(line, p.goal().get())) {
        misses.add("goal of project '" + p.name() + "' does not start on line " + line);
      }
      checked += checkCells(text, line, "project " + p.name(), p.amounts(), misses);
      if (p.total().isPresent()) {
        checked += checkCells(text, line, "project " + p.name(), Map.of("total", p.total().get()), misses);
      }
    }
    assertThat(misses).isEmpty();
    assertThat(checked).isPositive();
  }

  /**
   * The converse: no printed amount of a table row's line is missing from the model. Seed 003 is left
   * out: its OCR splits amounts over columns (410.8 | 9 50.6 | 0), so a line's tokens are not its
   * amounts; its repaired cells are checked by the test above.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {0, 1, 2})
  void everyNumberOnATableRowLine_isACellOfTheModel(int seed) {
    Disclosure d = SeedDocuments.seed(seed);
    SeedText text = SeedText.of(seed);
    List<String> misses = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      Map<Integer, List<Row>> byLine = new java.util.TreeMap<>();
      for (Row r : t.rows()) {
        byLine.computeIfAbsent(r.line().orElseThrow(), k -> new ArrayList<>()).add(r);
      }
      for (Map.Entry<Integer, List<Row>> e : byLine.entrySet()) {
        List<String> printed = new ArrayList<>();
        java.util.Set<String> codesAndNumbers = new java.util.HashSet<>();
        for (Row r : e.getValue()) {
          r.code().ifPresent(c -> codesAndNumbers.add(c.digits()));
          r.number().ifPresent(codesAndNumbers::add);
          for (Cell c : r.cells().values()) {
            // repaired cells print damaged text that is no number token; the other test finds them
            if (c.hasValue() && !c.isRepaired()) {
              printed.add(c.printed().strip());
            }
          }
        }
        List<String> found = seed == 2 ? SeedText.glued(text.line(e.getKey())) : new ArrayList<>();
        for (String token : seed == 2 ? new String[0] : text.line(e.getKey()).split("\t")) {
          String tk = token.strip();
          // long digit strings without separators are project codes printed in name columns, not amounts
          if (tk.matches("-?[0-9][0-9,]*(\\.[0-9]+)?") && !tk.matches("[0-9]{12,}") && !codesAndNumbers.remove(tk)) {
            found.add(tk);
          }
        }
        java.util.Collections.sort(printed);
        java.util.Collections.sort(found);
        if (!printed.equals(found)) {
          misses.add(t.title() + " line " + e.getKey() + ": model " + printed + ", seed " + found);
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  private static int checkCells(SeedText text, int line, String where, Map<String, Cell> cells, List<String> misses) {
    int n = 0;
    for (Map.Entry<String, Cell> e : cells.entrySet()) {
      Cell c = e.getValue();
      if (!c.hasValue()) {
        if (!c.printed().isBlank() && !text.hasTextOrWrappedStart(line, c.printed())) {
          misses.add(where + ": text '" + c.printed() + "' (" + e.getKey() + ") not on line " + line);
        }
        continue;
      }
      n++;
      // a repaired cell's damaged text may span a column break, so it is compared without blanks
      boolean found = c.isRepaired() ? text.hasText(line, c.printed()) : text.hasNumber(line, c.printed());
      if (!found) {
        misses.add(where + ": " + c.printed() + " (" + e.getKey() + ") not on line " + line);
      }
    }
    return n;
  }

  private static int checkLabelled(SeedText text, String where, LabelledAmounts l, List<String> misses) {
    int line = l.line().orElseThrow();
    if (!text.hasText(line, l.label())) {
      misses.add(where + ": label '" + l.label() + "' not on line " + line);
    }
    if (l.description().isPresent() && !text.hasText(line, l.description().get())) {
      misses.add(where + ": description of '" + l.label() + "' not on line " + line);
    }
    return checkCells(text, line, where + " " + l.label(), l.cells(), misses);
  }

  /**
   * A self-evaluation funding line: its label on its line, its amounts within the next lines (the
   * extraction breaks long amounts and the score columns onto following lines).
   */
  private static int checkFunding(SeedText text, String where, LabelledAmounts l, List<String> misses) {
    int line = l.line().orElseThrow();
    if (!text.hasText(line, l.label())) {
      misses.add(where + ": label '" + l.label() + "' not on line " + line);
    }
    int n = 0;
    for (Map.Entry<String, Cell> e : l.cells().entrySet()) {
      Cell c = e.getValue();
      if (!text.hasTextNear(line, c.printed(), 0, 4)) {
        misses.add(where + " " + l.label() + ": " + c.printed() + " (" + e.getKey() + ") not near line " + line);
      }
      if (c.hasValue()) {
        n++;
      }
    }
    return n;
  }

  /**
   * An indicator: its numbers (weight, score) exactly on its line; its texts (name, target, actual,
   * deviation), which the seeds wrap over several lines, on or around it.
   */
  private static int checkIndicator(SeedText text, Indicator i, List<String> misses) {
    int line = i.line().orElseThrow();
    List<String> texts = new ArrayList<>();
    texts.add(i.name());
    i.targetText().ifPresent(texts::add);
    i.nature().ifPresent(texts::add);
    i.value().ifPresent(texts::add);
    i.measureUnit().ifPresent(texts::add);
    i.actual().ifPresent(texts::add);
    i.deviation().ifPresent(texts::add);
    for (String s : texts) {
      if (!text.hasText(line, s) && !text.hasTextNear(line, s, 12, 10) && !text.hasFragmentsNear(line, s, 25, 40)) {
        misses.add("indicator '" + i.name() + "': '" + s + "' not on line " + line);
      }
    }
    int n = 0;
    if (i.weight().isPresent()) {
      n += checkCells(text, line, "indicator " + i.name(), Map.of("weight", i.weight().get()), misses);
    }
    if (i.score().isPresent()) {
      // a score is on the indicator's line, except in seed 002's framework, where 得分 is printed in
      // the scoring-standard cell up to twenty lines below the 参考分值
      Cell score = i.score().get();
      if (!text.hasNumber(line, score.printed()) && !text.hasTextNear(line, score.printed(), 0, 25)) {
        misses.add("indicator " + i.name() + ": score " + score.printed() + " not on or below line " + line);
      }
      n += score.hasValue() ? 1 : 0;
    }
    return n;
  }

  private static int checkNode(SeedText text, FrameworkNode node, List<String> misses) {
    int line = node.line().orElseThrow();
    if (!text.hasText(line, node.name()) && !text.hasFragmentsNear(line, node.name(), 25, 40)) {
      misses.add("framework node '" + node.name() + "' not on line " + line);
    }
    int n = 0;
    if (node.referenceScore().isPresent()) {
      n += checkCells(text, line, "framework " + node.name(), Map.of("score", node.referenceScore().get()), misses);
    }
    for (FrameworkNode c : node.children()) {
      n += checkNode(text, c, misses);
    }
    return n;
  }
}
