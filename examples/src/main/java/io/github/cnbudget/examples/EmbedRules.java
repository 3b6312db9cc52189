package io.github.cnbudget.examples;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.math.BigDecimal;

/**
 * Embeds a chosen subset of the rules, with a custom tolerance, in an application (在应用中嵌入部分规则并自定义容差):
 * an intake service that checks only the arithmetic of the tables and accepts no rounding slack.
 *
 * <p>A {@link RuleSet} is immutable and thread-safe, so the service builds it once and shares it
 * across requests.
 */
public final class EmbedRules {
  /** The arithmetic rules an intake check cares about. */
  static final String[] ARITHMETIC = {"tree-rollup", "column-identity", "two-sided-balance"};

  private final RuleSet rules;

  private EmbedRules(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * A checker of the arithmetic rules with a tolerance factor: 1 allows the rounding of the
   * published precision ({@code (n + 1) · h / 2} for n summed items), 0 demands exact sums.
   *
   * @param toleranceFactor multiplies the rounding bound
   * @return the checker
   */
  public static EmbedRules arithmetic(BigDecimal toleranceFactor) {
    RuleSet rules = Rules.defaults()
        .pick(ARITHMETIC)
        .withContext(RuleContext.defaults().withToleranceFactor(toleranceFactor));
    return new EmbedRules(rules);
  }

  /**
   * Whether a submitted document may be accepted: no ERROR finding under this checker's rules.
   *
   * @param document the submitted document
   * @return true when accepted
   */
  public boolean accepts(Disclosure document) {
    return !check(document).hasErrors();
  }

  /**
   * The findings of this checker's rules.
   *
   * @param document the document
   * @return the report
   */
  public ValidationReport check(Disclosure document) {
    return rules.validate(document);
  }

  /**
   * Checks seed 000 leniently and strictly and prints how many errors each finds.
   *
   * @param args an optional file, default seed 000
   */
  public static void main(String[] args) {
    Disclosure d = ValidateDocument.read(java.nio.file.Path.of(args.length > 0 ? args[0] : "examples/data/000_ff2a909ca0d0a799.txt"));
    System.out.println("rounding allowed: " + arithmetic(BigDecimal.ONE).check(d).count(Severity.ERROR) + " errors");
    System.out.println("exact sums:       " + arithmetic(BigDecimal.ZERO).check(d).count(Severity.ERROR) + " errors");
  }
}
