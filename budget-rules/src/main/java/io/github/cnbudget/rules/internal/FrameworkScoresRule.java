package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference scores (参考分值) of an evaluation framework (绩效评价指标体系) add up at every
 * level: a 一级 or 二级 indicator's 参考分值 is the sum of its sub-indicators' (seed 002's 共性指标体系:
 * 部门决策 20 = 目标设定 10 + 预算编制 10). Points are allotted, not rounded amounts, so the sum is
 * exact. A node is compared only when it and every one of its children print a score: a framework
 * that leaves some blank is not contradicted by what it does not say.
 */
final class FrameworkScoresRule extends AbstractRule {
  static final String CODE = "framework-score-mismatch";

  FrameworkScoresRule() {
    super("framework-scores", Set.of(CODE), Set.of("performance"),
        "A framework indicator's reference score equals the sum of its sub-indicators' scores");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (int fi = 0; fi < d.frameworks().size(); fi++) {
      EvaluationFramework f = d.frameworks().get(fi);
      Location at = Tables.onLine(Location.at("/frameworks/" + fi), f.line());
      for (int ni = 0; ni < f.roots().size(); ni++) {
        check(f, f.roots().get(ni), at.child("roots").child(ni), out);
      }
    }
    return out;
  }

  private void check(EvaluationFramework f, FrameworkNode node, Location at, List<Finding> out) {
    Optional<BigDecimal> printed = node.referenceScore().flatMap(Cell::value);
    BigDecimal sum = node.children().isEmpty() ? null : BigDecimal.ZERO;
    for (int ci = 0; ci < node.children().size(); ci++) {
      FrameworkNode child = node.children().get(ci);
      Optional<BigDecimal> score = child.referenceScore().flatMap(Cell::value);
      sum = sum == null || score.isEmpty() ? null : sum.add(score.get());
      check(f, child, at.child("children").child(ci), out);
    }
    if (printed.isPresent() && sum != null && printed.get().compareTo(sum) != 0) {
      out.add(finding(CODE, Severity.ERROR)
          .location(Tables.onLine(at.child("referenceScore").withCode(node.name()), node.line()))
          .values(sum, printed.get()).tolerance(BigDecimal.ZERO)
          .arguments(f.title(), node.name(), printed.get(), sum).build());
    }
  }
}
