/**
 * The testkit (测试工具包): deterministic, seeded generators of cn-budget values and of whole
 * consistent disclosures, targeted mutations, and a small property runner that prints its seed.
 *
 * <ul>
 *   <li>{@link io.github.cnbudget.testkit.Gen} and {@link io.github.cnbudget.testkit.PropertyChecks}: the
 *       generator interface and the property runner;
 *   <li>{@link io.github.cnbudget.testkit.ModelGen}: generators of single model values (codes, cells,
 *       amounts, rows, units…), and {@link io.github.cnbudget.testkit.PerformanceGen} of projects,
 *       indicators, goals, self-evaluations and frameworks;
 *   <li>{@link io.github.cnbudget.testkit.ProjectFormGen} and
 *       {@link io.github.cnbudget.testkit.DepartmentFormGen}: project and department-wide performance
 *       forms with the lines they print, {@link io.github.cnbudget.testkit.GridPdf} to print such lines
 *       to PDF;
 *   <li>{@link io.github.cnbudget.testkit.DocumentGen}: whole disclosures in which every accounting
 *       identity listed in its documentation holds exactly;
 *   <li>{@link io.github.cnbudget.testkit.Mutations}: break exactly one thing and say where;
 *   <li>{@link io.github.cnbudget.testkit.PdfRenderer}: print a disclosure's tables to PDF (PDF排版), so
 *       that a PDF reader can be tested on documents whose every cell is known.
 * </ul>
 *
 * <h2>PDF layouts</h2>
 * {@link io.github.cnbudget.testkit.PdfRenderer.Options} chooses, independently:
 * <ul>
 *   <li>rules: every cell bordered with stroked lines or with thin filled rectangles, a three-line
 *       table (三线表: above and below the header, under the table), or none (columns by alignment);
 *   <li>page breaks inside a table, with or without the header repeated on each continuation page
 *       (optionally forced by a limit of lines per page), and tables each on a new page or following
 *       one another;
 *   <li>一般公共预算基本支出表 as two panels side by side, its rows continuing from the left panel into
 *       the right one;
 *   <li>the two-sided summaries (收支总表, 财政拨款收支总表) with their 收入 and 支出 lanes side by side,
 *       totals level with each other, or stacked in one column set;
 *   <li>long names wrapped over two lines inside their cell, or a name column as wide as the longest;
 *   <li>codes printed whole ({@code 2101501}) or split into 类|款|项 columns ({@code 210 15 01});
 *   <li>A4 portrait or landscape (a table wider than the page is printed smaller).
 * </ul>
 * Every table prints its number, title, a unit line ({@code 单位：元} or {@code 单位：万元}), a header with
 * a row per level of the model's column groups, and per row the code, the name and each cell's
 * printed text right-aligned; page 1 starts with the document header ({@code 某市财政局2024年部门预算}).
 *
 * <pre>{@code
 * // a generated document, unruled, codes split, header not repeated: read it back and compare
 * PdfRenderer renderer = PdfRenderer.of(PdfRenderer.Options.defaults().withRuling(PdfRenderer.Ruling.NONE)
 *     .withCodeStyle(PdfRenderer.CodeStyle.SPLIT).withHeaderRepeated(false));
 * byte[] pdf = renderer.render(document);
 * }</pre>
 *
 * <pre>{@code
 * // a rule must find nothing in a consistent document ...
 * PropertyChecks.forAll(200, DocumentGen.defaults(), d -> assertThat(rule.check(d)).isEmpty());
 * // ... and must find the one changed amount
 * PropertyChecks.forAll(200, Mutations.of(DocumentGen.defaults(), Mutations.Kind.CHANGE_AMOUNT),
 *     m -> assertThat(rule.check(m.document())).isNotEmpty());
 * }</pre>
 */
@NullMarked
package io.github.cnbudget.testkit;

import org.jspecify.annotations.NullMarked;
