/**
 * The machinery behind the budget command (命令行内部实现): expanding files, folders and globs into
 * inputs, running each input independently, progress on the terminal, the closing summary table,
 * and rendering reports as text or JSON.
 *
 * <p>Not exported: nothing here is API. Types are immutable and thread-safe unless their docs say
 * otherwise (progress writers hold a terminal line and are confined to the batch's thread).
 */
@NullMarked
package io.github.cnbudget.cli.internal;

import org.jspecify.annotations.NullMarked;
