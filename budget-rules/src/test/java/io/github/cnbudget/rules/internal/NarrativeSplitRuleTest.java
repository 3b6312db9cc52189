package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 政府采购 split and the vehicles by kind add up: real sentences of the Shanghai PDFs and the seeds (each
 * checked on the rendered page), and variants with one figure changed.
 */
class NarrativeSplitRuleTest {

  private static Disclosure doc(Stage stage, int year, String... paragraphs) {
    return Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(year)).stage(stage)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2))
        .narrative(Narrative.of(Arrays.stream(paragraphs).map(Paragraph::of).collect(Collectors.toList())))
        .build();
  }

  private static ValidationReport validate(Disclosure d) {
    return Rules.defaults().pick("narrative-split-sums").validate(d);
  }

  private static List<String> findings(Disclosure d) {
    return validate(d).findings().stream().map(f -> f.code() + " " + f.severity() + " " + f.location().pointer())
        .collect(Collectors.toList());
  }

  /** 万里街道 2024 三、政府采购预算情况 (p.32): 93.98 + 815.87 + 752.59 = 1662.44. */
  private static final String WANLI_2024 = "2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、"
      + "政府采购工程预算815.87万元、政府采购服务预算752.59万元。";

  @Test
  void procurementSplit_thatAddsUp_isSilent() {
    assertThat(findings(doc(Stage.BUDGET, 2024, WANLI_2024))).isEmpty();
    // seed 000: 124 + 0 + 6,812 = 6,936
    assertThat(findings(doc(Stage.BUDGET, 2023,
        "深圳市医疗保障局 政府采购项目纳入 2023 年部门预算共计 6,936 万元，其中货物采购 124 万元、工程采购 0 万元、服务采购 6,812 万元。")))
        .isEmpty();
  }

  @Test
  void procurementSplit_thatDoesNotAddUp_isAnError() {
    // 39.98 + 815.87 + 752.59 = 1608.44, not 1662.44
    ValidationReport v = validate(doc(Stage.BUDGET, 2024, "一、说明。", WANLI_2024.replace("93.98", "39.98")));
    assertThat(v.findings()).extracting(f -> f.code() + " " + f.severity() + " " + f.location().pointer())
        .containsExactly("narrative-procurement-parts-mismatch ERROR /narrative/paragraphs/1");
    Finding f = v.findings().get(0);
    assertThat(f.messageZh()).contains("1608.44万元").contains("1662.44万元");
  }

  @Test
  void procurementSplit_offByTheRounding_isInfo_financeBureau2024() {
    // putuo-finance-bureau-2024-final p.24: 4.79 + 0 + 246.47 = 251.26 against 251.25, within 0.005 × 4 (the bare 0
    // is known as closely as the figures beside it)
    String p = "上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、"
        + "服务采购金额246.47万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, p)))
        .containsExactly("narrative-procurement-parts-rounding INFO /narrative/paragraphs/0");
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, p.replace("246.47", "246.46")))).isEmpty();
    // 0.03 off is beyond 0.02: not rounding, though a bare 0 taken as 0 ± 0.5 would hide it
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, p.replace("246.47", "246.49"))))
        .containsExactly("narrative-procurement-parts-mismatch ERROR /narrative/paragraphs/0");
  }

  @Test
  void procurementSplit_ofSomeParts_isCheckedOnlyForExceedingItsTotal() {
    // seed 002 l.943: 202 + 640.30 = 842.30 against 842.29, 服务 not stated: within rounding of 202
    String p = "本部门 2020 年度政府采购支出总额 842.29 万元，其中：政府采购货物支出 202 万元，政府采购工程支出 640.30 万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2020, p))).isEmpty();
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2020, p.replace("货物支出 202", "货物支出 302"))))
        .containsExactly("narrative-procurement-parts-mismatch ERROR /narrative/paragraphs/0");
    // seed 001: 等 after the last part: the list is open; 123.39 + 426.9 + 3,549.98 = 4,100.27 in any case
    String q = "2023 年本部门政府采购安排 4,100.27 万元，其中：货物类采购预算 123.39 万元，工程类采购预算 426.9 万元，"
        + "服务类采购预算 3,549.98 万元等。";
    assertThat(findings(doc(Stage.BUDGET, 2023, q))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, q.replace("3,549.98", "3,459.98")))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, q.replace("3,549.98 万元等", "3,459.98 万元"))))
        .containsExactly("narrative-procurement-parts-mismatch ERROR /narrative/paragraphs/0");
  }

  @Test
  void procurementReservedForSmallFirms_isNotATotalWithParts() {
    String p = "2024年本部门面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万元。";
    assertThat(findings(doc(Stage.BUDGET, 2024, p))).isEmpty();
  }

  /** 万里街道 2024 五、国有资产占有使用情况 (p.32): 7 vehicles, all 其他用车; one to buy. */
  private static final String VEHICLES = "截至2023年8月31日，上海市普陀区人民政府万里街道办事处（部门）共有车辆7辆，其中：部级领导干部用车0辆、"
      + "主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车7辆；"
      + "单价100万元（含）以上设备（不含车辆）0台（套）。";

  @Test
  void vehiclesByKind_addUp() {
    assertThat(findings(doc(Stage.BUDGET, 2024, VEHICLES))).isEmpty();
    // 万里街道 2023: the kinds in brackets, 3 + 4 + 0 + 0 = 7
    String bracketed = "截止2022年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米；"
        + "车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）；单价50万元以上通用设备0台/套。";
    assertThat(findings(doc(Stage.BUDGET, 2023, bracketed))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, bracketed.replace("执法执勤用车4辆", "执法执勤用车5辆"))))
        .containsExactly("narrative-vehicle-kinds-mismatch ERROR /narrative/paragraphs/0");
    // seed 000: a count without kinds is not a split
    assertThat(findings(doc(Stage.BUDGET, 2023, "截至2022年10月，深圳市医疗保障局共有车辆13辆；单价50万元以上通用设备2台（套）。")))
        .isEmpty();
  }

  @Test
  void vehiclesByKind_thatDoNotAddUp_isAnError() {
    ValidationReport v = validate(doc(Stage.BUDGET, 2024, VEHICLES.replace("其他用车7辆", "其他用车6辆")));
    assertThat(v.findings()).extracting(Finding::code).containsExactly("narrative-vehicle-kinds-mismatch");
    assertThat(v.findings().get(0).severity().name()).isEqualTo("ERROR");
    assertThat(v.findings().get(0).messageZh()).contains("合计 6 辆").contains("总数为 7 辆");
  }
}
