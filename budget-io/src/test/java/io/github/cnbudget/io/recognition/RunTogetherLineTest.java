package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.table.RowKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RunTogetherLineTest {
  private static final Map<String, String> CODES = Map.of("工资福利支出", "301", "基本工资", "30101", "津贴补贴", "30102",
      "商品和服务支出", "302", "办公费", "30201", "工会经费", "30228");
  private static final Function<String, Optional<ClassificationCode>> ECONOMIC =
      name -> Optional.ofNullable(CODES.get(name)).map(ClassificationCodes::parse);
  private final CellReader cells = new CellReader(2, new ArrayList<>());

  private static final String HEADER = "部门: 金额单位: 万元 项 目 基本支出 科目编码 单位代码 单位名称(科目) 合计 人员经费 公用经费 类 款 ";

  @Test
  void read_scrambledLine_pairsNamesWithAmountGroupsInOrder() {
    String text = HEADER + "计 合 60.00 50.00 10.00 335001 某某中心 60.00 50.00 10.00 301 40.00 40.00 工资福利支出"
        + " 基本工资 30.00 30.00 301 01 30101 津贴补贴 10.00 10.00 商品和服务支出 302 20.00 10.00 10.00 办公费 10.00"
        + " 30201 10.00 工会经费 10.0010.00";

    Optional<RunTogetherLine.Result> r = RunTogetherLine.read(SourceLine.of(9, text), ECONOMIC, cells);

    assertThat(r).isPresent();
    assertThat(r.get().rows()).extracting(x -> x.label).containsExactly("合计", "某某中心", "工资福利支出", "基本工资",
        "津贴补贴", "商品和服务支出", "办公费", "工会经费");
    RowDraft goods = r.get().rows().get(5);
    assertThat(goods.kind).isEqualTo(RowKind.CODE);
    assertThat(goods.cells.get("c2").value()).contains(new BigDecimal("10.00"));
    assertThat(goods.cells.get("c3").value()).contains(new BigDecimal("10.00"));
    RowDraft basic = r.get().rows().get(3);
    assertThat(basic.cells.get("c1").value()).contains(new BigDecimal("30.00"));
    assertThat(basic.pending).containsExactly("30.00");
    assertThat(r.get().rows()).allMatch(x -> x.line == 9);
  }

  @Test
  void read_classTotalsDoNotAddUp_readsNothing() {
    String text = HEADER + "计 合 60.00 50.00 10.00 301 40.00 40.00 工资福利支出 基本工资 35.00 35.00 津贴补贴 10.00"
        + " 10.00 商品和服务支出 20.00 10.00 10.00";

    assertThat(RunTogetherLine.read(SourceLine.of(9, text), ECONOMIC, cells)).isEmpty();
  }

  @Test
  void read_amountsThatFormNoGroups_readsNothing() {
    String text = HEADER + "计 合 60.00 50.00 10.00 工资福利支出 40.00 39.00 商品和服务支出 20.00 10.00 10.00";

    assertThat(RunTogetherLine.read(SourceLine.of(9, text), ECONOMIC, cells)).isEmpty();
  }
}
