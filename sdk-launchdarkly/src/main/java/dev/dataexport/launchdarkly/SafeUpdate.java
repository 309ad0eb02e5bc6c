package dev.dataexport.launchdarkly;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.launchdarkly.internal.AsyncSteps;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The read-modify-write behind {@code update}, blocking and async: read, patch only what differs
 * guarded by {@code test /version}, and on a lost race re-read and try again (see {@link
 * Destinations#update(DestinationKey, DestinationChange)}). The arguments are checked by the
 * caller.
 */
final class SafeUpdate {
  private SafeUpdate() {}

  static ApiResponse<Destination> run(
      Destinations.WithRawResponse raw,
      DestinationKey key,
      DestinationChange change,
      RequestOptions options,
      int retries) {
    ApiResponse<Destination> current = raw.get(key, options);
    for (int conflicts = 0; ; ) {
      JsonPatch guarded = guardedPatch(current.value(), change);
      if (guarded.isEmpty()) {
        return current;
      }
      long version = versionOf(current.value());
      try {
        return raw.patch(key, guarded, options);
      } catch (ApiException.Conflict
          | ApiException.BadRequest
          | ApiException.UnprocessableEntity e) {
        // Out of retries the outcome is this exception whatever a re-read shows: send no GET.
        if (++conflicts > retries) {
          throw e;
        }
        ApiResponse<Destination> fresh = raw.get(key, options);
        if (!isLostRace(e, version, fresh.value())) {
          throw e;
        }
        current = fresh;
      }
    }
  }

  static CompletableFuture<ApiResponse<Destination>> runAsync(
      Destinations.WithRawResponse raw,
      DestinationKey key,
      DestinationChange change,
      RequestOptions options,
      int retries) {
    // Cancelling the returned future must stop the operation: cancel the call in flight and send no
    // patch after it.
    AsyncSteps<ApiResponse<Destination>> steps = new AsyncSteps<>();
    Attempts attempts = new Attempts(raw, key, change, options, retries, steps);
    return steps.result(
        steps.call(() -> raw.getAsync(key, options)).thenCompose(r -> attempts.next(r, 0)));
  }

  /** The state of one async update, so each attempt needs only what changes between attempts. */
  private static final class Attempts {
    private final Destinations.WithRawResponse raw;
    private final DestinationKey key;
    private final DestinationChange change;
    private final RequestOptions options;
    private final int retries;
    private final AsyncSteps<ApiResponse<Destination>> steps;

    Attempts(
        Destinations.WithRawResponse raw,
        DestinationKey key,
        DestinationChange change,
        RequestOptions options,
        int retries,
        AsyncSteps<ApiResponse<Destination>> steps) {
      this.raw = raw;
      this.key = key;
      this.change = change;
      this.options = options;
      this.retries = retries;
      this.steps = steps;
    }

    CompletableFuture<ApiResponse<Destination>> next(
        ApiResponse<Destination> current, int conflicts) {
      JsonPatch guarded;
      long version;
      try {
        guarded = guardedPatch(current.value(), change);
        if (guarded.isEmpty()) {
          return CompletableFuture.completedFuture(current);
        }
        version = versionOf(current.value());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return steps
          .call(() -> raw.patchAsync(key, guarded, options))
          .handle(
              (updated, error) ->
                  error == null
                      ? CompletableFuture.completedFuture(updated)
                      : afterFailure(unwrap(error), version, conflicts))
          .thenCompose(future -> future);
    }

    private CompletableFuture<ApiResponse<Destination>> afterFailure(
        Throwable cause, long version, int conflicts) {
      if (!(cause instanceof ApiException.Conflict
          || cause instanceof ApiException.BadRequest
          || cause instanceof ApiException.UnprocessableEntity)) {
        return CompletableFuture.failedFuture(cause);
      }
      if (conflicts + 1 > retries) {
        // Out of retries the outcome is this exception whatever a re-read shows: send no GET.
        return CompletableFuture.failedFuture(cause);
      }
      return steps
          .call(() -> raw.getAsync(key, options))
          .thenCompose(
              fresh ->
                  isLostRace((ApiException) cause, version, fresh.value())
                      ? next(fresh, conflicts + 1)
                      : CompletableFuture.failedFuture(cause));
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /**
   * A 409 is always a lost race; a 400/422 is one only when the version moved (the guarding test
   * failed).
   */
  private static boolean isLostRace(ApiException e, long version, Destination fresh) {
    return e instanceof ApiException.Conflict
        || (fresh.version().isPresent() && fresh.version().getAsLong() != version);
  }

  /**
   * The patch {@code update} sends for {@code change} against {@code current}: {@code test
   * /version} followed by what differs, with the change's comment; empty when nothing differs. The
   * fleet package plans with it, so a planned update is exactly the single call's patch.
   *
   * @throws IllegalStateException when something differs and {@code current} has no version
   */
  static JsonPatch guardedPatch(Destination current, DestinationChange change) {
    JsonPatch changes = change.patchAgainst(current);
    return changes.isEmpty() ? changes : guard(versionOf(current), changes);
  }

  /** {@code test /version} followed by the changes, with the changes' comment. */
  private static JsonPatch guard(long version, JsonPatch changes) {
    return JsonPatch.builder().test("/version", version).build().concat(changes);
  }

  private static long versionOf(Destination current) {
    if (current.version().isEmpty()) {
      throw new IllegalStateException(
          "destination "
              + current.id().orElse("?")
              + " was read without a version, so a change cannot be guarded; use patch() instead");
    }
    return current.version().getAsLong();
  }
}
