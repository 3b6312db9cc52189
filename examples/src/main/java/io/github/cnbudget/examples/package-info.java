/**
 * Small runnable programs (示例程序) that show the library's main uses, each with a {@code main} and
 * a test, each shown in the README.
 *
 * <p>Each program also offers its work as a static method returning values, so its test (and a
 * reader) can check what it does without parsing its output.
 */
@NullMarked
package io.github.cnbudget.examples;

import org.jspecify.annotations.NullMarked;
