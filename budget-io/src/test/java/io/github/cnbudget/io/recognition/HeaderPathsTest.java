package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderPathsTest {

  @Test
  void leafPaths_eachLineDividesOneColumn_orNone() {
    assertThat(HeaderPaths.leafPaths(List.of("财政拨款“三公”经费", "合计 因公出国（境）费 公务用车购置及运行费 公务接待费",
        "小计 公务用车购置费 公务用车运行费"))).hasValueSatisfying(p -> assertThat(p).hasSize(6));
    // 人员经费 公用经费 divide neither 合计 nor 项目支出 nor a 三公 column
    assertThat(HeaderPaths.leafPaths(List.of("合计 因公出国(境)费 公务接待费", "人员经费 公用经费"))).isEmpty();
  }

  /**
   * A line dividing two columns of the line above, each by a run of its parts, under a label printed
   * twice side by side (the subtotal, then the group). Before, no single column was divided: no levels.
   */
  @Test
  void leafPaths_lineDividingSeveralColumns_subtotalThenGroup() {
    assertThat(HeaderPaths.leafPaths(List.of("科目编码 科目名称 合计 上年结转 财政拨款 财政拨款 财政专户管理资金 单位资金 单位资金",
        "一般公共预算 政府性基金预算 国有资本经营预算 事业收入 其他收入"))).hasValueSatisfying(p -> assertThat(p)
        .extracting(path -> String.join("/", path)).containsExactly("合计", "上年结转", "财政拨款", "财政拨款/一般公共预算",
            "财政拨款/政府性基金预算", "财政拨款/国有资本经营预算", "财政专户管理资金", "单位资金", "单位资金/事业收入",
            "单位资金/其他收入"));
    // a part that no column above groups: no levels
    assertThat(HeaderPaths.leafPaths(List.of("合计 上年结转 财政拨款 财政拨款", "一般公共预算 事业收入"))).isEmpty();
  }

  @Test
  void partsRegrouped_groupPrintedTwiceWithItsPartsLast_partsGoUnderTheGroup() {
    assertThat(HeaderPaths.partsRegrouped(List.of("合计", "基本支出", "基本支出", "项目支出", "政府采购", "人员经费", "公用经费")))
        .hasValueSatisfying(p -> assertThat(p).extracting(path -> String.join("/", path)).containsExactly("合计",
            "基本支出", "基本支出/人员经费", "基本支出/公用经费", "项目支出", "政府采购"));
    // a label printed once is no group; parts of no group printed twice stay as they are
    assertThat(HeaderPaths.partsRegrouped(List.of("合计", "基本支出", "项目支出", "人员经费", "公用经费"))).isEmpty();
  }

  @Test
  void columnsOfPaths_subtotalBeforeItsParts_isTheirParentWhenTheTotalAddsTheTopColumnsUp() {
    List<List<String>> paths = List.of(List.of("合计"), List.of("上年结转"), List.of("财政拨款"), List.of("财政拨款", "一般公共预算"),
        List.of("财政拨款", "政府性基金预算"), List.of("单位资金"));

    assertThat(HeaderPaths.columnsOfPaths(paths)).extracting(c -> c.key() + "<" + c.parent().orElse(""))
        .containsExactly("g1.c1<", "g1.c2<", "g1.c3<", "g1.c4<g1.c3", "g1.c5<g1.c3", "g1.c6<");
    // 政府采购 (其中) is no part of 合计: no identities, no parents
    List<List<String>> ofWhich = List.of(List.of("合计"), List.of("基本支出"), List.of("基本支出", "人员经费"),
        List.of("基本支出", "公用经费"), List.of("项目支出"), List.of("政府采购"));
    assertThat(HeaderPaths.columnsOfPaths(ofWhich)).extracting(c -> c.key() + "<" + c.parent().orElse(""))
        .containsExactly("c1<", "c2<", "c3<", "c4<", "c5<", "c6<");
  }
}
