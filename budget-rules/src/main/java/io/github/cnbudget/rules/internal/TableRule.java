package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A rule that looks at one table at a time: it is run on every table of the document, in order. */
abstract class TableRule extends AbstractRule {
  TableRule(String id, Set<String> codes, Set<String> tags, String description) {
    super(id, codes, tags, description);
  }

  @Override
  public final List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (int ti = 0; ti < d.tables().size(); ti++) {
      checkTable(d, ctx, ti, d.tables().get(ti), out);
    }
    return out;
  }

  /** Adds the findings of one table, whose index in the document is {@code ti}. */
  abstract void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out);
}
