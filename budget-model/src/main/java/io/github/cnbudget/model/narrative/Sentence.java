package io.github.cnbudget.model.narrative;

import java.util.List;
import org.immutables.value.Value;

/**
 * A sentence of the narrative with a number in it (含数字的句子), and whether the grammar read all its
 * numbers: the measure of what the narrative rules could check.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sentence {
  Sentence() {}

  /**
   * The index of the paragraph in {@link Narrative#paragraphs()}.
   *
   * @return the zero-based paragraph index
   */
  public abstract int paragraph();

  /**
   * The sentence, as normalised for reading.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * How many amounts and percentages the sentence prints.
   *
   * @return the count
   */
  public abstract int numbers();

  /**
   * The amounts and percentages the grammar could not place, as printed.
   *
   * @return the unread numbers
   */
  public abstract List<String> unread();

  /**
   * True when every amount and percentage of the sentence was read into a fact.
   *
   * @return whether the sentence was read
   */
  public boolean isRead() {
    return unread().isEmpty();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Sentence}s. */
  public static final class Builder extends ImmutableSentence.Builder {
    Builder() {}
  }
}
