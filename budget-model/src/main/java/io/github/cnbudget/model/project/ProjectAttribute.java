package io.github.cnbudget.model.project;

import java.util.Optional;

/**
 * Project attribute (项目属性, also printed 项目性质): recurring, phased or one-off.
 */
public enum ProjectAttribute {
  /** 持续性项目 (also printed 经常性). */
  RECURRING("持续性", "经常性"),
  /** 阶段性项目: runs for a fixed number of years. */
  PHASED("阶段性"),
  /** 一次性项目. */
  ONE_OFF("一次性");

  private final String chinese;
  private final String alias;

  ProjectAttribute(String chinese) {
    this(chinese, chinese);
  }

  ProjectAttribute(String chinese, String alias) {
    this.chinese = chinese;
    this.alias = alias;
  }

  /**
   * The attribute a printed text names: 持续性, 经常性, 阶段性 or 一次性, with or without 项目.
   *
   * @param printed the printed text, e.g. {@code 经常性项目}
   * @return the attribute, or empty when the text names none
   */
  public static Optional<ProjectAttribute> fromText(String printed) {
    String s = printed.replaceAll("[\\s\\u3000]", "").replaceFirst("项目$", "");
    for (ProjectAttribute a : values()) {
      if (a.chinese.equals(s) || a.alias.equals(s)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The Chinese term.
   *
   * @return 持续性 or 一次性
   */
  public String chinese() {
    return chinese;
  }
}
