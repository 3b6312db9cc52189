package io.github.cnbudget.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A deterministic generator of values (生成器): the same random state always yields the same value,
 * so a failing property test is reproduced from its seed alone.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Generates one value.
   *
   * @param random the random source; the only source of variation
   * @return the value
   */
  T generate(SplittableRandom random);

  /**
   * A generator of values derived from this one's.
   *
   * @param f the conversion
   * @param <R> the derived type
   * @return the derived generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(generate(r));
  }

  /**
   * A generator whose next step depends on this one's value.
   *
   * @param f the next generator for a value
   * @param <R> the resulting type
   * @return the combined generator
   */
  default <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> f) {
    return r -> f.apply(generate(r)).generate(r);
  }

  /**
   * A generator that retries until a value passes the filter (at most 1000 tries).
   *
   * @param p the filter
   * @return the filtered generator
   */
  default Gen<T> filter(Predicate<? super T> p) {
    return r -> {
      for (int i = 0; i < 1000; i++) {
        T t = generate(r);
        if (p.test(t)) {
          return t;
        }
      }
      throw new IllegalStateException("filter rejected 1000 values in a row");
    };
  }

  /**
   * A generator of lists of this generator's values.
   *
   * @param min the smallest size
   * @param max the largest size
   * @return the list generator
   */
  default Gen<List<T>> list(int min, int max) {
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(generate(r));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Always the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the constant generator
   */
  static <T> Gen<T> constant(T value) {
    return r -> value;
  }

  /**
   * One of the values, uniformly.
   *
   * @param values the choices
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    List<T> copy = List.of(values);
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /**
   * One of the values, uniformly.
   *
   * @param values the choices
   * @param <T> their type
   * @return the generator
   */
  static <T> Gen<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /**
   * Integers in a closed range.
   *
   * @param min the smallest
   * @param max the largest
   * @return the generator
   */
  static Gen<Integer> ints(int min, int max) {
    return r -> min + r.nextInt(max - min + 1);
  }
}
