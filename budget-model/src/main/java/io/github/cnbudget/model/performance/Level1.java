package io.github.cnbudget.model.performance;

import java.util.Optional;

/**
 * First-level indicators (一级指标) of the national framework, including the newer standalone 成本指标
 * and the 决策/过程 levels of evaluation frameworks.
 */
public enum Level1 {
  /** 产出指标. */
  OUTPUT("产出指标", "产出"),
  /** 效益指标. */
  BENEFIT("效益指标", "效益"),
  /** 满意度指标. */
  SATISFACTION("满意度指标", "满意度"),
  /** 成本指标 as a first level (newer frameworks). */
  COST("成本指标", "成本"),
  /** 决策 (evaluation frameworks). */
  DECISION("决策", "决策指标"),
  /** 过程 (evaluation frameworks). */
  PROCESS("过程", "过程指标");

  private final String chinese;
  private final String shortForm;

  Level1(String chinese, String shortForm) {
    this.chinese = chinese;
    this.shortForm = shortForm;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. 产出指标
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Recognises a printed first-level name.
   *
   * @param printed e.g. {@code 产出指标} or {@code 产出}
   * @return the level, or empty when the text is something else
   */
  public static Optional<Level1> fromText(String printed) {
    String s = printed.replaceAll("[\\s\\u3000]", "");
    for (Level1 l : values()) {
      if (l.chinese.equals(s) || l.shortForm.equals(s)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
