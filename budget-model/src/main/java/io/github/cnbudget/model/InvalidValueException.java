package io.github.cnbudget.model;

import java.util.Arrays;
import java.util.List;

/**
 * A value that cannot be made (无效值异常): a builder missing required attributes, an invariant of a
 * value type broken (a blank name, a column that is its own parent, a row with a cell for an unknown
 * column), or an argument of a factory outside its range ({@code FiscalYear.of(1800)}).
 *
 * <p>Every model type's builder and factory throws this type, so a reader of a file catches one
 * exception and adds where in the file the value was (a JSON pointer, a CSV line). The missing
 * attributes are named by accessor, which is also the field name of the JSON and CSV formats.
 */
public class InvalidValueException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /** Names of the missing attributes; immutable. */
  @SuppressWarnings("serial") // an unmodifiable List.of, serializable
  private final List<String> missing;

  /**
   * A value whose invariant is broken, or a factory argument out of range.
   *
   * @param message what is wrong, naming the offending input
   */
  public InvalidValueException(String message) {
    super(message);
    this.missing = List.of();
  }

  /**
   * A builder without some required attributes (the model's builders throw this). The message
   * names the value type being built, the abstract type the calling builder's value extends, as
   * in {@code Cannot build Row, some of required attributes are not set [label]}.
   *
   * @param missingAttributes the names of the attributes not set, by accessor
   */
  public InvalidValueException(String[] missingAttributes) {
    super("Cannot build " + builtType(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .getCallerClass()) + ", some of required attributes are not set " + Arrays.toString(missingAttributes));
    this.missing = List.of(missingAttributes);
  }

  /**
   * The value type a builder builds: a generated builder is nested in the generated class, which
   * extends the model's abstract type ({@code ImmutableRow.Builder} builds a {@code Row}).
   */
  private static String builtType(Class<?> builder) {
    Class<?> generated = builder.getDeclaringClass();
    if (generated != null && generated.getSuperclass() != null && generated.getSuperclass() != Object.class) {
      return generated.getSuperclass().getSimpleName();
    }
    return builder.getSimpleName();
  }

  /**
   * The required attributes that were not set.
   *
   * @return their names, by accessor; empty when an invariant or a range is broken instead
   */
  public List<String> missing() {
    return missing;
  }
}
