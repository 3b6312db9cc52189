package io.github.cnbudget.rules;

import io.github.cnbudget.model.BudgetException;
import java.util.List;

/**
 * A rule id or tag that names no rule of a rule set (未知规则): thrown by {@link RuleSet#pick} and
 * {@link RuleSet#skip}, since picking a misspelt id would silently check nothing. Carries the names
 * that were not found and the ids that exist.
 *
 * <p>The message has a fixed shape: {@code Unknown rule id(s): <unknown>; known: <ids>}.
 */
public final class UnknownRuleException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /** The names that name nothing, as given. */
  @SuppressWarnings("serial") // List.copyOf is serializable
  private final List<String> unknown;
  /** The ids of the set's rules, sorted. */
  @SuppressWarnings("serial")
  private final List<String> known;

  /**
   * Creates the exception.
   *
   * @param unknown the ids or tags that name nothing, as given
   * @param known the ids of the set's rules
   */
  public UnknownRuleException(List<String> unknown, List<String> known) {
    super("Unknown rule id(s): " + String.join(", ", unknown) + "; known: " + String.join(", ", known));
    this.unknown = List.copyOf(unknown);
    this.known = List.copyOf(known);
  }

  /**
   * The ids or tags that name no rule and no tag.
   *
   * @return them, in the order given
   */
  public List<String> unknown() {
    return unknown;
  }

  /**
   * The ids of the rule set's rules.
   *
   * @return them, sorted
   */
  public List<String> known() {
    return known;
  }
}
