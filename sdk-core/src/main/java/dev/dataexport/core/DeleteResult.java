package dev.dataexport.core;

/**
 * What a delete did: removed the resource, or met a 404 on a retry after an earlier attempt that
 * may have reached the server and removed it (the call then succeeds and says so). Immutable and
 * thread-safe; a 404 on the first attempt is still a {@code ApiException.NotFound}.
 */
public final class DeleteResult {
  private static final DeleteResult DELETED = new DeleteResult(false);
  private static final DeleteResult GONE_ON_RETRY = new DeleteResult(true);

  private final boolean goneOnRetry;

  private DeleteResult(boolean goneOnRetry) {
    this.goneOnRetry = goneOnRetry;
  }

  /** The server confirmed the delete. */
  public static DeleteResult deleted() {
    return DELETED;
  }

  /** A retry met a 404 after an earlier attempt that may have performed the delete. */
  public static DeleteResult goneOnRetry() {
    return GONE_ON_RETRY;
  }

  /**
   * Whether the resource was already gone when a retry reached the server: an earlier attempt,
   * whose answer was lost, most likely deleted it.
   */
  public boolean wasGoneOnRetry() {
    return goneOnRetry;
  }

  @Override
  public String toString() {
    return goneOnRetry
        ? "DeleteResult{already gone: a retry met 404 after an attempt that may have deleted it}"
        : "DeleteResult{deleted}";
  }
}
