/**
 * Users' classification catalogs from files (用户科目表): the Ministry of Finance's
 * 《政府收支分类科目》 as a workbook ({@link io.github.cnbudget.io.catalog.CatalogWorkbook}), and the
 * catalog CSV of the model ({@link io.github.cnbudget.io.catalog.CatalogFiles} picks the reader by the
 * file's extension). Reading workbooks needs Apache POI ({@code org.apache.poi:poi-ooxml}) on the
 * class path, an optional dependency of this module.
 */
@NullMarked
package io.github.cnbudget.io.catalog;

import org.jspecify.annotations.NullMarked;
