package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.BudgetException;
import org.junit.jupiter.api.Test;

class CatalogExceptionTest {

  @Test
  void fileError_carriesSourceLineAndReason_inFixedMessageShape() {
    IllegalStateException cause = new IllegalStateException("x");
    CatalogException e = new CatalogException("my.csv", 7, "bad code", cause);
    assertThat(e).isInstanceOf(BudgetException.class).hasMessage("my.csv:7: bad code").hasCause(cause);
    assertThat(e.source()).contains("my.csv");
    assertThat(e.line()).hasValue(7);
    assertThat(e.reason()).isEqualTo("bad code");
  }

  @Test
  void fileErrorWithoutCause_hasTheSameShape() {
    CatalogException e = new CatalogException("f.csv", 1, "empty file");
    assertThat(e).hasMessage("f.csv:1: empty file").hasNoCause();
    assertThat(e.line()).hasValue(1);
  }

  @Test
  void entryError_hasNoSourceOrLine() {
    CatalogException e = new CatalogException("two entries overlap");
    assertThat(e).hasMessage("two entries overlap");
    assertThat(e.source()).isEmpty();
    assertThat(e.line()).isEmpty();
  }
}
