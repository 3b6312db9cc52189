package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedCellsTest {

  @Test
  void width_chineseAndFullWidthCountTwo() {
    assertThat(WrappedCells.width("书邮政 EMS 快递单数")).isEqualTo(3 * 2 + 5 + 4 * 2);
    assertThat(WrappedCells.width("（元）")).isEqualTo(6);
    assertThat(WrappedCells.width("≥90%")).isEqualTo(4);
  }

  @Test
  void fits_piecesBeforeTheLastEquallyWideAndTheLastNoWider() {
    assertThat(WrappedCells.fits(List.of("在合同规定期", "限内完成"))).isTrue();
    assertThat(WrappedCells.fits(List.of("暂未在合同规", "定期限内完成"))).isTrue();
    assertThat(WrappedCells.fits(List.of("限内完成", "暂未在合同规"))).isFalse();
    assertThat(WrappedCells.fits(List.of("在合同规定期", "限内完成", "暂未在合同规"))).isFalse();
    assertThat(WrappedCells.fits(List.of("单独一行"))).isTrue();
  }

  @Test
  void splits_everySplitWhoseCellsFitTheirColumns() {
    List<String> pieces = List.of("到参保人就诊的医疗机构调查病历真实", "性的完成时效", "在合同规定期", "限内完成", "暂未在合同规",
        "定期限内完成");

    // widths 34 12 12 8 12 12: the name may end after its first piece or its second
    assertThat(WrappedCells.splits(pieces, 3)).containsExactlyInAnyOrder(
        List.of(pieces.subList(0, 2), pieces.subList(2, 4), pieces.subList(4, 6)),
        List.of(pieces.subList(0, 1), pieces.subList(1, 4), pieces.subList(4, 6)));
    assertThat(WrappedCells.only(pieces, 3)).isEmpty();
    assertThat(WrappedCells.only(List.of("项目验收资料归档完成", "及时性", "按规定时限", "完成", "部分项目延", "期完成"), 3))
        .contains(List.of(List.of("项目验收资料归档完成", "及时性"), List.of("按规定时限", "完成"), List.of("部分项目延", "期完成")));
  }

  @Test
  void splits_fewerPiecesThanCellsOrTooMany_none() {
    assertThat(WrappedCells.splits(List.of("一", "二"), 3)).isEmpty();
    assertThat(WrappedCells.splits(java.util.Collections.nCopies(25, "一二"), 3)).isEmpty();
    assertThat(WrappedCells.splits(List.of("一"), 0)).isEmpty();
  }
}
