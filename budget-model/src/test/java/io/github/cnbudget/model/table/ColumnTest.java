package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {

  @Test
  void of_topLevelColumnWithDefaults() {
    Column c = Column.of("total", Concept.TOTAL, "合计");
    assertThat(c.key()).isEqualTo("total");
    assertThat(c.concept()).isEqualTo(Concept.TOTAL);
    assertThat(c.header()).isEqualTo(List.of("合计"));
    assertThat(c.parent()).isEmpty();
    assertThat(c.partOf()).isFalse();
    assertThat(c.side()).isEqualTo(Side.SINGLE);
    assertThat(c.number()).isEmpty();
  }

  @Test
  void label_isTheInnermostHeaderOrTheKey() {
    assertThat(Column.of("gpb.basic", Concept.OTHER, "政府预算拨款", "一般公共预算拨款", "基本支出拨款").label())
        .isEqualTo("基本支出拨款");
    assertThat(Column.builder().key("k").build().label()).isEqualTo("k");
    assertThat(Column.builder().key("k").build().concept()).isEqualTo(Concept.OTHER);
  }

  @Test
  void check_rejectsBlankKeyAndSelfParent() {
    assertThatThrownBy(() -> Column.builder().key(" ").build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Column.builder().key("a").parent("a").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("own parent");
  }

  @Test
  void builder_setsEveryAttribute() {
    Column c = Column.builder().key("procurement").concept(Concept.PROCUREMENT).parent("total").partOf(true)
        .side(Side.EXPENDITURE).number("3").addHeader("其中：政府采购").build();
    assertThat(c.parent()).contains("total");
    assertThat(c.partOf()).isTrue();
    assertThat(c.side()).isEqualTo(Side.EXPENDITURE);
    assertThat(c.number()).contains("3");
    assertThat(c).isEqualTo(Column.builder().key("procurement").concept(Concept.PROCUREMENT).parent("total")
        .partOf(true).side(Side.EXPENDITURE).number("3").addHeader("其中：政府采购").build());
  }
}
