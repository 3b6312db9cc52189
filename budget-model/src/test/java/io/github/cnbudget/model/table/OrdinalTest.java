package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OrdinalTest {

  @Test
  void of_readsChineseOrdinals() {
    assertThat(Ordinal.of("九、卫生健康支出")).hasValue(9);
    assertThat(Ordinal.of("廿一、其他支出")).hasValue(21);
    assertThat(Ordinal.of("二十四、债务发行费用支出")).hasValue(24);
    assertThat(Ordinal.of("（六）社会保障和就业支出")).hasValue(6);
    assertThat(Ordinal.of("(十二)农林水支出")).hasValue(12);
    assertThat(Ordinal.of("  十、节能环保支出")).hasValue(10);
  }

  @Test
  void of_readsArabicOrdinals() {
    assertThat(Ordinal.of("1.一般公共预算拨款")).hasValue(1);
    assertThat(Ordinal.of("12、事业收入")).hasValue(12);
    assertThat(Ordinal.of("(3)其他收入")).hasValue(3);
    assertThat(Ordinal.of("3．其他收入")).hasValue(3);
  }

  @Test
  void of_decimalNumberIsNoOrdinal() {
    assertThat(Ordinal.of("1.5万元")).isEmpty();
    assertThat(Ordinal.of("本年收入合计")).isEmpty();
    assertThat(Ordinal.of("")).isEmpty();
  }

  @Test
  void stripPrefix_removesOnlyTheOrdinal() {
    assertThat(Ordinal.stripPrefix("九、卫生健康支出")).isEqualTo("卫生健康支出");
    assertThat(Ordinal.stripPrefix("（六）社会保障和就业支出")).isEqualTo("社会保障和就业支出");
    assertThat(Ordinal.stripPrefix("1.5万元")).isEqualTo("1.5万元");
    assertThat(Ordinal.stripPrefix("合计")).isEqualTo("合计");
  }

  @Test
  void valueOfChinese_readsNumeralsUpTo999() {
    assertThat(Ordinal.valueOfChinese("九")).hasValue(9);
    assertThat(Ordinal.valueOfChinese("十")).hasValue(10);
    assertThat(Ordinal.valueOfChinese("十二")).hasValue(12);
    assertThat(Ordinal.valueOfChinese("二十")).hasValue(20);
    assertThat(Ordinal.valueOfChinese("二十四")).hasValue(24);
    assertThat(Ordinal.valueOfChinese("廿一")).hasValue(21);
    assertThat(Ordinal.valueOfChinese("卅")).hasValue(30);
    assertThat(Ordinal.valueOfChinese("一百")).hasValue(100);
    assertThat(Ordinal.valueOfChinese("一百一十")).hasValue(110);
    assertThat(Ordinal.valueOfChinese("零")).hasValue(0);
  }

  @Test
  void valueOfChinese_readsZeroPlaceholder() {
    assertThat(Ordinal.valueOfChinese("一百零五")).hasValue(105);
    assertThat(Ordinal.valueOfChinese("二百〇三")).hasValue(203);
  }

  @Test
  void valueOfChinese_rejectsNonNumerals() {
    assertThat(Ordinal.valueOfChinese("")).isEqualTo(OptionalInt.empty());
    assertThat(Ordinal.valueOfChinese("百")).isEmpty();
    assertThat(Ordinal.valueOfChinese("九九")).isEmpty();
    assertThat(Ordinal.valueOfChinese("五零")).isEmpty();
    assertThat(Ordinal.valueOfChinese("第九")).isEmpty();
  }
}
