/**
 * What the codecs share (编解码公共类型): the one exception every codec throws for malformed input
 * ({@link io.github.cnbudget.io.CodecException}), the problems a lenient read collects instead
 * ({@link io.github.cnbudget.io.ReadProblem}, at a {@link io.github.cnbudget.io.SourcePosition}), and the bounds that keep hostile input from exhausting
 * memory or time ({@link io.github.cnbudget.io.ReadOptions}).
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.cnbudget.io;

import org.jspecify.annotations.NullMarked;
