package io.github.cnbudget.model.narrative;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What the fact grammar read from a narrative (说明解析结果): the facts, and every sentence that prints
 * an amount or a percentage, each marked read or not.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NarrativeReading {
  NarrativeReading() {}

  /**
   * The facts in printed order.
   *
   * @return the facts
   */
  public abstract List<Fact> facts();

  /**
   * The sentences with an amount or a percentage, in printed order.
   *
   * @return the sentences
   */
  public abstract List<Sentence> sentences();

  /**
   * The sentences whose numbers were not all read: what the narrative rules did not check.
   *
   * @return the unread sentences
   */
  public List<Sentence> unread() {
    return sentences().stream().filter(s -> !s.isRead()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The facts read from one paragraph.
   *
   * @param paragraph the paragraph index
   * @return its facts in printed order
   */
  public List<Fact> factsOf(int paragraph) {
    return facts().stream().filter(f -> f.paragraph() == paragraph).collect(Collectors.toUnmodifiableList());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NarrativeReading}s. */
  public static final class Builder extends ImmutableNarrativeReading.Builder {
    Builder() {}
  }
}
