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
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The vehicles, equipment and asset values of the narrative against the 国有资产占有使用情况表: real sentences
 * of the Shanghai PDFs and the seeds (each read on its page), tables written in the layouts provinces
 * print (values by class with a column of counts; a row of counts under 车辆合计), and variants with one
 * figure changed.
 */
class NarrativeAssetsRuleTest {

  /** 万里街道 2024 五、国有资产占有使用情况 (p.32): 7 vehicles, no equipment over 100万元. */
  private static final String WANLI_2024 = "截至2023年8月31日，上海市普陀区人民政府万里街道办事处（部门）共有车辆7辆，其中：部级领导干部用车0辆、"
      + "主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车7辆；"
      + "单价100万元（含）以上设备（不含车辆）0台（套）。";
  /** 万里街道 2023 (p.27): 流动资产 448.82, 固定资产 3149.52 万元, 7 vehicles. */
  private static final String WANLI_2023 = "截止2022年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米；"
      + "车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）；单价50万元以上通用设备0台/套。";

  private static Disclosure doc(Optional<DisclosureTable> table, String... paragraphs) {
    Disclosure.Builder b = Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(2024))
        .stage(Stage.BUDGET).precision(Precision.of(AmountUnit.WAN_YUAN, 2))
        .narrative(Narrative.of(Arrays.stream(paragraphs).map(Paragraph::of).collect(Collectors.toList())));
    table.ifPresent(b::addTables);
    return b.build();
  }

  private static ValidationReport validate(Disclosure d) {
    return Rules.defaults().pick("narrative-assets-table").validate(d);
  }

  private static List<String> findings(Disclosure d) {
    return validate(d).findings().stream().map(f -> f.code() + " " + f.severity() + " " + f.location().pointer())
        .collect(Collectors.toList());
  }

  /**
   * 资产总额 | 流动资产 | 固定资产 (小计 | 房屋 | 车辆) | 车辆（辆） | 单价100万元以上设备（台/套）, 合计 and one
   * unit's row, in {@code unit}.
   */
  private static DisclosureTable byClass(AmountUnit unit, String vehicles, String fixedAssets) {
    DisclosureTable.Builder t = DisclosureTable.builder().kind(TableKind.STATE_ASSETS).title("国有资产占有使用情况表")
        .amountUnit(unit)
        .addColumns(Column.of("c1", Concept.OTHER, "资产总额"), Column.of("c2", Concept.OTHER, "流动资产"),
            Column.of("c3", Concept.OTHER, "固定资产"),
            Column.builder().key("c3.1").concept(Concept.OTHER).addHeader("固定资产", "小计").parent("c3").build(),
            Column.builder().key("c3.2").concept(Concept.OTHER).addHeader("固定资产", "房屋").parent("c3").build(),
            Column.builder().key("c3.3").concept(Concept.OTHER).addHeader("固定资产", "车辆").parent("c3").build(),
            Column.of("c4", Concept.OTHER, "车辆（辆）"), Column.of("c5", Concept.OTHER, "单价100万元以上设备（台/套）"));
    for (String label : List.of("合计", "某部门本级")) {
      t.addRows(Row.builder().kind(label.equals("合计") ? RowKind.TOTAL : RowKind.UNIT).label(label)
          .putCells("c1", Cell.of(unit == AmountUnit.YUAN ? "35983400.00" : "3598.34"))
          .putCells("c2", Cell.of(unit == AmountUnit.YUAN ? "4488200.00" : "448.82"))
          .putCells("c3.1", Cell.of(fixedAssets)).putCells("c3.2", Cell.of("3000.00")).putCells("c3.3", Cell.of("149.52"))
          .putCells("c4", Cell.of(vehicles)).putCells("c5", Cell.of("0")).build());
    }
    return t.build();
  }

  @Test
  void assetsAsTheTablePrintsThem_areSilent() {
    Disclosure d = doc(Optional.of(byClass(AmountUnit.WAN_YUAN, "7", "3149.52")), WANLI_2024, WANLI_2023);
    assertThat(findings(d)).isEmpty();
    // 单价50万元以上通用设备: the table counts equipment over 100万元, another figure
    assertThat(validate(d).notChecked()).extracting(n -> n.reason().code() + " " + n.check())
        .containsExactly("column-missing “" + WANLI_2023 .substring(WANLI_2023.indexOf("固定资产")) + "” 单价50万元以上通用设备0台");
  }

  @Test
  void vehiclesStatedOtherThanTheTablePrints_isAnError() {
    ValidationReport v = validate(doc(Optional.of(byClass(AmountUnit.WAN_YUAN, "6", "3149.52")), WANLI_2024));
    assertThat(v.findings()).extracting(f -> f.code() + " " + f.severity() + " " + f.location().pointer())
        .containsExactly("narrative-assets-differ-from-table ERROR /narrative/paragraphs/0");
    Finding f = v.findings().get(0);
    assertThat(f.messageZh()).contains("说明为车辆7辆").contains("国有资产占有使用情况表“合计”行“车辆（辆）”列为6");
    assertThat(f.location().column()).contains("c4");
  }

  @Test
  void assetValue_beyondTheRoundingOfBothFigures_isAnError_withinItIsSilent() {
    // 3149.52 万元 stated; the table prints 3,150.52 万元
    assertThat(findings(doc(Optional.of(byClass(AmountUnit.WAN_YUAN, "7", "3150.52")), WANLI_2023)))
        .containsExactly("narrative-assets-differ-from-table ERROR /narrative/paragraphs/0");
    // the narrative rounded to 0.1 万元 (3149.5): within its rounding
    assertThat(findings(doc(Optional.of(byClass(AmountUnit.WAN_YUAN, "7", "3149.52")),
        WANLI_2023.replace("3149.52", "3149.5")))).isEmpty();
    // a table in 元: 31,495,200.00 元 is 3149.52 万元
    assertThat(findings(doc(Optional.of(byClass(AmountUnit.YUAN, "7", "31495200.00")), WANLI_2023))).isEmpty();
    assertThat(findings(doc(Optional.of(byClass(AmountUnit.YUAN, "7", "31595200.00")), WANLI_2023)))
        .containsExactly("narrative-assets-differ-from-table ERROR /narrative/paragraphs/0");
  }

  @Test
  void aRowOfCountsUnderVehicleColumns_isCompared() {
    // 车辆合计 | 机要通信用车 | … | 单价100万元以上设备 over one row 数量（辆、台）
    DisclosureTable counts = DisclosureTable.builder().kind(TableKind.STATE_ASSETS).title("车辆及大型设备情况统计表")
        .addColumns(Column.of("c1", Concept.OTHER, "车辆合计"), Column.of("c2", Concept.OTHER, "其他用车"),
            Column.of("c3", Concept.OTHER, "单价100万元以上设备"))
        .addRows(Row.builder().kind(RowKind.ITEM).label("数量（辆、台）").putCells("c1", Cell.of("7"))
            .putCells("c2", Cell.of("7")).putCells("c3", Cell.of("1")).build())
        .build();
    ValidationReport v = validate(doc(Optional.of(counts), WANLI_2024));
    // 7 vehicles agree; the table counts 1 piece of equipment where the narrative says 0
    assertThat(v.findings()).extracting(Finding::code).containsExactly("narrative-assets-differ-from-table");
    assertThat(v.findings().get(0).messageZh()).contains("单价100万元（含）以上设备（不含车辆）0台");
  }

  @Test
  void withoutTheTable_eachAssetHeldIsACheckNotMade_whatIsBoughtIsNone() {
    List<NotChecked> items = validate(doc(Optional.empty(), WANLI_2024,
        "截至 2022 年 12 月 31 日，本部门固定资产金额 12,975.52 万元，分布构成情况为：房屋 10,260.22 平方米，车辆 16 辆。",
        "本年度拟购置固定资产 120.55 万元，主要是购置办公家具及监督执法执勤车等。",
        // seed 000: planned purchases
        "2023年计划新增车辆1辆；新增单价50万元以上通用设备0台（套）；新增单价100万元以上专用设备0台（套）。")).notChecked();
    assertThat(items).extracting(n -> n.reason().code() + " " + n.subject() + " " + n.location().pointer())
        .containsExactly(
            "table-absent 国有资产占有使用情况表 /narrative/paragraphs/0",
            "table-absent 国有资产占有使用情况表 /narrative/paragraphs/0",
            "table-absent 国有资产占有使用情况表 /narrative/paragraphs/1",
            "table-absent 国有资产占有使用情况表 /narrative/paragraphs/1");
    assertThat(items).extracting(NotChecked::check).anyMatch(c -> c.endsWith("车辆7辆"))
        .anyMatch(c -> c.endsWith("单价100万元（含）以上设备（不含车辆）0台")).anyMatch(c -> c.endsWith("车辆16辆"))
        .anyMatch(c -> c.endsWith("本部门固定资产金额 12,975.52万元"));
    assertThat(validate(doc(Optional.empty(), WANLI_2024)).findings()).isEmpty();
  }
}
