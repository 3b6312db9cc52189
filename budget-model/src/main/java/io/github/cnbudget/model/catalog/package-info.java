/**
 * Classification catalogs (政府收支分类科目表), versioned by year: the name of each functional and
 * economic code in each fiscal year, its children, the years a printed name belongs to, and the
 * codes a printed name resolves to.
 *
 * <p>{@link io.github.cnbudget.model.catalog.ClassificationCatalog#bundled()} reads the catalog shipped
 * in this jar: one CSV per scheme, every entry with its provenance (the seed line or public page the
 * name was taken from). Users load the full official catalog, or corrections, from their own CSV in
 * the same format and lay it over the bundled one. All types are immutable and thread-safe.
 *
 * <p>The catalog records names, not amounts or rules: whether a document printed a stale name is a
 * finding of the validation rules, which ask {@code matchName}.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
