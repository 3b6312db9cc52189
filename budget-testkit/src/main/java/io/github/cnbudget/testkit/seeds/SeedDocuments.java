package io.github.cnbudget.testkit.seeds;

import io.github.cnbudget.model.Disclosure;
import java.util.List;

/**
 * Hand-verified models of the four real seed disclosures (种子公开文件的人工核对模型), exactly as
 * printed, errors included: the ground truth against which the text importer's accuracy and the
 * validation rules are measured.
 *
 * <p>Each model is an independent transcription of {@code examples/data/<file>} (see
 * {@link #sourceFile(int)}), kept as small tab-separated fixtures next to this class; every row records
 * the one-based line of the seed text it was printed on. Printed numbers are never repaired: a
 * thousands separator stays in the printed text ({@code 2,958}), a typo stays a typo, and OCR damage
 * is kept as a repaired cell ({@code 461. 49} read as 461.49). The defects found while transcribing are
 * listed in {@code docs/seed-defects.md}.
 *
 * <p>Stateless and thread-safe; every call builds a fresh (immutable) model.
 */
public final class SeedDocuments {
  private static final String BASE = "/io/github/cnbudget/testkit/seeds/";

  private static final List<String> FILES = List.of(
      "000_ff2a909ca0d0a799.txt",
      "001_7bda8749b22d307a.txt",
      "002_339364824c9abd23.txt",
      "003_59f1650a4d501d8b.txt");

  private SeedDocuments() {}

  /**
   * Seed 000: 深圳市医疗保障局 2023 部门预算 (whole 万元, two units).
   *
   * @return the model
   */
  public static Disclosure seed000() {
    return seed(0);
  }

  /**
   * Seed 001: 广州市医疗保障局 2023 部门预算 (0.01 万元, three units).
   *
   * @return the model
   */
  public static Disclosure seed001() {
    return seed(1);
  }

  /**
   * Seed 002: 深圳市医疗保险基金管理中心 2020 部门决算 (0.01 万元; self-evaluations in 元).
   *
   * @return the model
   */
  public static Disclosure seed002() {
    return seed(2);
  }

  /**
   * Seed 003: 达州市医疗保障事务中心 2023 部门预算 (0.01 万元, OCR text).
   *
   * @return the model
   */
  public static Disclosure seed003() {
    return seed(3);
  }

  /**
   * A seed by number.
   *
   * @param number 0 to 3
   * @return the model
   * @throws IllegalArgumentException if there is no such seed
   */
  public static Disclosure seed(int number) {
    checkNumber(number);
    return new FixtureReader(BASE).read(String.format("seed%03d", number));
  }

  /**
   * The file name of a seed's text under {@code examples/data/}.
   *
   * @param number 0 to 3
   * @return e.g. {@code 000_ff2a909ca0d0a799.txt}
   * @throws IllegalArgumentException if there is no such seed
   */
  public static String sourceFile(int number) {
    checkNumber(number);
    return FILES.get(number);
  }

  /**
   * How many seeds there are.
   *
   * @return 4
   */
  public static int count() {
    return FILES.size();
  }

  private static void checkNumber(int number) {
    if (number < 0 || number >= FILES.size()) {
      throw new IllegalArgumentException("No seed " + number + " (0.." + (FILES.size() - 1) + ")");
    }
  }
}
