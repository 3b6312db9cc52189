package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionalCodeTest {

  @Test
  void of_buildsEveryLevel() {
    assertThat(FunctionalCode.of(210)).hasToString("210");
    assertThat(FunctionalCode.of(210, 15)).hasToString("21015");
    assertThat(FunctionalCode.of(210, 15, 1)).hasToString("2101501");
    assertThat(FunctionalCode.of(208, 5, 0).digits()).isEqualTo("2080500");
  }

  @Test
  void of_rejectsOutOfRangeParts() {
    assertThatThrownBy(() -> FunctionalCode.of(99)).isInstanceOf(InvalidValueException.class).hasMessageContaining("类");
    assertThatThrownBy(() -> FunctionalCode.of(1000)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FunctionalCode.of(210, 100)).isInstanceOf(InvalidValueException.class).hasMessageContaining("款");
    assertThatThrownBy(() -> FunctionalCode.of(210, 15, -1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("项");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2101501", " 2101501\t", "[2101501]", "【2101501】", "［2101501］", "[ 2101501 ]",
      "210 | 15 | 01", "210|15|01", "210 15 01", "210\t15\t01", "210｜15｜01", "２１０１５０１"})
  void parse_readsPrintedForms(String text) {
    assertThat(FunctionalCode.parse(text)).isEqualTo(FunctionalCode.of(210, 15, 1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|0",            // nothing
      "abc|0",           // no digits
      "2101|4",          // four digits: reported at the end of the digits
      "21015011|7",      // an eighth digit
      "0101501|0",       // leading zero
      "[2101501|8",      // missing bracket
      "【2101501]|8",    // mismatched bracket
      "210 15 1|7",      // split group of one digit
      "'210|1501'|4",      // split group of four digits
      "[2101501]行政运行|9", // a name is refused
      "2101501 x|8",
      "210 15 01 99|10"})
  void parse_rejectsText_reportsIndex(String text, int index) {
    assertThatThrownBy(() -> FunctionalCode.parse(text))
        .isInstanceOfSatisfying(CodeParseException.class, e -> {
          assertThat(e.errorIndex()).isEqualTo(index);
          assertThat(e.parsedText()).isEqualTo(text);
          assertThat(e.getMessage()).startsWith("Text '" + text + "' could not be parsed at index " + index + ": ");
        });
  }

  @Test
  void level_followsTheNumberOfDigits() {
    assertThat(FunctionalCode.of(210).level()).isEqualTo(CodeLevel.CLASS);
    assertThat(FunctionalCode.of(210, 15).level()).isEqualTo(CodeLevel.SECTION);
    assertThat(FunctionalCode.of(210, 15, 1).level()).isEqualTo(CodeLevel.ITEM);
    assertThat(FunctionalCode.of(210).scheme()).isEqualTo(Scheme.FUNCTIONAL);
    assertThat(FunctionalCode.of(210, 15, 1).classNumber()).isEqualTo(210);
  }

  @Test
  void parentAndAncestors_areThePrefixes() {
    FunctionalCode item = FunctionalCode.of(210, 15, 1);
    assertThat(item.parent()).contains(FunctionalCode.of(210, 15));
    assertThat(FunctionalCode.of(210, 15).parent()).contains(FunctionalCode.of(210));
    assertThat(FunctionalCode.of(210).parent()).isEmpty();
    assertThat(item.ancestors()).isEqualTo(List.of(FunctionalCode.of(210, 15), FunctionalCode.of(210)));
    assertThat(FunctionalCode.of(210).ancestors()).isEmpty();
  }

  @Test
  void truncatedTo_givesTheAncestorAtALevel() {
    FunctionalCode item = FunctionalCode.of(210, 15, 1);
    assertThat(item.truncatedTo(CodeLevel.CLASS)).isEqualTo(FunctionalCode.of(210));
    assertThat(item.truncatedTo(CodeLevel.ITEM)).isSameAs(item);
    assertThatThrownBy(() -> FunctionalCode.of(210).truncatedTo(CodeLevel.SECTION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isAncestorOf_onlyForProperPrefixesOfTheSameScheme() {
    assertThat(FunctionalCode.of(210).isAncestorOf(FunctionalCode.of(210, 15, 1))).isTrue();
    assertThat(FunctionalCode.of(210, 15).isAncestorOf(FunctionalCode.of(210, 15))).isFalse();
    assertThat(FunctionalCode.of(210, 15).isAncestorOf(FunctionalCode.of(210, 11, 1))).isFalse();
    assertThat(FunctionalCode.of(301).isAncestorOf(EconomicCode.of(301, 1))).isFalse();
  }

  @Test
  void compareEqualsHashCode_followTheDigits() {
    assertThat(FunctionalCode.of(210, 15)).isEqualTo(FunctionalCode.parse("21015"))
        .hasSameHashCodeAs(FunctionalCode.parse("[21015]"));
    assertThat(FunctionalCode.of(210)).isLessThan(FunctionalCode.of(210, 1)).isLessThan(FunctionalCode.of(211));
    assertThat(FunctionalCode.of(301)).isNotEqualTo(EconomicCode.of(301));
  }
}
