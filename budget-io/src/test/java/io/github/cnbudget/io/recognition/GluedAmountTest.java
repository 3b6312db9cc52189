package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import org.junit.jupiter.api.Test;

/**
 * Rows one cell short whose amounts would slide one column left: a name printed across the code and
 * name columns of a summary without rules (本年支出合计 over 科目编码 | 科目名称).
 */
class GluedAmountTest {
  private static final String SUMMARY = String.join("\n", "广州市某局2026年部门预算", "财政拨款收支总表", "单位：元",
      "项目\t收入\t科目编码\t科目名称\t支出\t\t\t",
      "\t预算数\t\t\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
      "一、一般公共预算拨款\t9,433,236\t210\t九、卫生健康支出\t9,433,236\t9,433,236\t0\t0",
      "本年收入合计\t9,433,236\t本年支出合计\t9,433,236\t9,433,236\t0\t0");

  @Test
  void importText_nameAcrossTheCodeColumn_amountsUnderTheirColumns_reported() {
    ImportResult r = DisclosureImporter.defaults().importText(SUMMARY);

    DisclosureTable t = r.disclosure().tables().get(0);
    Row total = t.rows().stream().filter(x -> x.label().startsWith("本年支出合计")).findFirst().orElseThrow();
    assertThat(total.label()).isEqualTo("本年支出合计");
    assertThat(t.columns().stream().filter(c -> total.cells().containsKey(c.key()))
            .map(c -> c.label() + "=" + total.cells().get(c.key()).printed()))
        .containsExactly("合计=9,433,236", "一般公共预算=9,433,236", "政府性基金预算=0", "国有资本经营预算=0");
    assertThat(r.report().problems()).filteredOn(p -> p.kind() == ReadProblem.Kind.NAME_ACROSS_CODE_COLUMN)
        .extracting(ReadProblem::line).containsExactly(7);
  }

  @Test
  void acrossCode_leavesRowsWithACodeOrANameInTheNameColumn() {
    ImportResult r = DisclosureImporter.defaults().importText(SUMMARY);

    Row coded = r.disclosure().tables().get(0).rows().stream().filter(x -> x.code().isPresent()).findFirst().orElseThrow();
    assertThat(coded.label()).isEqualTo("九、卫生健康支出");
    assertThat(coded.cells()).hasSize(4);
  }
}
