package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A rule that reads the narrative one paragraph at a time; a document without narrative is not checked. */
abstract class NarrativeRule extends AbstractRule {
  NarrativeRule(String id, Set<String> codes, String description) {
    super(id, codes, Set.of("narrative"), description);
  }

  @Override
  public final List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    List<Paragraph> ps = d.narrative().paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      checkParagraph(d, i, ps.get(i).text(), out);
    }
    return out;
  }

  /** Adds the findings of paragraph {@code index}. */
  abstract void checkParagraph(Disclosure d, int index, String text, List<Finding> out);
}
