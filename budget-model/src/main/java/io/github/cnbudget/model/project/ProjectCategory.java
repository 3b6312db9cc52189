package io.github.cnbudget.model.project;

import java.util.Optional;

/**
 * Project category (项目类别) of the 项目库 reform.
 */
public enum ProjectCategory {
  /** 人员类项目. */
  PERSONNEL("人员类"),
  /** 运转类项目. */
  OPERATION("运转类"),
  /** 特定目标类项目. */
  SPECIFIC_PURPOSE("特定目标类");

  private final String chinese;

  ProjectCategory(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The category a printed text names. 运转类 covers its kinds (公用经费类, 其他运转类).
   *
   * @param printed the printed text, e.g. {@code 其他运转类} or {@code 特定目标类项目}
   * @return the category, or empty when the text names none
   */
  public static Optional<ProjectCategory> fromText(String printed) {
    String s = printed.replaceAll("[\\s\\u3000]", "").replaceFirst("项目$", "");
    if (s.equals("人员类")) {
      return Optional.of(PERSONNEL);
    }
    if (s.equals("特定目标类")) {
      return Optional.of(SPECIFIC_PURPOSE);
    }
    if (s.endsWith("运转类") || s.equals("公用经费类")) {
      return Optional.of(OPERATION);
    }
    return Optional.empty();
  }

  /**
   * The Chinese term.
   *
   * @return e.g. 特定目标类
   */
  public String chinese() {
    return chinese;
  }
}
