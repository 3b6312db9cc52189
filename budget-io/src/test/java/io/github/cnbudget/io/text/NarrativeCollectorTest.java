package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The text importer collects the prose outside tables into the narrative's paragraphs. */
class NarrativeCollectorTest {

  private static Narrative importText(String text) {
    return DisclosureImporter.defaults().importText(text).disclosure().narrative();
  }

  @Test
  void seed000_wrappedLinesJoin_listHeadingsKept_definitionsLeftOut() {
    List<Paragraph> ps = TestDocuments.imported(0).narrative().paragraphs();
    assertThat(ps).anySatisfy(p -> {
      // lines 188 and 190 (a blank line between) are one sentence broken at the page width
      assertThat(p.text()).startsWith("公务用车运行维护费2023年预算数49万元，比2022年预算数增加 0 万元");
      assertThat(p.line()).isEqualTo(OptionalInt.of(188));
      assertThat(p.section()).hasValueSatisfying(s -> assertThat(s).contains("三公"));
    });
    assertThat(ps).anySatisfy(p -> assertThat(p.text()).isEqualTo("（四）项目支出 7,689 万元，具体包括："));
    assertThat(ps).noneSatisfy(p -> assertThat(p.text()).contains("：指为保障机构正常运转"));
    assertThat(TestDocuments.imported(0).narrative().reading().unread()).isEmpty();
  }

  @Test
  void listItemsStartNewParagraphs_andTablesEndThem() {
    Narrative n = importText("某市某局2023年部门预算\n\n第三部分 情况说明\n\n2023年收入预算100万元，其中：\n1. 财政拨款收入80万元；\n2. 其他收入20万元，比上年\n\n增加5万元。\n");
    // the cover's title is prose too: the hygiene and contents rules read it
    assertThat(n.paragraphs()).extracting(Paragraph::text).containsExactly("某市某局2023年部门预算", "2023年收入预算100万元，其中：",
        "1. 财政拨款收入80万元；", "2. 其他收入20万元，比上年增加5万元。");
    assertThat(n.paragraphs().get(3).line()).isEqualTo(OptionalInt.of(7));
  }
}
