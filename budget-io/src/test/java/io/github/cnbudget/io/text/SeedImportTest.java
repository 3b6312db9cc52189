package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Import accuracy on the four seed disclosures, against the hand-verified models of the testkit
 * ({@code SeedDocuments}), and on layouts written by varying the seeds.
 */
class SeedImportTest {

  private static ImportResult importSeed(int n) {
    return DisclosureImporter.defaults().importText(Layouts.seed(n));
  }

  /** The hand-verified model, when the testkit provides it. */
  private static Optional<Disclosure> expected(int n) {
    try {
      Class<?> seeds = Class.forName("io.github.cnbudget.testkit.seeds.SeedDocuments");
      Method seed = seeds.getMethod("seed", int.class);
      return Optional.of((Disclosure) seed.invoke(null, n));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"0, 1.00", "1, 0.95"})
  void importText_seed_reproducesTheHandVerifiedCells(int n, double threshold) {
    Optional<Disclosure> expected = expected(n);
    assumeTrue(expected.isPresent(), "hand-verified seed model not available");

    ImportResult r = importSeed(n);
    SeedAccuracy a = SeedAccuracy.measure(expected.get(), r.disclosure(), true);

    System.out.println(a.summary("seed " + n));
    a.misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(a.share()).isGreaterThanOrEqualTo(threshold);
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"0, 1.00", "1, 0.99"})
  void importText_spaceAlignedSeed_readsTheCellsOfTheTabSeed(int n, double threshold) {
    String tab = Layouts.seed(n);
    Disclosure fromTabs = DisclosureImporter.defaults().importText(tab).disclosure();

    Disclosure fromSpaces = DisclosureImporter.defaults().importText(Layouts.spaceAligned(tab)).disclosure();

    SeedAccuracy a = SeedAccuracy.measure(fromTabs, fromSpaces, true);
    System.out.println(a.summary("space-aligned seed " + n));
    assertThat(a.expected).isGreaterThan(800);
    assertThat(a.share()).isGreaterThanOrEqualTo(threshold);
  }

  @Test
  void importText_seed000WithSwappedColumns_readsTheSameCells() {
    String tab = Layouts.seed(0);
    // 表 3 支出总表 has its header on line 371 and rows to line 451: print 项目支出 before 基本支出
    String swapped = Layouts.swapColumns(tab, 371, 451, 4, 5);

    SeedAccuracy a = SeedAccuracy.measure(DisclosureImporter.defaults().importText(tab).disclosure(),
        DisclosureImporter.defaults().importText(swapped).disclosure(), false);

    assertThat(a.misses).isEmpty();
    assertThat(a.expected).isGreaterThan(800);
  }

  @Test
  void importText_seed000WithoutATable_readsTheOthersUnchanged() {
    String tab = Layouts.seed(0);
    // leave out 表2 收入总表 (lines 347-362)
    String without = Layouts.withoutLines(tab, 347, 362);

    Disclosure full = DisclosureImporter.defaults().importText(tab).disclosure();
    Disclosure partial = DisclosureImporter.defaults().importText(without).disclosure();

    assertThat(partial.tables(TableKind.INCOME)).isEmpty();
    SeedAccuracy a = SeedAccuracy.measure(partial, full, true);
    assertThat(a.misses).isEmpty();
    assertThat(a.extras).isNotEmpty().allMatch(e -> e.startsWith("INCOME#1"));
  }

  @Test
  void importText_seed003_repairsOcrDamageAndMarksTheCells() {
    ImportResult r = importSeed(3);

    assertThat(r.report().repairs()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
    long repairedCells = r.disclosure().tables().stream().flatMap(t -> t.rows().stream())
        .flatMap(row -> row.cells().values().stream()).filter(c -> c.isRepaired()).count();
    assertThat(repairedCells).isGreaterThanOrEqualTo(20);
    assertThat(r.disclosure().goals()).isNotEmpty();
  }

  @Test
  void importText_everySeed_recordsASourceLineForEveryRowAndTable() {
    for (int n = 0; n < 4; n++) {
      Disclosure d = importSeed(n).disclosure();
      assertThat(d.tables()).as("seed %d", n).isNotEmpty();
      for (DisclosureTable t : d.tables()) {
        assertThat(t.line()).isPresent();
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.line()).isPresent());
      }
    }
  }

  @Test
  void importText_cleanSeeds_needNoRepairs() {
    assertThat(importSeed(0).report().repairs()).isEmpty();
    assertThat(importSeed(1).report().repairs()).isEmpty();
    assertThat(importSeed(0).disclosure().tables()).extracting(DisclosureTable::kind)
        .contains(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.EXPENDITURE, TableKind.THREE_PUBLIC);
    assertThat(importSeed(0).disclosure().tables().stream().mapToLong(t -> t.rows().stream().filter(r -> r.code().isPresent()).count()).sum())
        .isGreaterThan(100);
  }
}
