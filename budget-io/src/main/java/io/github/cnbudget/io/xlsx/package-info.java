/**
 * Documents as Excel workbooks (Excel 工作簿导出): {@link io.github.cnbudget.io.xlsx.DisclosureWorkbook}
 * writes one sheet per table as printed, with amounts as numeric cells, and a sheet of findings.
 * Writing workbooks needs Apache POI ({@code org.apache.poi:poi-ooxml}) on the class path, an
 * optional dependency of this module, and the findings sheet the rules module
 * ({@code budget-rules}), also optional.
 */
@NullMarked
package io.github.cnbudget.io.xlsx;

import org.jspecify.annotations.NullMarked;
