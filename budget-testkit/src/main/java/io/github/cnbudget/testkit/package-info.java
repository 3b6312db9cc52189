/**
 * The testkit (测试工具包): deterministic, seeded generators of cn-budget values and of whole
 * consistent disclosures, targeted mutations, and a small property runner that prints its seed.
 *
 * <ul>
 *   <li>{@link io.github.cnbudget.testkit.Gen} and {@link io.github.cnbudget.testkit.Properties}: the
 *       generator interface and the property runner;
 *   <li>{@link io.github.cnbudget.testkit.ModelGen}: generators of single model values (codes, cells,
 *       amounts, indicators…);
 *   <li>{@link io.github.cnbudget.testkit.DocumentGen}: whole disclosures in which every accounting
 *       identity listed in its documentation holds exactly;
 *   <li>{@link io.github.cnbudget.testkit.Mutations}: break exactly one thing and say where.
 * </ul>
 *
 * <pre>{@code
 * // a rule must find nothing in a consistent document ...
 * Properties.forAll(200, DocumentGen.defaults(), d -> assertThat(rule.check(d)).isEmpty());
 * // ... and must find the one changed amount
 * Properties.forAll(200, Mutations.of(DocumentGen.defaults(), Mutations.Kind.CHANGE_AMOUNT),
 *     m -> assertThat(rule.check(m.document())).isNotEmpty());
 * }</pre>
 */
@NullMarked
package io.github.cnbudget.testkit;

import org.jspecify.annotations.NullMarked;
