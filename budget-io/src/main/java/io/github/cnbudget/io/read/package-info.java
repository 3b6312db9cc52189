/**
 * One entry point for reading disclosures (读取预算公开文件): {@link io.github.cnbudget.io.read.Disclosures#read(java.nio.file.Path)}
 * reads any supported input — canonical JSON, JSON Lines, a tidy CSV folder, disclosure text, a
 * published PDF — into one {@link io.github.cnbudget.io.ReadResult}, so callers do not choose a
 * reader by file type themselves. {@link io.github.cnbudget.io.read.ReadSettings} configures the
 * readers it chooses.
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.cnbudget.io.read;

import org.jspecify.annotations.NullMarked;
