package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Sentence;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the narrative rules did not check (未核对): each sentence whose amounts or percentages the fact
 * grammar could not all read is listed as INFO with the numbers left unread, so a reader knows the
 * checks are silent there for want of reading, not because the sentence is right.
 */
final class NarrativeCoverageRule extends AbstractRule {
  static final String CODE = "narrative-not-read";

  NarrativeCoverageRule() {
    super("narrative-coverage", Set.of(CODE), Set.of("narrative", "coverage"),
        "Lists the narrative sentences whose numbers were not read, hence not checked");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (Sentence s : d.narrative().reading().unread()) {
      out.add(finding(CODE, Severity.INFO).location(Narratives.location(d, s.paragraph()))
          .arguments(Narratives.quote(s.text()), String.join("、", s.unread()))
          .build());
    }
    return out;
  }
}
