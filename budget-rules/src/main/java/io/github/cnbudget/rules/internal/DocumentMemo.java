package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The document memo of one validation (单次校验的文档备忘): what its rules read from the document
 * once and share, the facts of each table for the cross-table checks (two rules read them), the
 * indicators with their owners (four rules walk them). Made by {@code RuleSet} for each document it validates and carried by the
 * {@link RuleContext} it hands its rules; a rule called on its own (or with another document)
 * gets a fresh memo, so the results never depend on what ran before.
 *
 * <p>Not thread-safe: one validation runs its rules one after the other on one thread. Holds
 * nothing after the validation: it is not reachable from the rule set.
 */
public final class DocumentMemo {
  private static volatile Function<RuleContext, DocumentMemo> reader = c -> null;

  private final Disclosure document;
  private CrossTableRule.Facts[] facts;
  private List<Indicators.Entry> indicators;

  private DocumentMemo(Disclosure document) {
    this.document = document;
  }

  /**
   * A memo for one document.
   *
   * @param document the document being validated
   * @return an empty memo
   */
  public static DocumentMemo of(Disclosure document) {
    return new DocumentMemo(Objects.requireNonNull(document, "document"));
  }

  /**
   * Lets the rules find the memo a context carries ({@code RuleContext} keeps it private).
   *
   * @param contextReader reads the memo of a context, null when it has none
   */
  public static void install(Function<RuleContext, DocumentMemo> contextReader) {
    reader = Objects.requireNonNull(contextReader);
  }

  /** The memo of the validation of this document, or a fresh one. */
  static DocumentMemo of(RuleContext ctx, Disclosure d) {
    DocumentMemo m = reader.apply(ctx);
    return m != null && m.document == d ? m : new DocumentMemo(d);
  }

  /** The cross-table facts of the table at an index, read on first use. */
  CrossTableRule.Facts facts(int ti) {
    if (facts == null) {
      facts = new CrossTableRule.Facts[document.tables().size()];
    }
    CrossTableRule.Facts f = facts[ti];
    if (f == null) {
      f = CrossTableRule.read(ti, document.tables().get(ti), document.precision());
      facts[ti] = f;
    }
    return f;
  }

  /** The indicators of the document's performance tables. */
  List<Indicators.Entry> indicators() {
    if (indicators == null) {
      indicators = Indicators.all(document);
    }
    return indicators;
  }
}
