package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.Department;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The narrative through JSON and tidy CSV: page, line and section survive; documents without it read as before. */
class NarrativeCodecTest {

  private static Disclosure withNarrative() {
    return Disclosure.builder().department(Department.of("上海市普陀区财政局")).year(FiscalYear.of(2024))
        .stage(Stage.FINAL_ACCOUNT).precision(Precision.of(AmountUnit.WAN_YUAN, 2))
        .narrative(Narrative.of(List.of(
            Paragraph.builder().text("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；").page(21)
                .section("二、收入决算情况说明").build(),
            Paragraph.of("“三公”经费, 与上年持平。", 12),
            Paragraph.of("说明，with \"quotes\"\nand a line break"))))
        .build();
  }

  @Test
  void json_roundTrip_keepsPageLineAndSection() {
    DisclosureJson json = DisclosureJson.defaults();
    String text = json.writeString(withNarrative());
    assertThat(text).contains("\"narrative\"").contains("\"page\":21");
    assertThat(json.readString(text)).isEqualTo(withNarrative());
  }

  @Test
  void json_withoutNarrative_readsEmpty() {
    Disclosure plain = withNarrative().withNarrative(Narrative.empty());
    String text = DisclosureJson.defaults().writeString(plain);
    assertThat(text).doesNotContain("narrative");
    assertThat(DisclosureJson.defaults().readString(text).narrative().isEmpty()).isTrue();
  }

  @Test
  void json_paragraphWithoutText_isRefused() {
    String text = DisclosureJson.defaults().writeString(withNarrative()).replace("\"text\":\"说明，", "\"textx\":\"说明，");
    assertThatThrownBy(() -> DisclosureJson.defaults().readString(text)).isInstanceOf(CodecException.class);
  }

  @Test
  void csv_roundTrip() {
    TidyCsv csv = TidyCsv.defaults();
    assertThat(csv.read(csv.write(List.of(withNarrative())))).containsExactly(withNarrative());
  }
}
