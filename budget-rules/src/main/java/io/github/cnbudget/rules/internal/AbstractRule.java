package io.github.cnbudget.rules.internal;

import io.github.cnbudget.rules.Rule;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.Set;

/** Common fields of the built-in rules: id, codes, tags and description. Immutable. */
abstract class AbstractRule implements Rule {
  private final String id;
  private final Set<String> codes;
  private final Set<String> tags;
  private final String description;

  AbstractRule(String id, Set<String> codes, Set<String> tags, String description) {
    this.id = id;
    this.codes = Set.copyOf(codes);
    this.tags = Set.copyOf(tags);
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Set<String> codes() {
    return codes;
  }

  @Override
  public final Set<String> tags() {
    return tags;
  }

  @Override
  public final String description() {
    return description;
  }

  /** A finding builder for one of this rule's codes. */
  final Finding.Builder finding(String code, Severity severity) {
    if (!codes.contains(code)) {
      throw new IllegalStateException("Rule " + id + " does not declare code " + code);
    }
    return Finding.builder(code, id, severity);
  }

  @Override
  public String toString() {
    return id;
  }
}
