/**
 * Recognition (内容识别), the second stage of reading a published disclosure: lines whose cells are
 * parted by tabs — a PDF's grids laid out by {@code io.layout}, or text cut into columns by its
 * {@code SpaceAligned} — read into a {@link io.github.cnbudget.model.Disclosure} by what they say:
 * titles, header words, codes, units. Nothing here knows whether a cell came from a PDF or a line of
 * text. The entry point is {@link io.github.cnbudget.io.recognition.Recognition}; the public importer
 * ({@code io.text.DisclosureImporter}) lays its input out and hands the lines here. Not exported from
 * the module.
 *
 * <p>How the text is read, line by line:
 * <ul>
 *   <li>Lines are cleaned of markdown headings, {@code <b>}/{@code <p>} tags and bold marks and split
 *       into cells at tabs. The page layout stage gives those tabs: a PDF's grids
 *       ({@code io.layout.LaidOutText}), or space-aligned text ({@code pdftotext -layout}) cut into
 *       columns at the gutters that are blank on every line holding an amount
 *       ({@code io.layout.SpaceAligned}); everything from here on is recognition, the same for both.</li>
 *   <li>Tables are recognised by their titles (收支总表, 收支总体情况表, 收入支出决算总表…, with the table
 *       of contents told apart by what follows a title), or, for a table printed without a title,
 *       by its section heading. A title printed again continues the same table on its next page.</li>
 *   <li>Header rows become columns: merged group headers spread over the columns below them, the
 *       printed header decides a column's role (name, code, split 类/款/项, unit code, 行次, amount) and
 *       its standard {@link io.github.cnbudget.model.table.Concept}; values are placed by header, never
 *       by position in a particular province's layout.</li>
 *   <li>Rows are department totals, unit sections, code rows ({@code 2101501}, {@code [2101501]name},
 *       split columns), labelled items and projects; a name wrapped onto the next line is joined. Names
 *       printed without code in the two summaries take the code printed beside the same name elsewhere
 *       in the document, else the catalog's (卫生健康支出 → 210).</li>
 *   <li>Amounts keep their printed text; OCR damage ({@code 461. 49}, {@code 461, 49}, digits spilled
 *       into the next cell) is read through, marked on the cell and listed as a
 *       {@link io.github.cnbudget.io.Repair}.</li>
 *   <li>项目支出绩效自评表 become {@link io.github.cnbudget.model.performance.SelfEvaluation}s: project,
 *       funding lines, indicator rows (levels, wrapped names and 偏差原因, target and actual told
 *       apart as the same text twice or two quantities, 分值 and 得分) and 总分; a table with a row
 *       that cannot be split is reported and left out.</li>
 *   <li>Text that lost its column positions (single blanks between cells, numbers run into names)
 *       is read from the header vocabulary and the 栏次 line: a value is placed where the line shows
 *       its column, or where a deterministic rule of final-account tables proves it (blank columns,
 *       appropriation-only rows, column sums: see {@code ColumnInference}); each value placed by a
 *       rule is reported as a warning with its line and the rule, the others as errors. A 基本支出表
 *       that OCR ran onto one line is read when its class sums prove the pairing of names and
 *       amounts.</li>
 *   <li>A header whose column group counts its own total among its parts (an OCR-garbled header) is
 *       not taken as a fact: its groups are dropped and the report says so (see
 *       {@code ColumnTreeCheck}).</li>
 *   <li>Merged cells print their text in the middle of the rows they span: a project target table's
 *       rows are cut into projects around the printed names ({@code ProjectBlocks}), and a second
 *       level printed under a first level carried from above names its own first level.</li>
 * </ul>
 *
 * <p>How one line travels: {@code ImportRun} reads the document's header once (year, stage,
 * department, title, precision: {@code DocumentHeader}), then hands each line to the open
 * {@code Section} — a table ({@code TableSection}: header, then rows by column in {@code GridRows}
 * or by order in {@code LooseRows}), a target table ({@code GoalDraft}), a self-evaluation or a
 * framework — until the section declines it; lines outside every section are the contents, the
 * narrative, metadata or the next title. Sections share one {@code Reading} (the lines, the cell
 * reader, the catalog's {@code CodeResolver} for the year, the {@code Units} named so far, the
 * problems) and never call back into the driver. What needs every table is settled once at the
 * end ({@code AfterTables}).
 *
 * <p>Nothing is dropped silently and nothing is guessed: what cannot be placed is an
 * {@link io.github.cnbudget.io.ReadProblem} with the source line and the reason.
 */
@NullMarked
package io.github.cnbudget.io.recognition;

import org.jspecify.annotations.NullMarked;
