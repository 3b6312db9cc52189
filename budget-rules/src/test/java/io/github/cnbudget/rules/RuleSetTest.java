package io.github.cnbudget.rules;

import static io.github.cnbudget.rules.fixtures.Fixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static Disclosure broken() {
    return withCell(Fixtures.consistent(), TableKind.EXPENDITURE, "2101501", "basic", "590.00");
  }

  @Test
  void validate_reportsFindingsOfAllEnabledRules() {
    ValidationReport r = Rules.defaults().validate(broken());
    assertThat(r.findings()).extracting(Finding::code).contains("rollup-mismatch", "column-sum-mismatch");
  }

  @Test
  void pick_byIdOrTag_runsOnlyThose() {
    assertThat(Rules.defaults().pick("column-identity").validate(broken()).findings()).extracting(Finding::code)
        .containsOnly("column-sum-mismatch");
    assertThat(Rules.defaults().pick("performance").enabled()).extracting(Rule::id)
        .contains("indicator-weights").doesNotContain("tree-rollup");
  }

  @Test
  void skip_removesRules() {
    assertThat(Rules.defaults().skip("tree-rollup", "cross-table").validate(broken()).findings())
        .extracting(Finding::code).containsOnly("column-sum-mismatch");
  }

  @Test
  void pickAndSkip_rejectUnknownIds_namingWhatIsKnown() {
    RuleSet all = Rules.defaults();
    assertThatThrownBy(() -> all.pick("tree-rollup", "no-such-rule", "arithmetic", "nor-this"))
        .isInstanceOfSatisfying(UnknownRuleException.class, e -> {
          assertThat(e.unknown()).containsExactly("no-such-rule", "nor-this");
          assertThat(e.known()).isSorted().contains("tree-rollup", "cross-table").doesNotContain("arithmetic")
              .hasSize(all.rules().size());
          assertThat(e).hasMessageStartingWith("Unknown rule id(s): no-such-rule, nor-this; known: ");
        });
    assertThatThrownBy(() -> all.skip("tree-rolup")).isInstanceOf(UnknownRuleException.class)
        .hasMessageContaining("tree-rolup;");
    // an id of a rule the set holds but does not run (skipped, or outside a pick) is known
    assertThat(all.skip("tree-rollup").pick("tree-rollup").enabled()).isEmpty();
  }

  @Test
  void withSeverity_overridesByCode() {
    ValidationReport r = Rules.defaults().withSeverity("rollup-mismatch", Severity.INFO).validate(broken());
    assertThat(r.findings("rollup-mismatch")).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void limit_cutsReport() {
    ValidationReport r = Rules.defaults().limit(1).validate(broken());
    assertThat(r.findings()).hasSize(1);
    assertThat(r.isTruncated()).isTrue();
  }

  @Test
  void dropRounding_removesRoundingLevelFindings() {
    Disclosure d = withCell(Fixtures.consistent(), TableKind.EXPENDITURE, "2101501", "total", "600.01");
    assertThat(Rules.defaults().validate(d).findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(Rules.defaults().withContext(RuleContext.defaults().withDropRounding(true)).validate(d).findings())
        .isEmpty();
  }

  @Test
  void of_rejectsDuplicateIds() {
    Rule r = Rules.defaults().rules().get(0);
    assertThatThrownBy(() -> RuleSet.of("x", List.of(r, r))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sharedInstance_givesSameReportOnManyThreads() throws Exception {
    RuleSet set = Rules.defaults();
    Disclosure d = broken();
    List<Finding> expected = set.validate(d).findings();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> set.validate(d).findings()));
      }
      for (Future<List<Finding>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyRule_declaresKebabCodesAndDescription() {
    for (Rule r : Rules.defaults().rules()) {
      assertThat(r.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(r.codes()).isNotEmpty().allSatisfy(c -> assertThat(c).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
      assertThat(r.description()).isNotBlank();
    }
  }
}
