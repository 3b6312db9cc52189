package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Subject;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The document memo of one validation (单次校验的文档备忘): what the built-in rules read from the
 * document once and share, the facts of each table for the cross-table checks (two rules read
 * them), the indicators with their owners (four rules walk them). Kept in the validation's
 * {@link Subject}, so a rule called on its own (or with another document) gets a fresh memo and
 * the results never depend on what ran before.
 *
 * <p>Not thread-safe, like its subject: one validation runs its rules one after the other on one
 * thread.
 */
final class DocumentMemo {
  private static final Subject.Memo<DocumentMemo> MEMO =
      Subject.Memo.of("built-in rules' document memo", DocumentMemo.class, DocumentMemo::new);

  private final Disclosure document;
  // read on first use: most rule sets need neither
  private CrossTableRule.@Nullable Facts @Nullable [] facts;
  private @Nullable List<Indicators.Entry> indicators;

  private DocumentMemo(Disclosure document) {
    this.document = document;
  }

  /** The memo of the validation of a subject's document. */
  static DocumentMemo of(Subject subject) {
    return subject.memo(MEMO);
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
