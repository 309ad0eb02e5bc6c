package dev.dataexport.launchdarkly;

/**
 * A JSON Patch could not be applied: a target or parent is missing, an array index is invalid, or a
 * {@code test} did not match ({@link #isTestFailure()}). Nothing of the patch is applied when this
 * is thrown.
 */
public class JsonPatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int operationIndex;
  private final boolean testFailure;

  /** Creates the exception for the operation at {@code operationIndex} (0-based). */
  public JsonPatchException(String message, int operationIndex, boolean testFailure) {
    super(message);
    this.operationIndex = operationIndex;
    this.testFailure = testFailure;
  }

  /** The 0-based index of the operation that failed. */
  public int operationIndex() {
    return operationIndex;
  }

  /** Whether a {@code test} operation failed (the document did not hold the expected value). */
  public boolean isTestFailure() {
    return testFailure;
  }
}
