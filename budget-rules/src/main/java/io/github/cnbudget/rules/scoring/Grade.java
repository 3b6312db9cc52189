package io.github.cnbudget.rules.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Performance evaluation grade (绩效评价等级): 优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60 (财政部
 * 《项目支出绩效评价管理办法》 财预〔2020〕10号, 第二十七条). The lower bound belongs to the higher grade.
 */
public enum Grade {
  /** 优 (优秀): 90 and above. */
  EXCELLENT("优", 90),
  /** 良 (良好): 80 to below 90. */
  GOOD("良", 80),
  /** 中 (中等 / 合格): 60 to below 80. */
  FAIR("中", 60),
  /** 差 (较差 / 不合格): below 60. */
  POOR("差", 0);

  private final String chinese;
  private final BigDecimal lowerBound;

  Grade(String chinese, int lowerBound) {
    this.chinese = chinese;
    this.lowerBound = BigDecimal.valueOf(lowerBound);
  }

  /**
   * The one-character Chinese grade.
   *
   * @return 优, 良, 中 or 差
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The lowest total score of this grade.
   *
   * @return 90, 80, 60 or 0
   */
  public BigDecimal lowerBound() {
    return lowerBound;
  }

  /**
   * The grade of a total score.
   *
   * @param total the total score (总分)
   * @return the grade
   */
  public static Grade of(BigDecimal total) {
    for (Grade g : values()) {
      if (total.compareTo(g.lowerBound) >= 0) {
        return g;
      }
    }
    return POOR;
  }

  /**
   * Reads a printed grade: 优 / 优秀, 良 / 良好, 中 / 中等 / 合格, 差 / 较差 / 不合格.
   *
   * @param printed the printed grade
   * @return the grade, or empty when the text is none of them
   */
  public static Optional<Grade> fromText(String printed) {
    String s = printed.replaceAll("[\\s\\u3000]", "");
    switch (s) {
      case "优":
      case "优秀":
        return Optional.of(EXCELLENT);
      case "良":
      case "良好":
        return Optional.of(GOOD);
      case "中":
      case "中等":
      case "合格":
        return Optional.of(FAIR);
      case "差":
      case "较差":
      case "不合格":
        return Optional.of(POOR);
      default:
        return Optional.empty();
    }
  }
}
