package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A comparison names the right year (比上年): a document of year N compares with year N−1; a final
 * account may also compare with its own year's budget, a budget may not (比2025年预算 in a 2025 budget is
 * a template left unchanged). WARNINGs.
 */
final class NarrativeYearRule extends AbstractRule {
  static final String UNEXPECTED = "narrative-comparison-year";
  static final String ITSELF = "narrative-compared-with-itself";

  NarrativeYearRule() {
    super("narrative-comparison-year", Set.of(UNEXPECTED, ITSELF), Set.of("narrative"),
        "Comparisons in the narrative are with the previous year");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    int year = d.year().value();
    for (Fact f : Narratives.facts(d)) {
      if (f.comparison().isEmpty() || f.comparison().get().year().isEmpty()) {
        continue;
      }
      int y = f.comparison().get().year().getAsInt();
      String code = null;
      if (y == year && d.stage() == Stage.BUDGET) {
        code = ITSELF;
      } else if (y != year && y != year - 1) {
        code = UNEXPECTED;
      }
      if (code != null) {
        out.add(finding(code, Severity.WARNING).location(Narratives.location(d, f.paragraph()))
            .arguments(Narratives.quote(f.sentence()), y, year).build());
      }
    }
    return out;
  }
}
