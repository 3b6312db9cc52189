package io.github.cnbudget.model.performance;

import java.util.Optional;
import java.util.Set;

/**
 * Second-level indicators (二级指标) with the first levels they may stand under. 成本指标 is a second
 * level under 产出指标 in older frameworks ({@link #OUTPUT_COST}); newer ones make 成本指标 a first
 * level with 经济/社会/生态环境成本指标 below it.
 */
public enum Level2 {
  /** 数量指标. */
  QUANTITY("数量指标", Level1.OUTPUT),
  /** 质量指标. */
  QUALITY("质量指标", Level1.OUTPUT),
  /** 时效指标. */
  TIMELINESS("时效指标", Level1.OUTPUT),
  /** 成本指标 under 产出指标. */
  OUTPUT_COST("成本指标", Level1.OUTPUT),
  /** 经济效益指标. */
  ECONOMIC_BENEFIT("经济效益指标", Level1.BENEFIT),
  /** 社会效益指标. */
  SOCIAL_BENEFIT("社会效益指标", Level1.BENEFIT),
  /** 生态效益指标. */
  ECOLOGICAL_BENEFIT("生态效益指标", Level1.BENEFIT),
  /** 可持续影响指标. */
  SUSTAINABLE_IMPACT("可持续影响指标", Level1.BENEFIT),
  /** 服务对象满意度指标. */
  SERVICE_SATISFACTION("服务对象满意度指标", Level1.SATISFACTION),
  /** 经济成本指标. */
  ECONOMIC_COST("经济成本指标", Level1.COST),
  /** 社会成本指标. */
  SOCIAL_COST("社会成本指标", Level1.COST),
  /** 生态环境成本指标. */
  ECOLOGICAL_COST("生态环境成本指标", Level1.COST);

  private final String chinese;
  private final Level1 parent;

  Level2(String chinese, Level1 parent) {
    this.chinese = chinese;
    this.parent = parent;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. 数量指标
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The first level this second level belongs to.
   *
   * @return the parent level
   */
  public Level1 parent() {
    return parent;
  }

  /**
   * Recognises a printed second-level name. {@code 成本指标} is {@link #OUTPUT_COST}.
   *
   * @param printed e.g. {@code 数量指标}
   * @return the level, or empty when the text is something else
   */
  public static Optional<Level2> fromText(String printed) {
    String s = printed.replaceAll("[\\s\\u3000]", "");
    for (Level2 l : values()) {
      if (l.chinese.equals(s)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The second levels whose Chinese name is the same text (成本指标 can only be {@link #OUTPUT_COST}).
   *
   * @return the second levels allowed under a first level
   * @param level1 a first level
   */
  public static Set<Level2> under(Level1 level1) {
    java.util.EnumSet<Level2> out = java.util.EnumSet.noneOf(Level2.class);
    for (Level2 l : values()) {
      if (l.parent == level1) {
        out.add(l);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }
}
