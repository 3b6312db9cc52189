/**
 * Codec internals shared by the JSON and CSV codecs (内部实现); not exported from the module.
 */
@NullMarked
package io.github.cnbudget.io.internal;

import org.jspecify.annotations.NullMarked;
