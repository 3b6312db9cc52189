package io.github.cnbudget.model.narrative;

import java.util.List;
import org.immutables.value.Value;

/**
 * The narrative of a disclosure (情况说明): its explanatory paragraphs in printed order. Empty for a
 * document read without its prose.
 *
 * <p>The facts stated in it are derived on demand ({@link #reading()}), so only the printed text is
 * stored and exchanged. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Narrative {
  private static final Narrative EMPTY = builder().build();

  Narrative() {}

  /**
   * The paragraphs in printed order.
   *
   * @return the paragraphs
   */
  public abstract List<Paragraph> paragraphs();

  /**
   * What the fact grammar reads from the paragraphs: facts, and every sentence with a number marked
   * read or not. Computed once per instance.
   *
   * @return the reading
   */
  @Value.Lazy
  public NarrativeReading reading() {
    return NarrativeReader.read(paragraphs());
  }

  /**
   * True when there is no paragraph.
   *
   * @return whether the narrative is empty
   */
  public boolean isEmpty() {
    return paragraphs().isEmpty();
  }

  /**
   * The empty narrative.
   *
   * @return the empty narrative
   */
  public static Narrative empty() {
    return EMPTY;
  }

  /**
   * A narrative of paragraphs.
   *
   * @param paragraphs the paragraphs in printed order
   * @return the narrative
   */
  public static Narrative of(Iterable<? extends Paragraph> paragraphs) {
    return builder().addAllParagraphs(paragraphs).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Narrative}s. */
  public static final class Builder extends ImmutableNarrative.Builder {
    Builder() {}
  }
}
