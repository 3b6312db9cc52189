package io.github.cnbudget.rules;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.rules.internal.RoundingGroups;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A composed set of rules with its options (规则集): all-of the rules that are picked and not
 * skipped (by id or tag), severity overrides by finding code, a limit on the number of findings,
 * and the {@link RuleContext} used by {@link #validate(Disclosure)}.
 *
 * <p>Immutable and thread-safe: one instance can validate documents on many threads at once.
 * Every {@code with…}, {@code pick}, {@code skip} returns a changed copy.
 *
 * <pre>{@code
 * ValidationReport r = Rules.defaults()
 *     .skip("catalog")
 *     .withSeverity("stale-name", Severity.INFO)
 *     .withContext(RuleContext.defaults().withToleranceFactor(BigDecimal.ZERO))
 *     .validate(disclosure);
 * }</pre>
 */
public final class RuleSet implements Rule {
  private final String id;
  private final List<Rule> rules;
  private final Set<String> picked;
  private final Set<String> skipped;
  private final Map<String, Severity> overrides;
  private final int limit;
  private final RuleContext context;

  private RuleSet(String id, List<Rule> rules, Set<String> picked, Set<String> skipped,
      Map<String, Severity> overrides, int limit, RuleContext context) {
    this.id = id;
    this.rules = rules;
    this.picked = picked;
    this.skipped = skipped;
    this.overrides = overrides;
    this.limit = limit;
    this.context = context;
  }

  /**
   * A rule set of some rules, all enabled, default options.
   *
   * @param id the set's id, kebab-case
   * @param rules the rules, in order
   * @return the set
   */
  public static RuleSet of(String id, List<? extends Rule> rules) {
    Objects.requireNonNull(id, "id");
    Set<String> ids = new LinkedHashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Duplicate rule id: " + r.id());
      }
    }
    return new RuleSet(id, List.copyOf(rules), Set.of(), Set.of(), Map.of(), Integer.MAX_VALUE,
        RuleContext.defaults());
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * The codes of the enabled rules.
   *
   * @return the codes
   */
  @Override
  public Set<String> codes() {
    Set<String> out = new LinkedHashSet<>();
    for (Rule r : enabled()) {
      out.addAll(r.codes());
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public Set<String> tags() {
    Set<String> out = new LinkedHashSet<>();
    for (Rule r : enabled()) {
      out.addAll(r.tags());
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public String description() {
    return "All of " + enabled().size() + " rules";
  }

  /**
   * All rules of the set, enabled or not.
   *
   * @return the rules in order
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rules that run: picked (or all when nothing was picked) and not skipped.
   *
   * @return the enabled rules in order
   */
  public List<Rule> enabled() {
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      boolean in = picked.isEmpty() || matches(r, picked);
      if (in && !matches(r, skipped)) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean matches(Rule r, Set<String> idsOrTags) {
    if (idsOrTags.contains(r.id())) {
      return true;
    }
    for (String t : r.tags()) {
      if (idsOrTags.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs only rules with these ids or tags (added to earlier picks).
   *
   * @param idsOrTags rule ids or tags of this set's rules
   * @return the changed copy
   * @throws UnknownRuleException if one names no rule and no tag of this set
   */
  public RuleSet pick(String... idsOrTags) {
    Set<String> p = new LinkedHashSet<>(picked);
    p.addAll(known(idsOrTags));
    return new RuleSet(id, rules, Set.copyOf(p), skipped, overrides, limit, context);
  }

  /**
   * Does not run rules with these ids or tags.
   *
   * @param idsOrTags rule ids or tags of this set's rules
   * @return the changed copy
   * @throws UnknownRuleException if one names no rule and no tag of this set
   */
  public RuleSet skip(String... idsOrTags) {
    Set<String> s = new LinkedHashSet<>(skipped);
    s.addAll(known(idsOrTags));
    return new RuleSet(id, rules, picked, Set.copyOf(s), overrides, limit, context);
  }

  /** The ids or tags, each naming a rule or a tag of this set: a typo must not silently pick nothing. */
  private List<String> known(String... idsOrTags) {
    List<String> unknown = new ArrayList<>();
    for (String s : idsOrTags) {
      if (rules.stream().noneMatch(r -> r.id().equals(s) || r.tags().contains(s))) {
        unknown.add(s);
      }
    }
    if (!unknown.isEmpty()) {
      throw new UnknownRuleException(unknown, rules.stream().map(Rule::id).sorted().collect(Collectors.toList()));
    }
    return List.of(idsOrTags);
  }

  /**
   * Reports findings with a code at another severity.
   *
   * @param code a finding code
   * @param severity the severity to report it at
   * @return the changed copy
   */
  public RuleSet withSeverity(String code, Severity severity) {
    Map<String, Severity> o = new LinkedHashMap<>(overrides);
    o.put(Objects.requireNonNull(code), Objects.requireNonNull(severity));
    return new RuleSet(id, rules, picked, skipped, Map.copyOf(o), limit, context);
  }

  /**
   * Keeps at most this many findings in a report (the most serious first).
   *
   * @param maxFindings the limit, not negative
   * @return the changed copy
   */
  public RuleSet limit(int maxFindings) {
    if (maxFindings < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + maxFindings);
    }
    return new RuleSet(id, rules, picked, skipped, overrides, maxFindings, context);
  }

  /**
   * Uses other options for {@link #validate(Disclosure)}.
   *
   * @param newContext the options
   * @return the changed copy
   */
  public RuleSet withContext(RuleContext newContext) {
    return new RuleSet(id, rules, picked, skipped, overrides, limit, Objects.requireNonNull(newContext));
  }

  /**
   * The options used by {@link #validate(Disclosure)}.
   *
   * @return the context
   */
  public RuleContext context() {
    return context;
  }

  /**
   * Runs the enabled rules, applies the severity overrides and drops rounding-level findings when
   * the context says so; does not apply the limit. The rules share the subject's memo.
   *
   * @param subject the document
   * @param ctx the options
   * @return the findings in rule order
   */
  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Rule r : enabled()) {
      for (Finding f : r.check(subject, ctx)) {
        if (ctx.dropRounding() && f.isWithinRounding()) {
          continue;
        }
        Severity s = overrides.get(f.code());
        out.add(s == null ? f : f.withSeverity(s));
      }
    }
    return out;
  }

  /**
   * What the enabled rules could not check.
   *
   * @param subject the document
   * @param ctx the options
   * @return the items in rule order
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    List<NotChecked> out = new ArrayList<>();
    for (Rule r : enabled()) {
      out.addAll(r.notChecked(subject, ctx));
    }
    return out;
  }

  /**
   * Validates a document with this set's context.
   *
   * @param disclosure the document
   * @return the sorted report, with what could not be checked
   */
  public ValidationReport validate(Disclosure disclosure) {
    return validate(disclosure, context);
  }

  /**
   * Validates a document with other options.
   *
   * @param disclosure the document
   * @param ctx the options
   * @return the sorted report, cut to the limit, with what could not be checked; rounding-level
   *     differences are grouped, one INFO per table and code with the cells in {@link Finding#cells()}
   */
  public ValidationReport validate(Disclosure disclosure, RuleContext ctx) {
    // the rules share what they read of this document (facts of tables, indicators) for this run
    Subject subject = Subject.of(disclosure);
    List<Finding> grouped = RoundingGroups.group(check(subject, ctx));
    return ValidationReport.of(grouped, limit).withNotChecked(notChecked(subject, ctx));
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + ", " + enabled().size() + "/" + rules.size() + " rules]";
  }
}
