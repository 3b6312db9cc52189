/**
 * Classification catalogs (政府收支分类科目表), versioned by year: the name of each functional and
 * economic code in each fiscal year, its children, the years a printed name belongs to, and the
 * codes a printed name resolves to.
 *
 * <p>{@link io.github.cnbudget.model.catalog.ClassificationCatalog#bundled()} reads the catalog shipped
 * in this jar: one CSV per scheme, every entry with its provenance (the seed line, or the document as
 * issuer, year and kind, or the public page the name was taken from) and its {@link
 * io.github.cnbudget.model.catalog.Trust}, and the {@link io.github.cnbudget.model.catalog.CompletePart}s
 * it holds completely. Users load the full official catalog, or corrections, from their own CSV in the
 * same format and lay it over the bundled one. {@link io.github.cnbudget.model.catalog.EconomicMapping}
 * pairs departmental with government economic codes. All types are immutable and thread-safe.
 *
 * <p>The CSV format (UTF-8, RFC 4180, header row required):
 *
 * <pre>
 * scheme,code,name,valid_from,valid_to,trust,provenance
 * FUNCTIONAL,210,医疗卫生与计划生育支出,,2018,PRINTED,seed:002:line 147; name until 2018
 * FUNCTIONAL,210,卫生健康支出,2019,,PRINTED,seed:000:line 380; seed:001:line 181
 * DEPARTMENTAL_ECONOMIC,30101,基本工资,,,OFFICIAL,seed:002:line 410; 上海 2024 部门决算公开样张(官方模板)
 * </pre>
 *
 * <p>{@code scheme} is a {@link io.github.cnbudget.model.classification.Scheme} constant and must
 * agree with the code's first digit; a code has one row per name, and the year ranges of one code's
 * rows must not overlap. An empty {@code valid_from} means the sources do not say when the name began
 * (the entry counts for every earlier year), an empty {@code valid_to} that it is still in force.
 * The bundled rows bound years only where a rename is documented, so they never reject a code merely
 * because no source says when it was created. {@code trust} may be empty ({@code OFFICIAL}) or the
 * column left out. A file with the header {@code scheme,parent,valid_from,valid_to,provenance}
 * declares parts held completely instead. {@code docs/catalogs.md} describes both and what is bundled.
 *
 * <p>The catalog records names, not amounts or rules: whether a document printed a stale name is a
 * finding of the validation rules, which ask {@code matchName}.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
