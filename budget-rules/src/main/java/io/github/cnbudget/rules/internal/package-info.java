/**
 * The built-in rule implementations (内置规则实现). Not exported: users reach them through
 * {@link io.github.cnbudget.rules.Rules}.
 */
@NullMarked
package io.github.cnbudget.rules.internal;

import org.jspecify.annotations.NullMarked;
