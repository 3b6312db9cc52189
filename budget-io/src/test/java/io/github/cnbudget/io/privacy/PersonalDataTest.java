package io.github.cnbudget.io.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {
  private static final String M = PersonalData.MARK;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "联系人：张三  联系电话：021-12345678|联系人：" + M + "  联系电话：" + M,
      "项目负责人: 李四，填报人：王五。|项目负责人: " + M + "，填报人：" + M + "。",
      "如有疑问请致电13812345678咨询|如有疑问请致电" + M + "咨询",
      "联系电话：（021）52564588转123；|联系电话：" + M + "；",
      "单位负责人：赵六\t财务负责人：钱七|单位负责人：" + M + "\t财务负责人：" + M,
      "传真 0755-88123456|传真 " + M,
      "增长 25%（联系人：钱七，咨询电话：0755-88123456）。|增长 25%（联系人：" + M + "，咨询电话：" + M + "）。"})
  void personalValues_areWithheld_keepingTheirLabels(String text, String redacted) {
    assertThat(PersonalData.redact(text)).isEqualTo(redacted);
    assertThat(PersonalData.holdsPersonalData(text)).isTrue();
    // withholding twice changes nothing more
    assertThat(PersonalData.redact(redacted)).isEqualTo(redacted);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "有安排且不超预算的经费开支项目，金额在5万元以下的，报我中心负责人审批",
      "支出总计13812345678元", "合计 13,812,345,678", "增长13812345678%", "项目编码31010720240000123",
      "2024-01-15 至 2024-12-31", "功能分类科目2120101行政运行", "比2023年预算减少876.75万元",
      "0.13812345678", "负责人员经费的核定"})
  void amountsCodesDatesAndPlainWords_areLeftAlone(String text) {
    assertThat(PersonalData.redact(text)).isSameAs(text);
  }

  /** A real seed disclosure (examples/data) with a contact paragraph, as departments sometimes print one. */
  private static String seedWithContacts() throws IOException {
    String seed = null;
    for (String dir : new String[] {"../examples/data", "examples/data"}) {
      Path p = Path.of(dir, "000_ff2a909ca0d0a799.txt");
      if (Files.isRegularFile(p)) {
        seed = Files.readString(p, StandardCharsets.UTF_8);
      }
    }
    assertThat(seed).as("seed 000 under examples/data").isNotNull();
    return seed.replace("\n第九部分 名词解释", "\n三、联系方式\n\n联系人：张三，联系电话：0755-88123456，手机：13812345678。\n\n第九部分 名词解释");
  }

  @Test
  void aDocument_withContacts_isExportedWithoutThem() throws Exception {
    Disclosure d = DisclosureImporter.defaults().importText(seedWithContacts()).disclosure();
    String before = DisclosureJson.defaults().writeString(d);
    assertThat(before).contains("张三", "0755-88123456", "13812345678");

    Disclosure redacted = PersonalData.redact(d);

    String after = DisclosureJson.defaults().writeString(redacted);
    assertThat(after).doesNotContain("张三", "0755-88123456", "13812345678").contains("联系人：" + M);
    // only the contact text changed: the tables and the rest of the narrative are the document's
    assertThat(redacted.tables()).isEqualTo(d.tables());
    assertThat(redacted.narrative().paragraphs()).hasSameSizeAs(d.narrative().paragraphs());
  }

  @Test
  void aDocument_withoutPersonalData_isReturnedAsItIs() throws Exception {
    Disclosure d = DisclosureImporter.defaults().importText(seedWithContacts().replace("联系人：张三，联系电话：0755-88123456，手机：13812345678。", "")).disclosure();
    assertThat(PersonalData.redact(d)).isSameAs(d);
  }

  @FuzzTest(maxDuration = "10s")
  void redact_anyText_isQuickAndIdempotent(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    long start = System.nanoTime();
    String once = PersonalData.redact(text);
    // long runs of labels, digits and brackets must not make the patterns backtrack without end (the
    // bound is the importer's fuzz test's: a loaded 2-core machine stalls a run for seconds at times)
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(PersonalData.redact(once)).isEqualTo(once);
  }
}
