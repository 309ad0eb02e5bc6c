package dev.dataexport.prequel;

/**
 * Benchmark access to the body the Prequel client writes ({@code UpdateBody} is package-private in
 * sdk-prequel; this class shares the package on the benchmarks' class path only).
 */
public final class PrequelBodies {
  private PrequelBodies() {}

  /** The object the pipeline serializes for {@code update}. */
  public static Object body(DestinationUpdate update) {
    return new UpdateBody(update);
  }
}
