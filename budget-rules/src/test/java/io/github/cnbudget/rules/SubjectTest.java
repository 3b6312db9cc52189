package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subject reads each memo once per validation; a rule set hands its rules one subject per document. */
class SubjectTest {
  @Test
  void memo_isReadOncePerSubject_andPerMemo() {
    Disclosure d = Fixtures.consistent();
    List<Disclosure> reads = new ArrayList<>();
    Subject.Memo<Integer> tables = Subject.Memo.of("tables", Integer.class, doc -> {
      reads.add(doc);
      return doc.tables().size();
    });
    Subject.Memo<Integer> sameReader = Subject.Memo.of("tables", Integer.class, doc -> {
      reads.add(doc);
      return doc.tables().size();
    });
    Subject s = Subject.of(d);
    assertThat(s.document()).isSameAs(d);
    assertThat(s.memo(tables)).isEqualTo(d.tables().size());
    assertThat(s.memo(tables)).isEqualTo(d.tables().size());
    assertThat(reads).hasSize(1);
    // memos are told apart by identity, not by name
    s.memo(sameReader);
    assertThat(reads).hasSize(2);
    // a new subject starts empty
    Subject.of(d).memo(tables);
    assertThat(reads).hasSize(3);
  }

  @Test
  void memo_mayReadAnotherMemo_andNeverHoldsNull() {
    Subject.Memo<Integer> tables = Subject.Memo.of("tables", Integer.class, doc -> doc.tables().size());
    Subject s = Subject.of(Fixtures.consistent());
    Subject.Memo<Integer> twice = Subject.Memo.of("twice", Integer.class, doc -> 2 * s.memo(tables));
    assertThat(s.memo(twice)).isEqualTo(2 * s.memo(tables));
    Subject.Memo<String> none = Subject.Memo.of("nothing", String.class, doc -> null);
    assertThatThrownBy(() -> s.memo(none)).isInstanceOf(NullPointerException.class).hasMessage("nothing");
  }

  /** A user's rule that counts how often its memo is read. */
  private static final class Counting implements Rule {
    static final List<String> READS = new ArrayList<>();
    static final Subject.Memo<String> DEPARTMENT = Subject.Memo.of("department", String.class, doc -> {
      READS.add(doc.department().name());
      return doc.department().name();
    });
    private final String id;

    Counting(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Set<String> codes() {
      return Set.of();
    }

    @Override
    public String description() {
      return "reads the department once per validation";
    }

    @Override
    public List<Finding> check(Subject subject, RuleContext context) {
      subject.memo(DEPARTMENT);
      return List.of();
    }
  }

  @Test
  void ruleSet_sharesOneSubjectPerDocument() {
    RuleSet set = RuleSet.of("mine", List.of(new Counting("a"), new Counting("b"), new Counting("c")));
    Counting.READS.clear();
    set.validate(Fixtures.consistent());
    assertThat(Counting.READS).hasSize(1);
    set.validate(Fixtures.consistent());
    assertThat(Counting.READS).hasSize(2);
    // a rule checked on its own reads its own memo
    new Counting("alone").check(Fixtures.consistent(), RuleContext.defaults());
    assertThat(Counting.READS).hasSize(3);
  }
}
