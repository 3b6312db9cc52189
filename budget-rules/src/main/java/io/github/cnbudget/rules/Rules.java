package io.github.cnbudget.rules;

import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.internal.BuiltinRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Factory of rules and rule sets (规则工厂): the built-in {@link #defaults()}, and the combinators
 * {@link #allOf(String, Rule...)} and {@link #scoped(Rule, Scope)}.
 *
 * <p>Every returned rule is immutable and thread-safe.
 */
public final class Rules {
  private static final RuleSet DEFAULTS = RuleSet.of("defaults", BuiltinRules.all());

  private Rules() {}

  /**
   * The full built-in catalog, default options. One shared instance: it is immutable.
   *
   * @return the default rule set
   */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /**
   * A rule that runs all of some rules.
   *
   * @param id the id of the combined rule, kebab-case
   * @param rules the rules
   * @return the combined rule; its codes and tags are the union of theirs
   */
  public static Rule allOf(String id, Rule... rules) {
    return RuleSet.of(id, List.of(rules));
  }

  /**
   * A rule that keeps only the findings of another located inside a scope (a table kind, units, a
   * code range).
   *
   * @param rule the rule
   * @param scope the scope
   * @return the scoped rule, with the same id, codes and tags
   */
  public static Rule scoped(Rule rule, Scope scope) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scope, "scope");
    return new Rule() {
      @Override
      public String id() {
        return rule.id();
      }

      @Override
      public Set<String> codes() {
        return rule.codes();
      }

      @Override
      public Set<String> tags() {
        return rule.tags();
      }

      @Override
      public String description() {
        return rule.description() + " (" + scope + ")";
      }

      @Override
      public List<Finding> check(Subject subject, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : rule.check(subject, context)) {
          if (scope.contains(f.location())) {
            out.add(f);
          }
        }
        return out;
      }

      @Override
      public String toString() {
        return rule.id() + " in " + scope;
      }
    };
  }

  /**
   * The finding codes of every built-in rule.
   *
   * @return the codes
   */
  public static Set<String> codes() {
    return new LinkedHashSet<>(DEFAULTS.codes());
  }
}
