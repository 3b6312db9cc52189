package io.github.cnbudget.model.narrative;

import io.github.cnbudget.model.InvalidValueException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A paragraph of the narrative (情况说明段落), as printed: its text with wrapped lines joined, where it
 * starts (page of a PDF, line of a text file, either or both when known) and the heading of the section
 * it belongs to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Paragraph {
  Paragraph() {}

  /**
   * The printed text, wrapped lines joined.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The one-based page the paragraph starts on, when read from a paged document.
   *
   * @return the page, or empty
   */
  public abstract OptionalInt page();

  /**
   * The one-based source line the paragraph starts on (text file line, or line on its page).
   *
   * @return the line, or empty
   */
  public abstract OptionalInt line();

  /**
   * The heading of the section the paragraph is printed under (e.g. 三、关于“三公”经费), as printed.
   *
   * @return the heading, or empty
   */
  public abstract Optional<String> section();

  @Value.Check
  void check() {
    if (page().isPresent() && page().getAsInt() < 1 || line().isPresent() && line().getAsInt() < 1) {
      throw new InvalidValueException("page and line are one-based: " + page() + " " + line());
    }
  }

  /**
   * A paragraph without a known position.
   *
   * @param text the printed text
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return builder().text(text).build();
  }

  /**
   * A paragraph starting at a source line.
   *
   * @param text the printed text
   * @param line the one-based line
   * @return the paragraph
   */
  public static Paragraph of(String text, int line) {
    return builder().text(text).line(line).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Paragraph}s. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }

  /**
   * Where the paragraph starts, for messages: {@code p.3 l.12}, {@code l.94}, or empty text.
   *
   * @return the position text
   */
  public String position() {
    StringBuilder s = new StringBuilder();
    page().ifPresent(p -> s.append("p.").append(p));
    line().ifPresent(l -> s.append(s.length() > 0 ? " " : "").append("l.").append(l));
    return s.toString();
  }
}
