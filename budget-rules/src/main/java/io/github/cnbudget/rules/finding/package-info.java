/**
 * Findings and reports (校验发现与报告): {@link io.github.cnbudget.rules.finding.Finding} with its
 * stable code, {@link io.github.cnbudget.model.Severity},
 * {@link io.github.cnbudget.rules.finding.Location} and the sorted
 * {@link io.github.cnbudget.rules.finding.ValidationReport}; messages come from the zh_CN and en
 * bundles through the package-private {@code Messages}.
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.cnbudget.rules.finding;

import org.jspecify.annotations.NullMarked;
