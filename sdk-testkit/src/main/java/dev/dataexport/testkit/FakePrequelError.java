package dev.dataexport.testkit;

/**
 * A request {@link FakePrequel} refuses: the HTTP status and Prequel's message, which the fake
 * turns into Prequel's error envelope. Thrown by the fake's state and routes, never to a test.
 */
final class FakePrequelError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the refusal (400, 403, 404, 405, 409). */
  final int status;

  FakePrequelError(int status, String message) {
    // no stack trace: a refusal is an answer, not a bug
    super(message, null, false, false);
    this.status = status;
  }
}
