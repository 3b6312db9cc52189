/**
 * Performance scoring (绩效评分): the public {@link io.github.cnbudget.rules.scoring.ScoringEngine}
 * that recomputes self-evaluation scores (proportional, inverse, qualitative, budget execution),
 * totals and the {@link io.github.cnbudget.rules.scoring.Grade} (优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60).
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.cnbudget.rules.scoring;

import org.jspecify.annotations.NullMarked;
