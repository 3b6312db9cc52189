/**
 * Classification codes (政府收支分类科目编码): functional 类/款/项 and the two economic schemes, and one
 * reader for every printed form found in published documents.
 */
@NullMarked
package io.github.cnbudget.model.classification;

import org.jspecify.annotations.NullMarked;
