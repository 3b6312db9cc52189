package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Every value of the model that cannot be made throws one exception, a {@link BudgetException}: a
 * builder missing attributes (naming them and the type), a broken invariant, a factory argument out
 * of range.
 */
class InvalidValueExceptionTest {
  @Test
  void builderMissingAttributes_namesThemAndTheValueType() {
    assertThatThrownBy(() -> Row.builder().label("x").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.missing()).containsExactly("kind");
          assertThat(e).hasMessage("Cannot build Row, some of required attributes are not set [kind]");
        });
    assertThatThrownBy(() -> Disclosure.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.missing()).contains("department", "year", "stage", "precision");
          assertThat(e).hasMessageStartingWith("Cannot build Disclosure, some of required attributes are not set [");
        });
  }

  @Test
  void brokenInvariantsAndRanges_areTheSameException_withoutMissingAttributes() {
    for (Runnable r : new Runnable[] {
        () -> Department.of(" "),
        () -> Column.builder().key("a").parent("a").build(),
        () -> Paragraph.builder().text("x").page(0).build(),
        () -> FiscalYear.of(1800),
        () -> FiscalYear.of(2999).plusYears(1),
        () -> Precision.of(AmountUnit.YUAN, 7),
        () -> EconomicCode.of(210),
        () -> PagePlace.of(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)}) {
      assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.missing()).isEmpty()).isInstanceOf(BudgetException.class);
    }
    assertThatThrownBy(() -> FiscalYear.of(1800)).hasMessage("Fiscal year out of range 1949..2999: 1800");
  }
}
