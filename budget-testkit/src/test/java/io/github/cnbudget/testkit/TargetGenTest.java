package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.model.target.TargetParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Property tests of {@link Target} over the values of {@link TargetGen}. */
class TargetGenTest {

  private static final int TRIES = 5000;

  @Test
  void everyGeneratedText_isRead_andItsCanonicalTextReadsBackEqual() {
    PropertyChecks.forAll(TRIES, TargetGen.texts(), text -> {
      Target t = Target.parse(text);
      assertThat(t.printed()).isEqualTo(text);
      Target back = Target.parse(t.toString());
      assertThat(back).isEqualTo(t);
      assertThat(back.hashCode()).isEqualTo(t.hashCode());
      assertThat(back.toString()).isEqualTo(t.toString());
    });
  }

  @Test
  void everyGeneratedTarget_roundTripsThroughItsCanonicalText() {
    PropertyChecks.forAll(TRIES, TargetGen.targets(), t -> {
      assertThat(Target.parse(t.toString())).isEqualTo(t);
    });
  }

  @Test
  void twoPrintingsOfOneTarget_areEqual_withEqualHashCodes() {
    PropertyChecks.forAll(TRIES, TargetGen.printingPairs(), pair -> {
      Target a = Target.parse(pair.get(0));
      Target b = Target.parse(pair.get(1));
      assertThat(a).isEqualTo(b);
      assertThat(b).isEqualTo(a);
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
      assertThat(a.toString()).isEqualTo(b.toString());
    });
  }

  @Test
  void equals_isReflexiveSymmetricTransitive_andMatchesCanonicalText() {
    Gen<List<Target>> triples = TargetGen.targets().list(3, 3);
    PropertyChecks.forAll(TRIES, triples, ts -> {
      Target a = ts.get(0);
      Target b = ts.get(1);
      Target c = ts.get(2);
      assertThat(a).isEqualTo(a);
      assertThat(a.equals(b)).isEqualTo(b.equals(a));
      assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      if (a.equals(b) && b.equals(c)) {
        assertThat(a).isEqualTo(c);
      }
      Target copy = Target.parse(a.toString());
      if (copy.equals(b)) {
        assertThat(a).isEqualTo(b);
      }
      assertThat(a.equals(null)).isFalse();
    });
  }

  @Test
  void garbledComparators_areRejectedAtTheirFirstCharacter() {
    PropertyChecks.forAll(TRIES, TargetGen.garbledTexts(), text -> {
      TargetParseException e = catchThrowableOfType(TargetParseException.class, () -> Target.parse(text));
      assertThat(e).as("rejection of '%s'", text).isNotNull();
      assertThat(e.errorIndex()).isZero();
    });
  }
}
