package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.table.DisclosureTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReadingsTest {
  private static final DisclosureImporter TABS = DisclosureImporter.defaults().withLayout(TextLayout.TAB);

  /** Two tables of one document; the amounts of 20102 and 2130101 as given. */
  private static ImportResult reading(String politicalConsultative, String rural, String ruralTotal) {
    return TABS.importText(String.join("\n", "某区某局2026年部门预算", "", "一般公共预算支出表", "单位：元",
        "科目编码\t科目名称\t合计", "201\t一般公共服务支出\t100", "20101\t人大事务\t60", "20102\t政协事务\t" + politicalConsultative,
        "", "政府性基金预算支出表", "单位：元", "科目编码\t科目名称\t合计", "213\t农林水支出\t" + ruralTotal,
        "21301\t农业农村\t" + ruralTotal, "2130101\t行政运行\t" + rural));
  }

  @Test
  void joined_eachTableFromTheReadingWhoseRowsAddUp() {
    ImportResult kept = reading("30", "50", "50");
    ImportResult other = reading("40", "55", "50");

    ImportResult joined = TableReadings.joined(kept, other, "by the order of its words");

    // the first table adds up in the other reading (60 + 40 = 100), the second in the kept one
    assertThat(joined.disclosure().tables()).extracting(TableReadingsTest::lastAmount).containsExactly("40", "50");
    assertThat(joined.report().problems()).filteredOn(p -> p.kind() == ReadProblem.Kind.TABLE_READ_OTHERWISE)
        .singleElement().satisfies(p -> {
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.why()).contains("by the order of its words", "0 of its classification rows apart", "against 1");
        });
    // no table is better read the other way: the kept reading as it is
    assertThat(TableReadings.joined(other, kept, "by its columns").disclosure().tables())
        .extracting(TableReadingsTest::lastAmount).containsExactly("40", "50");
    assertThat(TableReadings.joined(kept, kept, "by its columns")).isSameAs(kept);
  }

  @Test
  void joined_aTablePlacingFewerAmountsStays() {
    ImportResult kept = reading("30", "50", "50");
    ImportResult other = reading("-", "50", "50");

    assertThat(TableReadings.joined(kept, other, "by the order of its words")).isSameAs(kept);
  }

  private static String lastAmount(DisclosureTable t) {
    List<io.github.cnbudget.model.table.Row> rows = t.rows();
    return rows.get(rows.size() - 1).cells().values().iterator().next().printed();
  }
}
