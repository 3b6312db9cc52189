package io.github.cnbudget.spark;

import io.github.cnbudget.rules.RuleSet;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rule set of a job, built where it is used. A {@link RuleSet} is not serialisable (its rules
 * are code, its context may hold a whole catalog), so the job ships the recipe; the holder is
 * broadcast, and an executor keeps one deserialised holder for all its tasks, so each executor
 * builds the set once and shares it between its task threads (a rule set is immutable and
 * thread-safe).
 */
final class RuleSetHolder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final BudgetSpark.RuleSetFactory factory;
  // built on first use in each executor (double-checked below)
  private transient volatile @Nullable RuleSet rules;

  RuleSetHolder(BudgetSpark.RuleSetFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  RuleSet rules() {
    RuleSet r = rules;
    if (r == null) {
      synchronized (this) {
        r = rules;
        if (r == null) {
          r = Objects.requireNonNull(factory.create(), "the factory returned no rule set");
          rules = r;
        }
      }
    }
    return r;
  }
}
