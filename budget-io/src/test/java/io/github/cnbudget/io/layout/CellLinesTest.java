package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellLinesTest {

  /** Five rows of a function table, a cell a line, a blank line after each row. */
  private static List<String> rows() {
    List<String> lines = new ArrayList<>(List.of("2025年部门支出预算总表", "", "类", "款", "项", ""));
    String[][] rows = {{"201", "一般公共服务支出", "1,000.00", "1,000.00"}, {"201", "03", "政府办公厅（室）及相关机构事务", "1,000.00",
        "1,000.00"}, {"201", "03", "01", "行政运行", "600.00", "600.00"}, {"201", "03", "02", "一般行政管理事务", "400.00", "400.00"},
        {"208", "社会保障和就业支出", "50.00", "50.00"}};
    for (String[] row : rows) {
      lines.addAll(List.of(row));
      lines.add("");
    }
    return lines;
  }

  @Test
  void cellPerLine_rowsAsParagraphsOfCells_isTaken() {
    assertThat(CellLines.cellPerLine(rows())).isTrue();
  }

  @Test
  void cellPerLine_rowsALineOrFewParagraphsOfCells_isNot() {
    List<String> rowALine = List.of("201 一般公共服务支出 1,000.00", "", "20103 政府办公厅（室）及相关机构事务 1,000.00", "",
        "2010301 行政运行 600.00", "", "2010302 一般行政管理事务 400.00", "", "208 社会保障和就业支出 50.00", "",
        "20805 行政事业单位养老支出 50.00", "");
    List<String> withAWrappedCell = new ArrayList<>(rowALine);
    withAWrappedCell.addAll(List.of("费补贴总人数", "≥322.5 万人 305.63 万人 10 9.48"));

    assertThat(CellLines.cellPerLine(rowALine)).isFalse();
    assertThat(CellLines.cellPerLine(withAWrappedCell)).isFalse();
    assertThat(CellLines.cellPerLine(rows().subList(0, 20))).isFalse();
  }

  @Test
  void joined_paragraphOfCells_isOneLineOnItsFirstLine_theOthersBlank() {
    List<String> in = rows();
    List<String> out = CellLines.joined(in);

    assertThat(out).hasSameSizeAs(in);
    assertThat(out.get(2)).isEqualTo("类 款 项");
    assertThat(out.get(6)).isEqualTo("201 一般公共服务支出 1,000.00 1,000.00");
    assertThat(out.get(7)).isEmpty();
    assertThat(out.get(0)).isEqualTo("2025年部门支出预算总表");
  }

  @Test
  void joined_proseAndContents_stayAsPrinted() {
    List<String> in = List.of("    1. 2025年部门财务收支预算总表", "    2. 2025年部门收入预算总表", "",
        "上海市普陀区人民政府办公室2025年收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算增加",
        "1,096.51万元。");

    assertThat(CellLines.joined(in)).isEqualTo(in);
  }

  /** A row whose code, name and amounts the tool printed as blocks of their own is one line. */
  @Test
  void joined_codeNameAndAmountsInBlocksOfTheirOwn_areOneRow() {
    List<String> in = List.of("2080505", "", "机关事业单位", "基本养老保险", "缴费支出", "", "6.18", "6.18", "", "2080506", "",
        "机关事业单位职业年金缴费支出 4.64 4.64");

    List<String> out = CellLines.joined(in);

    assertThat(out.get(0)).isEqualTo("2080505 机关事业单位 基本养老保险 缴费支出 6.18 6.18");
    assertThat(out.get(9)).isEqualTo("2080506 机关事业单位职业年金缴费支出 4.64 4.64");
    assertThat(out.stream().filter(l -> !l.isBlank())).hasSize(2);
  }

  /** A level's label wrapped in its merged cell, its end 指标 printed as the next row's first block. */
  @Test
  void joined_levelLabelsEndAtTheNextRowsStart_finishesTheLabel() {
    List<String> in = List.of("满意度指标", "服务对象满意度", "", "指标", "居民满意度", "满意度", "");

    List<String> out = CellLines.joined(in);

    assertThat(out.get(0)).isEqualTo("满意度指标 服务对象满意度指标");
    assertThat(out.get(3)).isEqualTo("居民满意度 满意度");
  }
}
