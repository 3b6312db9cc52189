package io.github.cnbudget.model.narrative;

/** The direction word of a comparison (增减方向). */
public enum Direction {
  /** 增加, 增长, 上升, 增幅. */
  INCREASE,
  /** 减少, 下降, 降低, 减幅, 降幅. */
  DECREASE,
  /** 持平, 一致, 不变, 无增减. */
  SAME
}
