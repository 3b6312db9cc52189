package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import java.util.List;
import java.util.Optional;

/**
 * The cells of an indicator row read under its grid's header (指标行的单元格), where a row printed out of
 * its columns is read where it was printed: OCR noise where the name should be, a second-level name
 * broken over two cells pushing the row one column right, a row slid one column left (its target under
 * 三级指标), its level cells slid one left. Each repair is reported.
 *
 * @param level1 the 一级 cell as printed on the row (often empty under a merged cell)
 * @param level2 the 二级 cell
 * @param name the 三级 name, empty when the row prints none where it should
 * @param target the target, empty when none or when the grid splits its targets (指标性质)
 */
record IndicatorCells(String level1, String level2, String name, String target) {

  /** Reads a grid line's cells; the repairs made go to {@code problems}. */
  static IndicatorCells read(GridHeader header, SourceLine l, boolean split, List<ReadProblem> problems) {
    List<String> cs = l.cells;
    String l1 = header.at(cs, "一级指标");
    String l2 = header.at(cs, "二级指标");
    String name = header.at(cs, "三级指标");
    String target = header.target(cs);
    Integer nameAt = header.column("三级指标");
    if (split) {
      target = "";
    }
    int leftOfName = -1;
    if (nameAt != null) {
      for (int j = Math.min(nameAt, cs.size()) - 1; j >= 0 && leftOfName < 0; j--) {
        leftOfName = cs.get(j).isEmpty() ? -1 : j;
      }
    }
    if (!name.isEmpty() && !LineShapes.HAN.matcher(name).find() && !GoalDraft.TARGET_LIKE.matcher(name).find()) {
      // OCR noise where the name should be (WA 12 28 W.): the row is read from its other cells
      name = "";
    }
    if (!split && name.endsWith("指标") && nameAt != null && nameAt + 1 < cs.size() && !cs.get(nameAt + 1).isEmpty()
        && !GoalDraft.TARGET_LIKE.matcher(cs.get(nameAt + 1)).find()) {
      // a second-level name broken over two cells (经济成 | 戊本指标) pushed the row one column right
      l2 = l2 + name;
      name = cs.get(nameAt + 1);
      target = "";
      for (int j = cs.size() - 1; j > nameAt + 1; j--) {
        if (!cs.get(j).isEmpty()) {
          target = cs.get(j);
          break;
        }
      }
      problems.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_OUT_OF_COLUMNS, Severity.WARNING, l.number, l.text(),
          "indicator printed one column right of its header; read as name and target"));
    }
    if (!split && GoalDraft.TARGET_LIKE.matcher(name).find() && leftOfName >= 0) {
      // the row slid left: 「审核定点医疗机构准确率 | = 100%」 under 二级指标 | 三级指标
      target = name;
      name = cs.get(leftOfName);
      l2 = "";
      problems.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_OUT_OF_COLUMNS, Severity.WARNING, l.number, l.text(),
          "indicator printed one column left of its header; read as name and target"));
    }
    Integer l1At = header.column("一级指标");
    if (!name.isEmpty() && l2.isEmpty() && l1At != null && l1At > 0 && l1At - 1 < cs.size()) {
      // the level columns slid one left: 「满意度指标 | 服务对象满意度指标 | | 参保人满意度」 under
      // 年度绩效指标 | 一级指标 | 二级指标 | 三级指标; read them where they were printed, when the left
      // cell is the first level the second one belongs to
      String left = cs.get(l1At - 1);
      Optional<Level2> asLevel2 = Level2.fromText(l1);
      if (asLevel2.isPresent() && Level1.fromText(left).equals(Optional.of(asLevel2.get().parent()))) {
        l2 = l1;
        l1 = left;
        problems.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_LEVELS_SHIFTED, Severity.WARNING, l.number, l.text(),
            "indicator levels printed one column left of their headers; read where printed"));
      }
    }
    return new IndicatorCells(l1, l2, name, target);
  }
}
