package io.github.cnbudget.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildDocumentTest {
  @Test
  void document_totalsEqualBasicPlusProject() {
    Disclosure d = BuildDocument.document();
    DisclosureTable t = d.table(TableKind.EXPENDITURE).orElseThrow();
    assertThat(t.rows()).hasSize(3);
    for (Row r : t.rows()) {
      BigDecimal sum = r.value("basic").orElseThrow().add(r.value("project").orElseThrow());
      assertThat(r.value("total")).contains(sum);
    }
  }

  @Test
  void document_codesDescendFromClassToItem() {
    DisclosureTable t = BuildDocument.document().tables().get(0);
    assertThat(t.rows()).extracting(r -> r.code().orElseThrow().toString()).containsExactly("210", "21015", "2101501");
  }

  @Test
  void print_showsDepartmentAndRows() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BuildDocument.print(BuildDocument.document(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String s = bytes.toString(StandardCharsets.UTF_8);
    assertThat(s.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("深圳市医疗保障局 2023 部门预算"));
    assertThat(s).contains("2101501 行政运行  合计 2958");
  }
}
