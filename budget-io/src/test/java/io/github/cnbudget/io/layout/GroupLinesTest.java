package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class GroupLinesTest {
  private static final Predicate<String> LABELS = Set.of("财政专户管理资金", "政府采购")::contains;

  @Test
  void intoHeaders_aGroupAboveTheHeaderLine_joinsItAtItsPlace() {
    List<String> raw = List.of("一般公共预算支出表", "                                  基本支出",
        "科目编码   科目名称   合计   基本支出              项目支出", "                          人员经费 公用经费",
        "201        一般公共   100    60     40    20       40");

    List<String> out = GroupLines.intoHeaders(raw, LABELS);

    assertThat(out).hasSize(raw.size());
    assertThat(out.get(1)).isEmpty();
    assertThat(out.get(2).strip().split("\\s+")).containsExactly("科目编码", "科目名称", "合计", "基本支出", "基本支出", "项目支出");
    assertThat(out.subList(3, 5)).isEqualTo(raw.subList(3, 5));
  }

  @Test
  void intoHeaders_aWrappedLabelsStartOrAWordOverAHeaderWord_staysAbove() {
    // 财政专户管 over 理资金 (below the header line): a label wrapped, not a group
    List<String> wrapped = List.of("                     财政专户管", "科目名称   合计   上年结转",
        "                      理资金", "合计       10     10");
    assertThat(GroupLines.intoHeaders(wrapped, LABELS)).isEqualTo(wrapped);
    // 财政拨款 over 财政拨款: a group over its own leaf's column
    List<String> over = List.of("                 财政拨款", "科目名称   合计   财政拨款   一般公共预算", "合计  10  10  10");
    assertThat(GroupLines.intoHeaders(over, LABELS)).isEqualTo(over);
    // the code column's label wrapped (经济分类 / 科目编码) is no group either
    List<String> code = List.of("    经济分类", "    科目编码", "                   科目名称      决算数", "301  1,520.00");
    assertThat(GroupLines.intoHeaders(code, LABELS)).isEqualTo(code);
  }
}
