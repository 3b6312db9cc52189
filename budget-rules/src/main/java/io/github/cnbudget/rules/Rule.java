package io.github.cnbudget.rules;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import java.util.List;
import java.util.Set;

/**
 * A validation rule (校验规则): a pure, stateless function from a document to findings.
 *
 * <p>Implementations must be immutable and thread-safe, so one instance can be shared by many
 * threads validating many documents. Each rule declares the finding codes it can emit and
 * documents what it checks and which standard or table it follows; the built-in rules are
 * listed in the package documentation and in {@code docs/rules.md}.
 */
public interface Rule {
  /**
   * The stable rule id, kebab-case (e.g. {@code tree-rollup}).
   *
   * @return the id
   */
  String id();

  /**
   * The finding codes this rule can emit.
   *
   * @return the codes, kebab-case
   */
  Set<String> codes();

  /**
   * Tags for picking or skipping groups of rules ({@code arithmetic}, {@code completeness},
   * {@code catalog}, {@code performance}, {@code scoring}).
   *
   * @return the tags
   */
  default Set<String> tags() {
    return Set.of();
  }

  /**
   * One line saying what the rule checks, in English.
   *
   * @return the description
   */
  String description();

  /**
   * Checks a document.
   *
   * @param disclosure the document
   * @param context the options (tolerance, expected weight total, catalog…)
   * @return the findings, in any order; never null
   */
  List<Finding> check(Disclosure disclosure, RuleContext context);

  /**
   * What this rule could not check in a document, and why: the tables it needs are absent or were
   * not read, a column is missing, a value is missing or unreadable. A rule that finds nothing in a
   * document it could not read must say so here, so that an empty report is never mistaken for a
   * clean document.
   *
   * @param disclosure the document
   * @param context the options
   * @return the items, in any order; empty by default
   */
  default List<NotChecked> notChecked(Disclosure disclosure, RuleContext context) {
    return List.of();
  }
}
