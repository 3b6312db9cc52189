package io.github.cnbudget.testkit;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property over many generated values (性质测试). Every run is reproducible: the seed is
 * printed with any failure, and {@code -Dcnbudget.seed=<seed>} replays exactly that run.
 */
public final class PropertyChecks {
  private PropertyChecks() {}

  /** The system property that fixes the seed of every property run. */
  public static final String SEED_PROPERTY = "cnbudget.seed";

  /** The seed used when none is given: fixed, so that builds are repeatable. */
  public static final long DEFAULT_SEED = 20231231L;

  /**
   * The seed for this run: {@code -Dcnbudget.seed} when set, else {@link #DEFAULT_SEED}.
   *
   * @return the seed
   */
  public static long seed() {
    String s = System.getProperty(SEED_PROPERTY);
    return s == null || s.isBlank() ? DEFAULT_SEED : Long.parseLong(s.strip());
  }

  /**
   * Checks a property for {@code tries} generated values, with the run's seed.
   *
   * @param tries how many values
   * @param gen the generator
   * @param property the check; throws (e.g. an assertion error) when the property fails
   * @param <T> the generated type
   * @throws AssertionError naming the seed, the try and the value when the property fails
   */
  public static <T> void forAll(int tries, Gen<T> gen, Consumer<? super T> property) {
    forAll(seed(), tries, gen, property);
  }

  /**
   * Checks a property for {@code tries} generated values from a given seed. Each try draws from its
   * own split of the seed's random source, so a failure is reported with the try's own seed.
   *
   * @param seed the seed
   * @param tries how many values
   * @param gen the generator
   * @param property the check
   * @param <T> the generated type
   * @throws AssertionError naming the seed, the try and the value when the property fails
   */
  public static <T> void forAll(long seed, int tries, Gen<T> gen, Consumer<? super T> property) {
    SplittableRandom root = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long trySeed = root.nextLong();
      T value = gen.generate(new SplittableRandom(trySeed));
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        String shown = String.valueOf(value);
        if (shown.length() > 2000) {
          shown = shown.substring(0, 2000) + "…";
        }
        AssertionError failure = new AssertionError("Property failed (seed " + seed + ", try " + i
            + ", try seed " + trySeed + "; rerun with -D" + SEED_PROPERTY + "=" + seed + ") for value: "
            + shown + "\n" + e.getMessage(), e);
        System.err.println(failure.getMessage());
        throw failure;
      }
    }
  }
}
