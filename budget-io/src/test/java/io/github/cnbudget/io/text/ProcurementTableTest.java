package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A 政府采购预算表 with one column per part (a layout none of the documents held prints; variant
 * {@code variants/procurement-table.txt}, its narrative sentence 万里街道 2023's, p.29): read as the
 * procurement table, and the narrative's total and parts checked against it.
 */
class ProcurementTableTest {

  private static Disclosure read(String text) {
    return DisclosureImporter.defaults().importText(text).disclosure();
  }

  private static ValidationReport narrativeRules(Disclosure d) {
    return Rules.defaults().pick("narrative-table-amounts", "narrative-split-sums").validate(d);
  }

  @Test
  void importText_procurementTable_isReadWithItsParts_andAgreesWithTheNarrative() {
    Disclosure d = read(IndicatorGridTest.variant("procurement-table.txt"));
    DisclosureTable t = d.tables().stream().filter(x -> x.kind() == TableKind.GOVERNMENT_PROCUREMENT).findFirst()
        .orElseThrow();
    assertThat(t.columns()).extracting(Column::label).containsExactly("合计", "货物", "工程", "服务");
    ValidationReport r = narrativeRules(d);
    assertThat(r.findings()).isEmpty();
    assertThat(r.notChecked()).isEmpty();
  }

  @Test
  void importText_procurementPartDiffersFromTheTable_isAnErrorOnItsLine() {
    String text = IndicatorGridTest.variant("procurement-table.txt").replace("工程预算550.00", "工程预算505.00");
    ValidationReport r = narrativeRules(read(text));
    // 505.00 against the table's 550.00, and 10.00 + 505.00 + 270.00 = 785.00 against 830.00
    assertThat(r.findings().stream().map(f -> f.code() + " " + f.location().line().orElse(-1) + " "
        + f.location().column().orElse("")).collect(Collectors.toList()))
        .containsExactlyInAnyOrder("narrative-amount-differs-from-table 7 c4", "narrative-procurement-parts-mismatch 7 ");
  }
}
