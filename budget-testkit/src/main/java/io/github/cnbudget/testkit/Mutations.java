package io.github.cnbudget.testkit;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Targeted mutations of a document (定向变异): each breaks exactly one thing and says where, so that a
 * test can check that a rule finds it (and a consistent document from {@link DocumentGen} gives the
 * rule nothing else to find). A site is chosen uniformly among the document's eligible places.
 *
 * <p>Stateless and thread-safe.
 */
public final class Mutations {
  private Mutations() {}

  /** The kinds of mutation. */
  public enum Kind {
    /**
     * One amount cell changes by 100 to 999 units of its last printed place (far beyond any rounding
     * tolerance); the value stays non-negative and keeps its scale; the cell becomes canonical.
     */
    CHANGE_AMOUNT,
    /**
     * One amount cell changes by exactly one unit of its last printed place (one {@code ulp} of its
     * scale), which a rounding-aware check over at least one other printed value must tolerate.
     */
    PERTURB_WITHIN_ROUNDING,
    /** One amount cell with two different adjacent digits has them swapped (a 2,958 printed 2,985). */
    TRANSPOSE_DIGITS,
    /** One CODE row of a table is removed (its parent then exceeds the sum of its children). */
    DROP_ROW,
    /** One CODE row's printed name changes (a stale or mistyped name); no amount changes. */
    RENAME_CODE,
    /** One weighted indicator of a project goal gains 1 to 9 weight points (weights no longer sum to 100). */
    CHANGE_WEIGHT,
    /**
     * One indicator score of a self-evaluation moves by 0.50 to 5.00 points (staying non-negative),
     * so that it no longer follows the scoring rule nor adds up to the printed total, which is kept.
     */
    CHANGE_SCORE
  }

  /**
   * Applies a mutation of a kind.
   *
   * @param kind the kind
   * @param document the document
   * @param random chooses the site
   * @return the mutation
   * @throws IllegalArgumentException if the document has no place for this kind
   */
  public static Mutation apply(Kind kind, Disclosure document, SplittableRandom random) {
    switch (kind) {
      case CHANGE_AMOUNT:
        return changeAmount(document, random);
      case PERTURB_WITHIN_ROUNDING:
        return perturbWithinRounding(document, random);
      case TRANSPOSE_DIGITS:
        return transposeDigits(document, random);
      case DROP_ROW:
        return dropRow(document, random);
      case RENAME_CODE:
        return renameCode(document, random);
      case CHANGE_WEIGHT:
        return changeWeight(document, random);
      default:
        return changeScore(document, random);
    }
  }

  /**
   * Generates mutations of a kind of generated documents.
   *
   * @param documents the documents to mutate (each must have a place for the kind)
   * @param kind the kind
   * @return the generator
   */
  public static Gen<Mutation> of(Gen<Disclosure> documents, Kind kind) {
    return r -> apply(kind, documents.generate(r), r);
  }

  /**
   * Changes one amount by 100–999 units of its last printed place.
   *
   * @param document the document
   * @param random chooses the cell and the change
   * @return the mutation
   * @throws IllegalArgumentException if no cell holds an amount
   */
  public static Mutation changeAmount(Disclosure document, SplittableRandom random) {
    CellSite s = pickCell(document, random, c -> true);
    BigDecimal old = s.cell.value().orElseThrow();
    BigDecimal delta = BigDecimal.ONE.movePointLeft(old.scale()).multiply(BigDecimal.valueOf(100 + random.nextInt(900)));
    BigDecimal now = old.compareTo(delta) >= 0 && random.nextBoolean() ? old.subtract(delta) : old.add(delta);
    return replaceCell(Kind.CHANGE_AMOUNT, document, s, now);
  }

  /**
   * Changes one amount by exactly one unit of its last printed place.
   *
   * @param document the document
   * @param random chooses the cell and the direction
   * @return the mutation
   * @throws IllegalArgumentException if no cell holds an amount
   */
  public static Mutation perturbWithinRounding(Disclosure document, SplittableRandom random) {
    CellSite s = pickCell(document, random, c -> true);
    BigDecimal old = s.cell.value().orElseThrow();
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(old.scale());
    BigDecimal now = old.compareTo(ulp) >= 0 && random.nextBoolean() ? old.subtract(ulp) : old.add(ulp);
    return replaceCell(Kind.PERTURB_WITHIN_ROUNDING, document, s, now);
  }

  /**
   * Swaps two different adjacent digits of one amount.
   *
   * @param document the document
   * @param random chooses the cell and the digits
   * @return the mutation
   * @throws IllegalArgumentException if no amount has two different adjacent digits
   */
  public static Mutation transposeDigits(Disclosure document, SplittableRandom random) {
    CellSite s = pickCell(document, random, c -> swappable(c.value().orElseThrow().unscaledValue().toString()).size() > 0);
    BigDecimal old = s.cell.value().orElseThrow();
    String digits = old.unscaledValue().toString();
    List<Integer> at = swappable(digits);
    int i = at.get(random.nextInt(at.size()));
    char[] cs = digits.toCharArray();
    char t = cs[i];
    cs[i] = cs[i + 1];
    cs[i + 1] = t;
    BigDecimal now = new BigDecimal(new java.math.BigInteger(new String(cs)), old.scale());
    return replaceCell(Kind.TRANSPOSE_DIGITS, document, s, now);
  }

  private static List<Integer> swappable(String digits) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + 1 < digits.length(); i++) {
      // a leading zero would change the number of digits: not a transposition as printed
      if (digits.charAt(i) != digits.charAt(i + 1) && !(i == 0 && digits.charAt(1) == '0')) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Removes one CODE row from a table.
   *
   * @param document the document
   * @param random chooses the row
   * @return the mutation ({@link Mutation#rowIndex()} is the removed row's index)
   * @throws IllegalArgumentException if no table has a CODE row
   */
  public static Mutation dropRow(Disclosure document, SplittableRandom random) {
    int[] site = pickRow(document, random, r -> r.kind() == RowKind.CODE);
    DisclosureTable t = document.tables().get(site[0]);
    Row row = t.rows().get(site[1]);
    List<Row> rows = new ArrayList<>(t.rows());
    rows.remove(site[1]);
    Mutation.Builder b = new Mutation.Builder(Kind.DROP_ROW, document, withTable(document, site[0], withRows(t, rows)));
    b.tableIndex = site[0];
    b.tableTitle = t.title();
    b.rowIndex = site[1];
    b.rowLabel = row.label();
    b.before = row.code().map(c -> "[" + c.digits() + "]").orElse("") + row.label();
    return new Mutation(b);
  }

  /**
   * Changes the printed name of one CODE row.
   *
   * @param document the document
   * @param random chooses the row and the new name
   * @return the mutation
   * @throws IllegalArgumentException if no table has a CODE row
   */
  public static Mutation renameCode(Disclosure document, SplittableRandom random) {
    int[] site = pickRow(document, random, r -> r.kind() == RowKind.CODE);
    DisclosureTable t = document.tables().get(site[0]);
    Row row = t.rows().get(site[1]);
    String name = row.label();
    String renamed = Gen.oneOf("旧", "（原）", "事务", "其他").generate(random);
    renamed = random.nextBoolean() || name.isEmpty() ? name + renamed : renamed + name;
    List<Row> rows = new ArrayList<>(t.rows());
    rows.set(site[1], copy(row, row.cells(), renamed));
    Mutation.Builder b = new Mutation.Builder(Kind.RENAME_CODE, document, withTable(document, site[0], withRows(t, rows)));
    b.tableIndex = site[0];
    b.tableTitle = t.title();
    b.rowIndex = site[1];
    b.rowLabel = name;
    b.before = name;
    b.after = renamed;
    return new Mutation(b);
  }

  /**
   * Adds 1–9 points to the weight of one weighted indicator of a goal.
   *
   * @param document the document
   * @param random chooses the indicator and the change
   * @return the mutation
   * @throws IllegalArgumentException if no goal has a weighted indicator
   */
  public static Mutation changeWeight(Disclosure document, SplittableRandom random) {
    List<List<Indicator>> goals = new ArrayList<>();
    document.goals().forEach(g -> goals.add(g.indicators()));
    int[] s = pickIndicator(goals, Indicator::weight, random, "weighted");
    PerformanceGoal goal = document.goals().get(s[0]);
    Indicator ind = goal.indicators().get(s[1]);
    BigDecimal old = ind.weight().orElseThrow().value().orElseThrow();
    BigDecimal now = old.add(BigDecimal.valueOf(1 + random.nextInt(9)));
    List<PerformanceGoal> changed = new ArrayList<>(document.goals());
    changed.set(s[0], withIndicators(goal, replace(goal.indicators(), s[1], copy(ind, Optional.of(Cell.of(now)), ind.score()))));
    Mutation.Builder b = indicatorChange(Kind.CHANGE_WEIGHT, document,
        copy(document, document.tables(), changed, document.selfEvaluations()), s[1], old, now);
    b.goalIndex = s[0];
    return new Mutation(b);
  }

  /**
   * Moves one indicator score of a self-evaluation by 0.50 to 5.00 points.
   *
   * @param document the document
   * @param random chooses the indicator and the change
   * @return the mutation
   * @throws IllegalArgumentException if no self-evaluation has a scored indicator
   */
  public static Mutation changeScore(Disclosure document, SplittableRandom random) {
    List<List<Indicator>> evaluations = new ArrayList<>();
    document.selfEvaluations().forEach(e -> evaluations.add(e.indicators()));
    int[] s = pickIndicator(evaluations, Indicator::score, random, "scored");
    SelfEvaluation evaluation = document.selfEvaluations().get(s[0]);
    Indicator ind = evaluation.indicators().get(s[1]);
    BigDecimal old = ind.score().orElseThrow().value().orElseThrow();
    BigDecimal delta = BigDecimal.valueOf(50 + random.nextInt(451), 2);
    BigDecimal now = old.compareTo(delta) >= 0 && random.nextBoolean() ? old.subtract(delta) : old.add(delta);
    List<SelfEvaluation> changed = new ArrayList<>(document.selfEvaluations());
    changed.set(s[0], withIndicators(evaluation,
        replace(evaluation.indicators(), s[1], copy(ind, ind.weight(), Optional.of(Cell.of(now))))));
    Mutation.Builder b = indicatorChange(Kind.CHANGE_SCORE, document,
        copy(document, document.tables(), document.goals(), changed), s[1], old, now);
    b.selfEvaluationIndex = s[0];
    return new Mutation(b);
  }

  /** Picks {container, indicator} among the indicators whose cell holds a value. */
  private static int[] pickIndicator(List<List<Indicator>> containers,
      java.util.function.Function<Indicator, Optional<Cell>> cell, SplittableRandom random, String what) {
    List<int[]> sites = new ArrayList<>();
    for (int c = 0; c < containers.size(); c++) {
      for (int i = 0; i < containers.get(c).size(); i++) {
        if (cell.apply(containers.get(c).get(i)).flatMap(Cell::value).isPresent()) {
          sites.add(new int[] {c, i});
        }
      }
    }
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("the document has no " + what + " indicator");
    }
    return sites.get(random.nextInt(sites.size()));
  }

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(index, value);
    return out;
  }

  private static Mutation.Builder indicatorChange(Kind kind, Disclosure original, Disclosure mutated, int indicator,
      BigDecimal old, BigDecimal now) {
    Mutation.Builder b = new Mutation.Builder(kind, original, mutated);
    b.indicatorIndex = indicator;
    b.before = old.toPlainString();
    b.after = now.toPlainString();
    b.oldValue = old;
    b.newValue = now;
    return b;
  }

  // ------------------------------------------------------------------------------------------------

  private static final class CellSite {
    final int table;
    final int row;
    final String key;
    final Cell cell;

    CellSite(int table, int row, String key, Cell cell) {
      this.table = table;
      this.row = row;
      this.key = key;
      this.cell = cell;
    }
  }

  private static CellSite pickCell(Disclosure d, SplittableRandom random, java.util.function.Predicate<Cell> ok) {
    List<CellSite> sites = new ArrayList<>();
    for (int t = 0; t < d.tables().size(); t++) {
      List<Row> rows = d.tables().get(t).rows();
      for (int i = 0; i < rows.size(); i++) {
        for (Map.Entry<String, Cell> e : rows.get(i).cells().entrySet()) {
          if (e.getValue().hasValue() && ok.test(e.getValue())) {
            sites.add(new CellSite(t, i, e.getKey(), e.getValue()));
          }
        }
      }
    }
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("the document has no suitable amount cell");
    }
    return sites.get(random.nextInt(sites.size()));
  }

  private static int[] pickRow(Disclosure d, SplittableRandom random, java.util.function.Predicate<Row> ok) {
    List<int[]> sites = new ArrayList<>();
    for (int t = 0; t < d.tables().size(); t++) {
      List<Row> rows = d.tables().get(t).rows();
      for (int i = 0; i < rows.size(); i++) {
        if (ok.test(rows.get(i))) {
          sites.add(new int[] {t, i});
        }
      }
    }
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("the document has no CODE row");
    }
    return sites.get(random.nextInt(sites.size()));
  }

  private static Mutation replaceCell(Kind kind, Disclosure d, CellSite s, BigDecimal now) {
    DisclosureTable t = d.tables().get(s.table);
    Row row = t.rows().get(s.row);
    Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
    Cell changed = Cell.of(now);
    cells.put(s.key, changed);
    List<Row> rows = new ArrayList<>(t.rows());
    rows.set(s.row, copy(row, cells, row.label()));
    Mutation.Builder b = new Mutation.Builder(kind, d, withTable(d, s.table, withRows(t, rows)));
    b.tableIndex = s.table;
    b.tableTitle = t.title();
    b.rowIndex = s.row;
    b.rowLabel = row.label();
    b.columnKey = s.key;
    b.before = s.cell.printed();
    b.after = changed.printed();
    b.oldValue = s.cell.value().orElseThrow();
    b.newValue = now;
    return new Mutation(b);
  }

  static Row copy(Row row, Map<String, Cell> cells, String label) {
    return row.withCells(cells).withLabel(label);
  }

  static DisclosureTable withRows(DisclosureTable t, List<Row> rows) {
    return t.withRows(rows);
  }

  static Disclosure withTable(Disclosure d, int index, DisclosureTable table) {
    List<DisclosureTable> tables = new ArrayList<>(d.tables());
    tables.set(index, table);
    return copy(d, tables, d.goals(), d.selfEvaluations());
  }

  static Disclosure copy(Disclosure d, List<DisclosureTable> tables, List<PerformanceGoal> goals,
      List<SelfEvaluation> evaluations) {
    return d.withTables(tables).withGoals(goals).withSelfEvaluations(evaluations);
  }

  static Indicator copy(Indicator i, Optional<Cell> weight, Optional<Cell> score) {
    return i.withWeight(weight).withScore(score);
  }

  static PerformanceGoal withIndicators(PerformanceGoal g, List<Indicator> indicators) {
    return g.withIndicators(indicators);
  }

  static SelfEvaluation withIndicators(SelfEvaluation e, List<Indicator> indicators) {
    return e.withIndicators(indicators);
  }
}
