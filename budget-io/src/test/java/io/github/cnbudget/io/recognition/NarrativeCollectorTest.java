package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.text.DisclosureImporter;
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

  @Test
  void aPartTitleWithoutOrdinal_endsTheDefinitions() {
    // 万里街道 2024 (p.5): the 名词解释 are followed by the 编制说明, titled without an ordinal
    Narrative n = importText("某市某局2024年部门预算\n\n名词解释\n\n（一）财政拨款收入：是本级财政部门拨给的资金。\n\n"
        + "2024年部门预算编制说明\n\n2024年，某局收入预算15621.11万元，其中：财政拨款收入15621.11万元。\n");
    assertThat(n.paragraphs()).extracting(Paragraph::text).containsExactly("某市某局2024年部门预算",
        "2024年，某局收入预算15621.11万元，其中：财政拨款收入15621.11万元。");
    assertThat(n.paragraphs().get(1).section()).hasValue("2024年部门预算编制说明");
  }

  @Test
  void aSentenceNamingAPart_isNoTitle() {
    Narrative n = importText("某市某局2024年部门预算\n\n名词解释\n\n（一）财政拨款收入：是本级财政部门拨给的资金。\n\n"
        + "以上收入的构成见说明\n\n2024年收入预算100万元。\n");
    // a line with a comma or a full stop is a sentence; only the definitions' section is left out
    assertThat(n.paragraphs()).extracting(Paragraph::text).contains("2024年收入预算100万元。");
    Narrative m = importText("某市某局2024年部门预算\n\n名词解释\n\n（一）财政拨款收入：是本级财政部门拨给的资金，见说明。\n\n"
        + "2024年收入预算100万元。\n");
    assertThat(m.paragraphs()).extracting(Paragraph::text).containsExactly("某市某局2024年部门预算");
  }

  @Test
  void aSentenceCutWhereAnAmountStoodApart_isProseNotATableRow() {
    // 财政局 2024 决算 p.22: the layout splits the line at the wide gap before 10.00
    Narrative n = importText("某市某局2024年部门决算\n\n第三部分 情况说明\n\n"
        + "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：\n"
        + "局财政业务指导与宣传等基本支出。年初预算为\t10.00 万元，支出决算为10.00万元。\n");
    assertThat(n.paragraphs()).extracting(Paragraph::text)
        .contains("局财政业务指导与宣传等基本支出。年初预算为 10.00 万元，支出决算为10.00万元。");
    // cells without sentence punctuation stay a table's
    assertThat(importText("某市某局2024年部门决算\n\n第三部分 情况说明\n\n一般行政管理事务支出\t10.00\t10.00\n")
        .paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("10.00"));
  }

  @Test
  void theNarrativeAfterTheLastTable_isNotItsNotes() {
    // 社会工作部 2024 决算 p.16–17: the empty last table's statement, then 第三部分 in short printed lines
    Narrative n = importText("某市某局2024年部门决算\n\n国有资本经营预算财政拨款收入支出决算表\n\n单位：万元\n\n"
        + "项目\t年初结转和结余\t本年收入\n合计\t\t\n注：本表反映部门本年度国有资本经营预算财政拨款收入支出情况。\n"
        + "说明：某局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。\n"
        + "第三部分某局 2024年度部门决算情况\n说明\n一、收入支出决算总体情况说明\n"
        + "某局2024年度收入支出总计307.82万元。\n");
    assertThat(n.paragraphs()).extracting(Paragraph::text).contains("某局2024年度收入支出总计307.82万元。");
  }

  @Test
  void aShortCompleteSentenceUnderAHeading_isAParagraph_seed002() {
    Narrative n = importText("某市某局2020年部门决算\n\n第三部分 情况说明\n\n（九）国有资本经营预算财政拨款支出\n\n无。\n\n（十）预算绩效情况说明\n");
    assertThat(n.paragraphs()).anySatisfy(p -> {
      assertThat(p.text()).isEqualTo("无。");
      assertThat(p.section()).hasValue("（九）国有资本经营预算财政拨款支出");
    });
    // a short line without a full stop is no statement
    assertThat(importText("某市某局2020年部门决算\n\n第三部分 情况说明\n\n（九）国有资本经营预算财政拨款支出\n\n无\n")
        .paragraphs()).extracting(Paragraph::text).doesNotContain("无");
  }
}
