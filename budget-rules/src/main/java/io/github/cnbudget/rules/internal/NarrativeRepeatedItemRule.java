package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Basis;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.model.narrative.Topic;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One item, one amount (同一事项金额一致): within a paragraph, an item stated twice for the same year and
 * basis must be stated with the same amount. A statement naming only a year and a basis (2023年预算安排
 * 441.25万元) speaks of the item the paragraph opened with (“…职业年金缴费支出（项）”220.63万元). An
 * ERROR: one of the two is wrong.
 */
final class NarrativeRepeatedItemRule extends AbstractRule {
  static final String CODE = "narrative-item-two-amounts";

  NarrativeRepeatedItemRule() {
    super("narrative-repeated-item", Set.of(CODE), Set.of("narrative", "arithmetic"),
        "An item stated twice in one paragraph has one amount");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    List<Fact> facts = Narratives.facts(d);
    int docYear = d.year().value();
    for (int i = 0; i < facts.size(); i++) {
      Fact first = facts.get(i);
      if (i > 0 && facts.get(i - 1).paragraph() == first.paragraph()) {
        continue;
      }
      List<Fact> paragraph = new ArrayList<>();
      for (int k = i; k < facts.size() && facts.get(k).paragraph() == first.paragraph(); k++) {
        paragraph.add(facts.get(k));
      }
      check(d, paragraph, docYear, out);
    }
    return out;
  }

  private void check(Disclosure d, List<Fact> paragraph, int docYear, List<Finding> out) {
    String openingKey = Narratives.key(paragraph.get(0).subject());
    for (int a = 0; a < paragraph.size(); a++) {
      for (int b = a + 1; b < paragraph.size(); b++) {
        Fact x = paragraph.get(a);
        Fact y = paragraph.get(b);
        if (x.amount().isEmpty() || y.amount().isEmpty() || Narratives.yearOf(x, docYear) != Narratives.yearOf(y, docYear)) {
          continue;
        }
        String kx = keyOf(x, openingKey);
        String ky = keyOf(y, openingKey);
        // within one sentence a list reuses generic words (涉及预算 380.76万元；…涉及预算 30.13万元) for
        // different items; a restatement is in another sentence, by name or by year alone
        boolean restated = !x.sentence().equals(y.sentence())
            && (Narratives.key(y.subject()).isEmpty() || x.topic() == y.topic() && x.topic() != Topic.OTHER);
        if (kx.isEmpty() || !kx.equals(ky) || !sameKind(x, y) || !restated) {
          continue;
        }
        StatedAmount ax = x.amount().get();
        StatedAmount ay = y.amount().get();
        if (ax.inYuan().subtract(ay.inYuan()).abs().compareTo(ax.halfUlpInYuan().add(ay.halfUlpInYuan())) > 0) {
          out.add(finding(CODE, Severity.ERROR).location(Narratives.location(d, y.paragraph()))
              .values(ax.inYuan(), ay.inYuan())
              .arguments(kx, ax.printed(), ay.printed(),
                  Narratives.quote(y.sentence()))
              .build());
        }
      }
    }
  }

  private static String keyOf(Fact f, String openingKey) {
    String k = Narratives.key(f.subject());
    return k.isEmpty() ? openingKey : k;
  }

  /** Both figures are of one kind: a budget is not compared with an execution or final figure. */
  private static boolean sameKind(Fact x, Fact y) {
    return x.basis().isEmpty() || y.basis().isEmpty() || x.basis().equals(y.basis())
        || x.basis().get() == Basis.BUDGET && y.basis().get() == Basis.BUDGET;
  }
}
