/**
 * The testkit (测试工具包): deterministic, seeded generators of cn-budget values and of whole
 * consistent disclosures, targeted mutations, and a small property runner that prints its seed.
 */
@NullMarked
package io.github.cnbudget.testkit;

import org.jspecify.annotations.NullMarked;
