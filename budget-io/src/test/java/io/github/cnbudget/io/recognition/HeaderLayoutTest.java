package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.recognition.HeaderLayout.Role;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderLayoutTest {

  @Test
  void runningCostsColumnOfTheThreePublicTable_isAdministrativeExpenses_onlyThere() {
    assertThat(HeaderLayout.conceptOf("2023年机关运行经费预算数", TableKind.THREE_PUBLIC))
        .isEqualTo(Concept.ADMINISTRATIVE_EXPENSES);
    assertThat(HeaderLayout.conceptOf("机关运行经费决算数", TableKind.THREE_PUBLIC)).isEqualTo(Concept.ADMINISTRATIVE_EXPENSES);
    assertThat(HeaderLayout.conceptOf("“三公”经费预算数", TableKind.THREE_PUBLIC)).isEqualTo(Concept.OTHER);
    assertThat(HeaderLayout.conceptOf("机关运行经费预算数", TableKind.EXPENDITURE)).isEqualTo(Concept.OTHER);
  }

  @Test
  void read_groupHeader_spreadsOverItsColumnsOnly() {
    List<List<String>> rows = List.of(
        List.of("预算单位", "收入总计", "本年收入", "", "", "上年结余、结转"),
        List.of("", "", "一般公共预算拨款", "", "单位资金", ""),
        List.of("", "", "小计", "基本支出拨款", "", ""));

    HeaderLayout h = HeaderLayout.read(rows, TableKind.INCOME, 6);

    assertThat(h.slots).extracting(s -> s.role)
        .containsExactly(Role.LABEL, Role.AMOUNT, Role.AMOUNT, Role.AMOUNT, Role.AMOUNT, Role.AMOUNT);
    assertThat(h.slots.get(3).header).containsExactly("本年收入", "一般公共预算拨款", "基本支出拨款");
    assertThat(h.slots.get(5).header).containsExactly("上年结余、结转");
    Column total = h.columns.stream().filter(c -> c.header().equals(List.of("收入总计"))).findFirst().orElseThrow();
    assertThat(total.concept()).isEqualTo(Concept.TOTAL);
    Column gpb = h.columns.stream().filter(c -> c.concept() == Concept.GENERAL_PUBLIC_BUDGET).findFirst().orElseThrow();
    assertThat(h.columns).filteredOn(c -> c.parent().equals(java.util.Optional.of(gpb.key()))).hasSize(2);
  }

  @Test
  void read_twoSidedHeader_splitsAtTheSecondLabel() {
    List<List<String>> rows = List.of(List.of("收 入", "", "支 出", ""), List.of("项 目", "预算数", "项 目", "预算数"));

    HeaderLayout h = HeaderLayout.read(rows, TableKind.INCOME_EXPENDITURE_SUMMARY, 4);

    assertThat(h.slots).extracting(s -> s.side)
        .containsExactly(Side.INCOME, Side.INCOME, Side.EXPENDITURE, Side.EXPENDITURE);
    assertThat(h.slots.get(1).key).isNotEqualTo(h.slots.get(3).key);
    assertThat(h.columns).filteredOn(c -> c.concept() == Concept.AMOUNT).extracting(Column::side)
        .containsExactly(Side.INCOME, Side.EXPENDITURE);
  }

  @Test
  void read_columnHeadedAsTheGroupBesideIt_isThatGroupsValue() {
    // 合计 | 基本支出 | 基本支出 over 人员经费 公用经费 | 项目支出: the second 基本支出 groups the parts of the first
    List<List<String>> rows = List.of(
        List.of("科目编码", "科目名称", "合计", "基本支出", "基本支出", "", "项目支出"),
        List.of("", "", "", "", "人员经费", "公用经费", ""));

    HeaderLayout h = HeaderLayout.read(rows, TableKind.GENERAL_PUBLIC_BY_FUNCTION, 7);

    assertThat(h.columns).filteredOn(c -> c.concept() == Concept.BASIC).singleElement()
        .satisfies(basic -> {
          assertThat(basic.key()).isEqualTo(h.slots.get(3).key);
          assertThat(h.columns).filteredOn(c -> c.parent().equals(java.util.Optional.of(basic.key())))
              .extracting(Column::concept).containsExactly(Concept.PERSONNEL, Concept.PUBLIC_USE);
        });
  }

  @Test
  void read_groupSpanningTheColumnLeftOfIt_keepsThatColumnInside() {
    // 总计 printed over 总计's own blank column and 合计 | 小计: not a column beside a group of its name
    List<List<String>> rows = List.of(
        List.of("科目名称", "总计", "", ""),
        List.of("", "", "合计", "小计"));

    HeaderLayout h = HeaderLayout.read(rows, TableKind.GENERAL_PUBLIC_BY_FUNCTION, 4);

    assertThat(h.columns).filteredOn(c -> c.header().equals(List.of("总计"))).hasSize(2);
  }

  @Test
  void read_twoSidedHeader_codesBeforeTheExpenditureNames_belongToThatSide() {
    for (List<List<String>> rows : List.of(
        List.of(List.of("收入", "", "支出", "", ""), List.of("项目", "决算数", "科目编码", "科目名称", "决算数")),
        List.of(List.of("收入", "", "科目编码", "", "支出", ""),
            List.of("项目", "决算数", "类", "款", "科目名称", "决算数")))) {
      int width = rows.get(0).size();

      HeaderLayout h = HeaderLayout.read(rows, TableKind.INCOME_EXPENDITURE_SUMMARY, width);

      assertThat(h.slots).filteredOn(s -> s.side == Side.INCOME).extracting(s -> s.role)
          .containsExactly(Role.LABEL, Role.AMOUNT);
    }
  }

  @Test
  void roleOf_codeColumnsAndOcrLookAlikes() {
    assertThat(HeaderLayout.roleOf(List.of("科目编码"))).isEqualTo(Role.CODE);
    assertThat(HeaderLayout.roleOf(List.of("类"))).isEqualTo(Role.CODE_CLASS);
    assertThat(HeaderLayout.roleOf(List.of("単位代码"))).isEqualTo(Role.UNIT_CODE);
    assertThat(HeaderLayout.roleOf(List.of("单位代码", "平位10時"))).isEqualTo(Role.UNIT_CODE);
    assertThat(HeaderLayout.roleOf(List.of("行次"))).isEqualTo(Role.LINE_NUMBER);
    assertThat(HeaderLayout.roleOf(List.of("绩效目标"))).isEqualTo(Role.TEXT);
    assertThat(HeaderLayout.conceptOf("預算数", TableKind.INCOME_EXPENDITURE_SUMMARY)).isEqualTo(Concept.AMOUNT);
    assertThat(HeaderLayout.conceptOf("其中：基本支出", TableKind.EXPENDITURE)).isEqualTo(Concept.BASIC);
  }

  @Test
  void read_qizhongBeforeAPlainSibling_opensTheBreakdownOfTheSubtotal() {
    List<List<String>> rows = List.of(List.of("功能科目名称", "一般公共预算支出", "", ""),
        List.of("", "小计", "其中：基本支出", "项目支出"));

    HeaderLayout h = HeaderLayout.read(rows, TableKind.GENERAL_PUBLIC_BY_FUNCTION, 4);

    assertThat(h.columns).filteredOn(c -> c.label().contains("支出") && c.concept() != Concept.OTHER)
        .extracting(Column::partOf).containsOnly(false).hasSize(2);
  }

  @Test
  void read_qizhongColumnsOnly_remainOfWhichParts() {
    List<List<String>> rows = List.of(List.of("项目", "小计", "其中：财政拨款", "其中：其他资金"));

    HeaderLayout h = HeaderLayout.read(rows, TableKind.EXPENDITURE, 4);

    assertThat(h.columns).filteredOn(c -> c.label().startsWith("其中")).extracting(Column::partOf)
        .containsExactly(true, true);
  }

  @Test
  void rowConcept_printedIncomeVariants_nameTheirConcepts() {
    assertThat(HeaderLayout.rowConcept("一、预算拨款")).hasValue(Concept.FISCAL_APPROPRIATION);
    assertThat(HeaderLayout.rowConcept("二、财政专户拨款")).hasValue(Concept.FISCAL_SPECIAL_ACCOUNT);
    assertThat(HeaderLayout.rowConcept("三、其他资金")).hasValue(Concept.UNIT_FUNDS);
    assertThat(HeaderLayout.rowConcept("行政运行")).isEmpty();
  }

  @Test
  void read_headerFragmentsWithoutChinese_areNoise() {
    HeaderLayout h = HeaderLayout.read(List.of(List.of("合计", "当年财政拨款安排"), List.of("", "J II")), TableKind.OTHER, 2);

    assertThat(h.slots.get(1).header).containsExactly("当年财政拨款安排");
  }
}
