package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaceAlignedUnspacedTest {

  @Test
  void unspaced_letterSpacedName_isOneWord() {
    assertThat(SpaceAligned.unspaced("信息 网络 及软件 购置")).isEqualTo("信息网络及软件购置");
  }

  @Test
  void unspaced_twoNamesOrNamesWithFigures_stayAsPrinted() {
    // (two cells one blank apart, or a name with its amount, are not one letter-spaced name)
    assertThat(SpaceAligned.unspaced("行政运行 一般行政管理事务")).isEqualTo("行政运行 一般行政管理事务");
    assertThat(SpaceAligned.unspaced("办公 费 3.78")).isEqualTo("办公 费 3.78");
    assertThat(SpaceAligned.unspaced("合计 基本")).isEqualTo("合计 基本");
  }
}
