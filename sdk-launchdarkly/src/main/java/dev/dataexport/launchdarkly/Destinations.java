package dev.dataexport.launchdarkly;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.BadRequestException;
import dev.dataexport.core.errors.ConflictException;
import dev.dataexport.core.errors.UnprocessableEntityException;
import dev.dataexport.core.spi.AsyncValues;
import dev.dataexport.launchdarkly.internal.AsyncSteps;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Data Export destination calls: {@code get}, {@code patch} (JSON Patch), {@code mergePatch}
 * (JSON Merge Patch), and the safe read-modify-write {@code update}; each blocking call has an
 * {@code …Async} twin and a raw-response form under {@link #withRawResponse()}. A {@code comment}
 * is sent with the change for the audit log (null for none). Thread-safe.
 */
public final class Destinations {
  private final RawDestinations raw;
  private final int updateRetries;

  Destinations(RawDestinations raw, int updateRetries) {
    this.raw = raw;
    this.updateRetries = updateRetries;
  }

  /** The same calls, returning the {@link ApiResponse} with status, headers and attempts. */
  public RawDestinations withRawResponse() {
    return raw;
  }

  /** Reads one destination. */
  public Destination get(String projectKey, String environmentKey, String id) {
    return get(projectKey, environmentKey, id, RequestOptions.none());
  }

  /** Reads one destination with per-call options. */
  public Destination get(
      String projectKey, String environmentKey, String id, RequestOptions options) {
    return raw.get(projectKey, environmentKey, id, options).value();
  }

  /** The async form of {@link #get(String, String, String)}. */
  public CompletableFuture<Destination> getAsync(
      String projectKey, String environmentKey, String id) {
    return getAsync(projectKey, environmentKey, id, RequestOptions.none());
  }

  /** The async form of {@link #get(String, String, String, RequestOptions)}. */
  public CompletableFuture<Destination> getAsync(
      String projectKey, String environmentKey, String id, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(projectKey, environmentKey, id, options));
  }

  /**
   * Applies a JSON Patch and returns the updated destination. Retried after a failure that may have
   * reached the server only when {@link JsonPatch#isSafeToRepeat()}; guard it with {@code
   * test("/version", v)} to make it so.
   *
   * @throws IllegalArgumentException before any I/O for an empty patch or one that changes a
   *     read-only {@code _} field
   */
  public Destination patch(String projectKey, String environmentKey, String id, JsonPatch patch) {
    return patch(projectKey, environmentKey, id, patch, null, RequestOptions.none());
  }

  /** Applies a JSON Patch with an audit-log comment. */
  public Destination patch(
      String projectKey, String environmentKey, String id, JsonPatch patch, String comment) {
    return patch(projectKey, environmentKey, id, patch, comment, RequestOptions.none());
  }

  /** Applies a JSON Patch with an optional comment (null for none) and per-call options. */
  public Destination patch(
      String projectKey,
      String environmentKey,
      String id,
      JsonPatch patch,
      String comment,
      RequestOptions options) {
    return raw.patch(projectKey, environmentKey, id, patch, comment, options).value();
  }

  /** The async form of {@link #patch(String, String, String, JsonPatch)}. */
  public CompletableFuture<Destination> patchAsync(
      String projectKey, String environmentKey, String id, JsonPatch patch) {
    return patchAsync(projectKey, environmentKey, id, patch, null, RequestOptions.none());
  }

  /** The async form of {@link #patch(String, String, String, JsonPatch, String)}. */
  public CompletableFuture<Destination> patchAsync(
      String projectKey, String environmentKey, String id, JsonPatch patch, String comment) {
    return patchAsync(projectKey, environmentKey, id, patch, comment, RequestOptions.none());
  }

  /**
   * The async form of {@link #patch(String, String, String, JsonPatch, String, RequestOptions)}.
   */
  public CompletableFuture<Destination> patchAsync(
      String projectKey,
      String environmentKey,
      String id,
      JsonPatch patch,
      String comment,
      RequestOptions options) {
    return AsyncValues.of(raw.patchAsync(projectKey, environmentKey, id, patch, comment, options));
  }

  /** Applies a JSON Merge Patch and returns the updated destination; always safe to retry. */
  public Destination mergePatch(
      String projectKey, String environmentKey, String id, MergePatch patch) {
    return mergePatch(projectKey, environmentKey, id, patch, null, RequestOptions.none());
  }

  /** Applies a JSON Merge Patch with an audit-log comment. */
  public Destination mergePatch(
      String projectKey, String environmentKey, String id, MergePatch patch, String comment) {
    return mergePatch(projectKey, environmentKey, id, patch, comment, RequestOptions.none());
  }

  /** Applies a JSON Merge Patch with an optional comment (null for none) and per-call options. */
  public Destination mergePatch(
      String projectKey,
      String environmentKey,
      String id,
      MergePatch patch,
      String comment,
      RequestOptions options) {
    return raw.mergePatch(projectKey, environmentKey, id, patch, comment, options).value();
  }

  /** The async form of {@link #mergePatch(String, String, String, MergePatch)}. */
  public CompletableFuture<Destination> mergePatchAsync(
      String projectKey, String environmentKey, String id, MergePatch patch) {
    return mergePatchAsync(projectKey, environmentKey, id, patch, null, RequestOptions.none());
  }

  /** The async form of {@link #mergePatch(String, String, String, MergePatch, String)}. */
  public CompletableFuture<Destination> mergePatchAsync(
      String projectKey, String environmentKey, String id, MergePatch patch, String comment) {
    return mergePatchAsync(projectKey, environmentKey, id, patch, comment, RequestOptions.none());
  }

  /**
   * The async form of {@link #mergePatch(String, String, String, MergePatch, String,
   * RequestOptions)}.
   */
  public CompletableFuture<Destination> mergePatchAsync(
      String projectKey,
      String environmentKey,
      String id,
      MergePatch patch,
      String comment,
      RequestOptions options) {
    return AsyncValues.of(
        raw.mergePatchAsync(projectKey, environmentKey, id, patch, comment, options));
  }

  /**
   * The safe read-modify-write: reads the destination, builds a JSON Patch touching only the fields
   * {@code change} sets that differ (secret config members always, since they are read obfuscated;
   * nothing read is ever written back), guards it with {@code test /version}, and sends it. When a
   * concurrent change wins (409, or a 400/422 after which a re-read shows a new version: the failed
   * test), it re-reads and tries again, at most {@link
   * LaunchDarklyClient.Builder#updateRetries(int)} times (default 3), then throws the last error.
   * When nothing differs it sends no patch and returns the destination as read.
   *
   * @return the destination after the change
   * @throws IllegalStateException when the destination has no {@code version} to guard with
   */
  public Destination update(
      String projectKey, String environmentKey, String id, DestinationChange change) {
    return update(projectKey, environmentKey, id, change, RequestOptions.none());
  }

  /**
   * {@link #update(String, String, String, DestinationChange)} with per-call options for every call
   * it makes.
   */
  public Destination update(
      String projectKey,
      String environmentKey,
      String id,
      DestinationChange change,
      RequestOptions options) {
    Objects.requireNonNull(change, "change");
    RawDestinations.getRequest(projectKey, environmentKey, id); // checks the keys before any I/O
    Destination current = get(projectKey, environmentKey, id, options);
    for (int conflicts = 0; ; ) {
      JsonPatch changes = change.patchAgainst(current);
      if (changes.isEmpty()) {
        return current;
      }
      long version = versionOf(current);
      try {
        return patch(
            projectKey,
            environmentKey,
            id,
            guard(version, changes),
            change.comment().orElse(null),
            options);
      } catch (ConflictException | BadRequestException | UnprocessableEntityException e) {
        Destination fresh = get(projectKey, environmentKey, id, options);
        if (!isLostRace(e, version, fresh) || ++conflicts > updateRetries) {
          throw e;
        }
        current = fresh;
      }
    }
  }

  /** The async form of {@link #update(String, String, String, DestinationChange)}. */
  public CompletableFuture<Destination> updateAsync(
      String projectKey, String environmentKey, String id, DestinationChange change) {
    return updateAsync(projectKey, environmentKey, id, change, RequestOptions.none());
  }

  /**
   * The async form of {@link #update(String, String, String, DestinationChange, RequestOptions)}.
   */
  public CompletableFuture<Destination> updateAsync(
      String projectKey,
      String environmentKey,
      String id,
      DestinationChange change,
      RequestOptions options) {
    Objects.requireNonNull(change, "change");
    RawDestinations.getRequest(projectKey, environmentKey, id);
    // Cancelling the returned future must stop the operation: cancel the call in flight and send no
    // patch after it.
    AsyncSteps<Destination> steps = new AsyncSteps<>();
    return steps.result(
        steps
            .call(() -> getAsync(projectKey, environmentKey, id, options))
            .thenCompose(
                current ->
                    attemptAsync(
                        projectKey, environmentKey, id, change, options, current, 0, steps)));
  }

  private CompletableFuture<Destination> attemptAsync(
      String projectKey,
      String environmentKey,
      String id,
      DestinationChange change,
      RequestOptions options,
      Destination current,
      int conflicts,
      AsyncSteps<Destination> steps) {
    JsonPatch changes;
    long version;
    try {
      changes = change.patchAgainst(current);
      if (changes.isEmpty()) {
        return CompletableFuture.completedFuture(current);
      }
      version = versionOf(current);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return steps
        .call(
            () ->
                patchAsync(
                    projectKey,
                    environmentKey,
                    id,
                    guard(version, changes),
                    change.comment().orElse(null),
                    options))
        .handle(
            (updated, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(updated);
              }
              Throwable cause =
                  error instanceof CompletionException && error.getCause() != null
                      ? error.getCause()
                      : error;
              if (!(cause instanceof ConflictException
                  || cause instanceof BadRequestException
                  || cause instanceof UnprocessableEntityException)) {
                return CompletableFuture.<Destination>failedFuture(cause);
              }
              return steps
                  .call(() -> getAsync(projectKey, environmentKey, id, options))
                  .thenCompose(
                      fresh -> {
                        if (!isLostRace((ApiException) cause, version, fresh)
                            || conflicts + 1 > updateRetries) {
                          return CompletableFuture.<Destination>failedFuture(cause);
                        }
                        return attemptAsync(
                            projectKey,
                            environmentKey,
                            id,
                            change,
                            options,
                            fresh,
                            conflicts + 1,
                            steps);
                      });
            })
        .thenCompose(future -> future);
  }

  /**
   * A 409 is always a lost race; a 400/422 is one only when the version moved (the guarding test
   * failed).
   */
  private static boolean isLostRace(ApiException e, long version, Destination fresh) {
    return e instanceof ConflictException
        || (fresh.version().isPresent() && fresh.version().getAsLong() != version);
  }

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
