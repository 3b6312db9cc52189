package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.Mutations;
import io.github.cnbudget.testkit.PropertyChecks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a {@link RuleSet} share a memo of the document they validate (cross-table facts,
 * indicators): what a set finds is exactly what its rules find one by one, each without a memo,
 * in rule order — on generated documents and on mutations of them, validated one after another
 * with the same set so that nothing of one document leaks into the next.
 */
class RuleSetMemoTest {
  private static List<String> oneByOne(Disclosure d) {
    List<String> out = new ArrayList<>();
    for (Rule r : Rules.defaults().enabled()) {
      for (Finding f : r.check(d, RuleContext.defaults())) {
        out.add(describe(f));
      }
    }
    return out;
  }

  private static String describe(Finding f) {
    return f.ruleId() + " " + f + " " + f.expected() + " " + f.actual() + " " + f.tolerance() + " " + f.arguments();
  }

  private static List<String> together(Disclosure d) {
    List<String> out = new ArrayList<>();
    for (Finding f : Rules.defaults().check(d, RuleContext.defaults())) {
      out.add(describe(f));
    }
    return out;
  }

  @Test
  void setFindsWhatItsRulesFindAlone() {
    PropertyChecks.forAll(40, DocumentGen.defaults(), d -> assertThat(together(d)).isEqualTo(oneByOne(d)));
    for (Mutations.Kind k : List.of(Mutations.Kind.CHANGE_AMOUNT, Mutations.Kind.DROP_ROW, Mutations.Kind.RENAME_CODE)) {
      PropertyChecks.forAll(20, Mutations.of(DocumentGen.defaults(), k),
          m -> assertThat(together(m.document())).isEqualTo(oneByOne(m.document())));
    }
  }
}
