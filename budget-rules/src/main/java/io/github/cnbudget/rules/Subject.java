package io.github.cnbudget.rules;

import io.github.cnbudget.model.Disclosure;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The document of one validation (校验对象): the document a rule checks and what the rules of that
 * validation read from it once and share (its memo: the facts of each table, the indicators with
 * their owners…).
 *
 * <p>A {@link RuleSet} makes one subject per document it validates and hands it to each of its
 * rules in turn, so a second rule reading the same facts finds them already read; a rule called
 * with {@link Rule#check(Disclosure, RuleContext)} gets a fresh subject. What a rule finds never
 * depends on what ran before: a memo entry is a pure function of the document.
 *
 * <p>Not thread-safe: the rules of one validation run one after the other on one thread. Holds
 * nothing after the validation: it is not reachable from the rule set.
 */
public final class Subject {
  private final Disclosure document;
  // keyed by the Memo instance: two memos never share an entry, whatever their names
  private final Map<Memo<?>, Object> memos = new IdentityHashMap<>(4);

  private Subject(Disclosure document) {
    this.document = document;
  }

  /**
   * A subject for one validation of a document, with an empty memo.
   *
   * @param document the document to check
   * @return the subject
   */
  public static Subject of(Disclosure document) {
    return new Subject(Objects.requireNonNull(document, "document"));
  }

  /**
   * The document being checked.
   *
   * @return the document
   */
  public Disclosure document() {
    return document;
  }

  /**
   * What a memo reads from the document, read on first use and kept for the rest of this
   * validation.
   *
   * @param memo the memo, usually a constant of the rule (or rules) that read it
   * @param <T> what it reads
   * @return the value read from {@link #document()}
   */
  public <T> T memo(Memo<T> memo) {
    Object v = memos.get(memo);
    if (v == null) {
      // not computeIfAbsent: a memo's reader may itself read another memo of this subject
      v = Objects.requireNonNull(memo.reader.apply(document), memo.name);
      memos.put(memo, v);
    }
    return memo.type.cast(v);
  }

  @Override
  public String toString() {
    return "Subject[" + document.department().name() + " " + document.year() + " " + document.stage()
        + ", " + memos.size() + " memos]";
  }

  /**
   * Something the rules read from a document once per validation (文档备忘项): a name and a pure
   * function of the document. Compared by identity; immutable and thread-safe, so one constant can
   * serve every validation.
   *
   * @param <T> what it reads
   */
  public static final class Memo<T> {
    private final String name;
    private final Class<T> type;
    private final Function<? super Disclosure, ? extends T> reader;

    private Memo(String name, Class<T> type, Function<? super Disclosure, ? extends T> reader) {
      this.name = name;
      this.type = type;
      this.reader = reader;
    }

    /**
     * A memo.
     *
     * @param name what it reads, for messages
     * @param type the class of what it reads
     * @param reader reads it from a document: a pure function, never returning null
     * @param <T> what it reads
     * @return the memo
     */
    public static <T> Memo<T> of(String name, Class<T> type, Function<? super Disclosure, ? extends T> reader) {
      return new Memo<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"),
          Objects.requireNonNull(reader, "reader"));
    }

    @Override
    public String toString() {
      return "Memo[" + name + "]";
    }
  }
}
