/**
 * Hand-verified models of the four real seed disclosures (种子公开文件模型): {@link
 * io.github.cnbudget.testkit.seeds.SeedDocuments} builds each as printed, errors included, from small
 * tab-separated fixtures that record the seed line of every row.
 */
@NullMarked
package io.github.cnbudget.testkit.seeds;

import org.jspecify.annotations.NullMarked;
