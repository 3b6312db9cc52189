package io.github.cnbudget.rules;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import java.util.List;
import java.util.Set;

/**
 * A validation rule (校验规则): a pure, stateless function from a document to findings.
 *
 * <p>What the rules of one validation read from its document once and share (the facts of each
 * table, the indicators) travels with the document in the {@link Subject}, never in the rule or in
 * the {@link RuleContext}, which holds options only.
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
   * @param subject the document, with the memo its validation's rules share
   * @param context the options (tolerance, expected weight total, catalog…)
   * @return the findings, in any order; never null
   */
  List<Finding> check(Subject subject, RuleContext context);

  /**
   * Checks a document on its own: {@link #check(Subject, RuleContext)} with a fresh subject. Rules
   * implement the other method; this one is for calling a rule by itself.
   *
   * @param disclosure the document
   * @param context the options (tolerance, expected weight total, catalog…)
   * @return the findings, in any order; never null
   */
  default List<Finding> check(Disclosure disclosure, RuleContext context) {
    return check(Subject.of(disclosure), context);
  }

  /**
   * What this rule could not check in a document, and why: the tables it needs are absent or were
   * not read, a column is missing, a value is missing or unreadable. A rule that finds nothing in a
   * document it could not read must say so here, so that an empty report is never mistaken for a
   * clean document.
   *
   * @param subject the document, with the memo its validation's rules share
   * @param context the options
   * @return the items, in any order; empty by default
   */
  default List<NotChecked> notChecked(Subject subject, RuleContext context) {
    return List.of();
  }

  /**
   * What this rule could not check in a document on its own: {@link #notChecked(Subject,
   * RuleContext)} with a fresh subject.
   *
   * @param disclosure the document
   * @param context the options
   * @return the items, in any order
   */
  default List<NotChecked> notChecked(Disclosure disclosure, RuleContext context) {
    return notChecked(Subject.of(disclosure), context);
  }
}
