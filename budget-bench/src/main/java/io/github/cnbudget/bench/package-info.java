/**
 * JMH benchmarks of cn-budget (性能基准), each beside a baseline measured in the same run and reported
 * as a ratio; plus the streaming and heap measurements of {@code BENCHMARKS.md}.
 */
package io.github.cnbudget.bench;
