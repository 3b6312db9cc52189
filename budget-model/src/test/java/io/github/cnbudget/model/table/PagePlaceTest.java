package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.TextParseException;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PagePlaceTest {
  @Test
  void of_roundsToATenthAndOrdersCorners() {
    PagePlace p = PagePlace.of(6, new BigDecimal("300.24"), new BigDecimal("134.55"), new BigDecimal("56.6"),
        new BigDecimal("120"));
    assertThat(p.page()).isEqualTo(6);
    assertThat(p.toString()).isEqualTo("6:56.6,120.0,300.2,134.6");
  }

  @Test
  void parse_toString_roundTrip() {
    Random r = new Random(42);
    for (int i = 0; i < 500; i++) {
      PagePlace p = PagePlace.of(1 + r.nextInt(2000), BigDecimal.valueOf(r.nextInt(20000) - 100, 1),
          BigDecimal.valueOf(r.nextInt(20000), 1), BigDecimal.valueOf(r.nextInt(20000), 1),
          BigDecimal.valueOf(r.nextInt(20000) - 100, 1));
      assertThat(PagePlace.parse(p.toString())).isEqualTo(p);
    }
  }

  @Test
  void parse_refusesWhatIsNotAPlace() {
    for (String bad : new String[] {"", "0:1,2,3,4", "3:1,2,3", "3:1.25,2,3,4", "x:1,2,3,4", "3: 1,2,3,4"}) {
      assertThatThrownBy(() -> PagePlace.parse(bad)).as(bad).isInstanceOf(TextParseException.class);
    }
  }

  @Test
  void of_refusesPageZero() {
    assertThatThrownBy(() -> PagePlace.of(0, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(InvalidValueException.class);
  }
}
