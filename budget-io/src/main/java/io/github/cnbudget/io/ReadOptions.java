package io.github.cnbudget.io;

/**
 * The bounds codecs read input within (读取限度): they protect a reader from hostile input.
 * Strictness is not an option here but a choice of method: {@code read…} is strict,
 * {@code readLenient…} is lenient and returns the problems it met, so problems are never dropped.
 * A "mutant factory": every {@code withX} returns a new instance, so one options value can be
 * shared by many threads and readers.
 *
 * <p>The defaults fit real disclosures with a wide margin (the largest seed is about 100 KB of JSON):
 * <ul>
 *   <li>{@link #maxDocumentLength()}: 64 MiB per document (per line in JSON Lines);</li>
 *   <li>{@link #maxNestingDepth()}: 64 (a document nests about 10 deep);</li>
 *   <li>{@link #maxStringLength()}: 1 Mi characters (the longest printed goal text is a few KB);</li>
 *   <li>{@link #maxNumberLength()}: 64 characters, as {@link io.github.cnbudget.model.Amounts#MAX_LENGTH}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS = new ReadOptions(64L << 20, 64, 1 << 20, 64);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;

  private ReadOptions(long maxDocumentLength, int maxNestingDepth, int maxStringLength,
      int maxNumberLength) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  /**
   * The defaults listed in the class documentation.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The largest document accepted, in bytes or characters (one line of JSON Lines, one CSV file).
   *
   * @return the maximum; 64 MiB by default
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * These options with another document bound.
   *
   * @param value the maximum, at least 1
   * @return the new options
   */
  public ReadOptions withMaxDocumentLength(long value) {
    return new ReadOptions(positive(value), maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * The deepest nesting of JSON arrays and objects accepted.
   *
   * @return the maximum; 64 by default
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * These options with another nesting bound.
   *
   * @param value the maximum, at least 1
   * @return the new options
   */
  public ReadOptions withMaxNestingDepth(int value) {
    return new ReadOptions(maxDocumentLength, (int) positive(value), maxStringLength, maxNumberLength);
  }

  /**
   * The longest string (JSON string or CSV field) accepted, in characters.
   *
   * @return the maximum; 1 Mi by default
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * These options with another string bound.
   *
   * @param value the maximum, at least 1
   * @return the new options
   */
  public ReadOptions withMaxStringLength(int value) {
    return new ReadOptions(maxDocumentLength, maxNestingDepth, (int) positive(value), maxNumberLength);
  }

  /**
   * The longest number accepted (JSON number tokens and decimal strings), in characters.
   *
   * @return the maximum; 64 by default
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * These options with another number bound.
   *
   * @param value the maximum, at least 1
   * @return the new options
   */
  public ReadOptions withMaxNumberLength(int value) {
    return new ReadOptions(maxDocumentLength, maxNestingDepth, maxStringLength, (int) positive(value));
  }

  private static long positive(long v) {
    if (v < 1) {
      throw new IllegalArgumentException("bound must be at least 1: " + v);
    }
    return v;
  }

  @Override
  public String toString() {
    return "ReadOptions[maxDocumentLength=" + maxDocumentLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength + "]";
  }
}
