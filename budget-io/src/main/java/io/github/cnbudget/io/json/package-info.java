/**
 * The canonical JSON format (JSON 交换格式) and JSON Lines: a façade for reading and writing
 * documents ({@link io.github.cnbudget.io.json.DisclosureJson}), a streaming JSON Lines reader and
 * writer ({@link io.github.cnbudget.io.json.JsonLines}), and a Jackson module for users' own
 * {@code ObjectMapper}s ({@link io.github.cnbudget.io.json.BudgetJsonModule}).
 *
 * <p>The format is documented in {@code docs/json-format.md} and described by the JSON Schema
 * {@code disclosure.schema.json} in this package (2020-12). Amounts are decimal strings, so the
 * printed scale survives every consumer ({@code "0.50"} stays {@code 0.50}); codes are their
 * canonical digits beside their scheme; enums are their constant names.
 */
@NullMarked
package io.github.cnbudget.io.json;

import org.jspecify.annotations.NullMarked;
