package io.github.cnbudget.io;

/** Test helper: runs code that must fail with a {@link CodecException}, and returns it for inspection. */
public final class Failures {
  private Failures() {}

  public static CodecException failure(Runnable r) {
    try {
      r.run();
    } catch (CodecException e) {
      return e;
    }
    throw new AssertionError("no CodecException");
  }
}
