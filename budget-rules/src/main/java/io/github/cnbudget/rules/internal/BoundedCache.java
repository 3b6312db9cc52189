package io.github.cnbudget.rules.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of printed text (an indicator level read from its text, whether a
 * target reads), shared by every validation on every thread: documents repeat a small vocabulary,
 * so each distinct text is read once instead of once per indicator. Thread-safe; holds immutable
 * values only; stops adding once full, so memory stays bounded whatever the input (texts beyond the
 * bound are simply computed each time).
 */
final class BoundedCache<K, V> {
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final Function<K, V> compute;

  BoundedCache(int maxEntries, Function<K, V> compute) {
    this.maxEntries = maxEntries;
    this.compute = compute;
  }

  /** The value for a key, computed (outside any lock) when not held; the function must not return null. */
  V get(K key) {
    V v = map.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (map.size() < maxEntries) {
        map.putIfAbsent(key, v);
      }
    }
    return v;
  }
}
