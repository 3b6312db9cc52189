/** Internal support for the model; not exported. */
@NullMarked
package io.github.cnbudget.model.internal;

import org.jspecify.annotations.NullMarked;
