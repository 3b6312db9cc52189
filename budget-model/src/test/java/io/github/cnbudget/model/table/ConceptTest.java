package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConceptTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "合计|TOTAL", "总计|TOTAL", "小计|TOTAL", "一、一般公共预算拨款|GENERAL_PUBLIC_BUDGET", "1. 事业收入|BUSINESS_INCOME",
      "（六）上年结转|PRIOR_YEAR_CARRYOVER", "其中：政府采购|PROCUREMENT", "因公出国(境)费|OVERSEAS_TRAVEL",
      "因公出国（境）费|OVERSEAS_TRAVEL", "基 本 支 出|BASIC", "收入总计|INCOME_GRAND_TOTAL", "支出总计|EXPENDITURE_GRAND_TOTAL",
      "年末结转和结余|CARRY_FORWARD", "行次|LINE_NUMBER", "“三公”经费|THREE_PUBLIC_TOTAL", "决算数|AMOUNT"})
  void fromLabel_recognisesPrintedLabels(String label, Concept expected) {
    assertThat(Concept.fromLabel(label)).contains(expected);
  }

  @Test
  void fromLabel_outsideTheVocabulary_isEmpty() {
    assertThat(Concept.fromLabel("卫生健康支出")).isEmpty();
    assertThat(Concept.fromLabel("")).isEmpty();
  }

  @Test
  void normalise_removesBlanksOrdinalsAndOfWhich() {
    assertThat(Concept.normalise(" 九、 卫生健康支出 ")).isEqualTo("卫生健康支出");
    assertThat(Concept.normalise("其中:基本支出")).isEqualTo("基本支出");
    assertThat(Concept.normalise("因公出国(境)费")).isEqualTo("因公出国（境）费");
  }

  @Test
  void chineseAndAliases() {
    assertThat(Concept.TOTAL.chinese()).isEqualTo("合计");
    assertThat(Concept.TOTAL.aliases()).contains("总计", "小计");
    assertThat(Concept.OTHER.chinese()).isEmpty();
    assertThat(Concept.OTHER.aliases()).isEmpty();
  }

  @Test
  void everyAlias_isRecognisedAsItsOwnConcept() {
    for (Concept c : Concept.values()) {
      for (String a : c.aliases()) {
        assertThat(Concept.fromLabel(a)).as(a).contains(c);
      }
    }
  }
}
