package io.github.cnbudget.model.internal;

import io.github.cnbudget.model.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: generated classes stay package-private and hidden behind
 * the abstract types ({@code overshadowImplementation}), builders are strict and throw the model's
 * {@link InvalidValueException} naming the attributes not set, and nothing outside the JDK is
 * needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    // a builder missing attributes throws the model's exception, naming them
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface BudgetStyle {}
