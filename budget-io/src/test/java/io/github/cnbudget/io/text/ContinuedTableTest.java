package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table continued on the next page under a continuation mark (续表): the mark alone, or the title
 * printed again with （续）. One table, its rows in order, and no alarm from a 类 on one page whose
 * 款 and 项 are on the next.
 */
class ContinuedTableTest {
  private static final String HEAD = "2024年某区卫生健康局部门预算\n";

  private static String document(String mark) {
    return HEAD + String.join("\n",
        "一般公共预算支出表",
        "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "\t合计\t300.00\t200.00\t100.00",
        "210\t卫生健康支出\t300.00\t200.00\t100.00",
        "21001\t卫生健康管理事务\t200.00\t200.00\t",
        "2100101\t行政运行\t200.00\t200.00\t",
        "",
        mark,
        "21004\t公共卫生\t100.00\t\t100.00",
        "2100409\t重大公共卫生服务\t100.00\t\t100.00",
        "") + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"续表", "续表5", "续上表", "（续）", "一般公共预算支出表（续）", "续表：一般公共预算支出表"})
  void tableContinuedUnderAMark_isOneTable(String mark) {
    ImportResult r = DisclosureImporter.defaults().importText(document(mark));

    List<DisclosureTable> tables = r.disclosure().tables().stream()
        .filter(t -> t.kind() == TableKind.GENERAL_PUBLIC_BY_FUNCTION).toList();
    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("一般公共预算支出表");
      assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits()).orElse(row.label()))
          .containsExactly("合计", "210", "21001", "2100101", "21004", "2100409");
    });
    assertThat(errors(r.disclosure())).doesNotContain("rollup-mismatch");
  }

  private static List<String> errors(Disclosure d) {
    return Rules.defaults().validate(d).findings(Severity.ERROR).stream().map(Finding::code).toList();
  }
}
