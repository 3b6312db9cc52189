/**
 * The budget command (预算公开命令行工具): {@code budget import|validate|convert|score FILE…}, for data
 * engineers working on many published disclosures at once.
 *
 * <p>{@link io.github.cnbudget.cli.BudgetCommand} is the entry point; the subcommands are
 * package-private and the batch machinery lives in the non-exported {@code internal} package. The
 * module exports nothing: the command is a program, not a library.
 */
@NullMarked
package io.github.cnbudget.cli;

import org.jspecify.annotations.NullMarked;
