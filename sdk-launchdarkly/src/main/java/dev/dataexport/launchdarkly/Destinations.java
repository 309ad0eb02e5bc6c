package dev.dataexport.launchdarkly;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.launchdarkly.internal.LaunchDarklyJson;
import dev.dataexport.launchdarkly.internal.LaunchDarklyRequests;
import java.util.concurrent.CompletableFuture;

/**
 * The Data Export destination calls: {@code get}, {@code patch} (JSON Patch), {@code mergePatch}
 * (JSON Merge Patch), and the safe read-modify-write {@code update}. Each takes the destination's
 * {@link DestinationKey}; each has a form with {@link RequestOptions}, an {@code …Async} twin, and
 * a raw-response form under {@link #withRawResponse()}. An audit-log comment travels in the change
 * ({@link JsonPatch#comment()}, {@link MergePatch#comment()}, {@link DestinationChange#comment()}).
 * Every argument is checked before any I/O. Thread-safe.
 */
public final class Destinations {
  private final WithRawResponse raw;

  Destinations(Transport transport, int updateRetries) {
    this.raw = new WithRawResponse(transport, updateRetries);
  }

  /** The same calls, returning the {@link ApiResponse} with status, headers and attempts. */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /** Reads one destination. */
  public Destination get(DestinationKey key) {
    return get(key, RequestOptions.none());
  }

  /** Reads one destination with per-call options. */
  public Destination get(DestinationKey key, RequestOptions options) {
    return raw.get(key, options).value();
  }

  /** The async form of {@link #get(DestinationKey)}. */
  public CompletableFuture<Destination> getAsync(DestinationKey key) {
    return getAsync(key, RequestOptions.none());
  }

  /** The async form of {@link #get(DestinationKey, RequestOptions)}. */
  public CompletableFuture<Destination> getAsync(DestinationKey key, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(key, options));
  }

  /**
   * Applies a JSON Patch and returns the updated destination. Retried after a failure that may have
   * reached the server only when {@link JsonPatch#isSafeToRepeat()}; guard it with {@code
   * test("/version", v)} to make it so.
   *
   * @throws IllegalArgumentException before any I/O for an empty patch or one that changes a
   *     read-only {@code _} field
   */
  public Destination patch(DestinationKey key, JsonPatch patch) {
    return patch(key, patch, RequestOptions.none());
  }

  /** Applies a JSON Patch with per-call options. */
  public Destination patch(DestinationKey key, JsonPatch patch, RequestOptions options) {
    return raw.patch(key, patch, options).value();
  }

  /** The async form of {@link #patch(DestinationKey, JsonPatch)}. */
  public CompletableFuture<Destination> patchAsync(DestinationKey key, JsonPatch patch) {
    return patchAsync(key, patch, RequestOptions.none());
  }

  /** The async form of {@link #patch(DestinationKey, JsonPatch, RequestOptions)}. */
  public CompletableFuture<Destination> patchAsync(
      DestinationKey key, JsonPatch patch, RequestOptions options) {
    return AsyncValues.of(raw.patchAsync(key, patch, options));
  }

  /**
   * Applies a JSON Merge Patch and returns the updated destination; always safe to retry.
   *
   * @throws IllegalArgumentException before any I/O for an empty patch, one that changes a
   *     read-only {@code _} field, or an uncommented one with a top-level {@code comment}, {@code
   *     patch} or {@code merge} member (LaunchDarkly would read it as a commented patch)
   */
  public Destination mergePatch(DestinationKey key, MergePatch patch) {
    return mergePatch(key, patch, RequestOptions.none());
  }

  /** Applies a JSON Merge Patch with per-call options. */
  public Destination mergePatch(DestinationKey key, MergePatch patch, RequestOptions options) {
    return raw.mergePatch(key, patch, options).value();
  }

  /** The async form of {@link #mergePatch(DestinationKey, MergePatch)}. */
  public CompletableFuture<Destination> mergePatchAsync(DestinationKey key, MergePatch patch) {
    return mergePatchAsync(key, patch, RequestOptions.none());
  }

  /** The async form of {@link #mergePatch(DestinationKey, MergePatch, RequestOptions)}. */
  public CompletableFuture<Destination> mergePatchAsync(
      DestinationKey key, MergePatch patch, RequestOptions options) {
    return AsyncValues.of(raw.mergePatchAsync(key, patch, options));
  }

  /**
   * The safe read-modify-write: reads the destination, builds a JSON Patch touching only the fields
   * {@code change} sets that differ (secret config members always, since they are read obfuscated;
   * nothing read is ever written back), guards it with {@code test /version}, and sends it with the
   * change's comment. When a concurrent change wins (409, or a 400/422 after which a re-read shows
   * a new version: the failed test), it re-reads and tries again, at most {@link
   * LaunchDarklyClient.Builder#updateRetries(int)} times (default 3), then throws the last error.
   * When nothing differs it sends no patch and returns the destination as read.
   *
   * @return the destination after the change
   * @throws IllegalStateException when the destination has no {@code version} to guard with
   */
  public Destination update(DestinationKey key, DestinationChange change) {
    return update(key, change, RequestOptions.none());
  }

  /**
   * {@link #update(DestinationKey, DestinationChange)} with per-call options for every call it
   * makes.
   */
  public Destination update(DestinationKey key, DestinationChange change, RequestOptions options) {
    return raw.update(key, change, options).value();
  }

  /**
   * The async form of {@link #update(DestinationKey, DestinationChange)}; cancelling the returned
   * future cancels the call in flight and sends no patch after it.
   */
  public CompletableFuture<Destination> updateAsync(DestinationKey key, DestinationChange change) {
    return updateAsync(key, change, RequestOptions.none());
  }

  /** The async form of {@link #update(DestinationKey, DestinationChange, RequestOptions)}. */
  public CompletableFuture<Destination> updateAsync(
      DestinationKey key, DestinationChange change, RequestOptions options) {
    return AsyncValues.of(raw.updateAsync(key, change, options));
  }

  /**
   * The destination calls of {@link Destinations}, overload for overload, returning the whole
   * {@link ApiResponse} (status, headers such as the rate-limit ones, request id, attempts) around
   * the {@link Destination}. Get it with {@link Destinations#withRawResponse()}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final Transport transport;
    private final int updateRetries;

    WithRawResponse(Transport transport, int updateRetries) {
      this.transport = transport;
      this.updateRetries = updateRetries;
    }

    /** {@code GET /api/v2/destinations/{projectKey}/{environmentKey}/{id}}. */
    public ApiResponse<Destination> get(DestinationKey key) {
      return get(key, RequestOptions.none());
    }

    /** {@link #get(DestinationKey)} with per-call options. */
    public ApiResponse<Destination> get(DestinationKey key, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.get(key), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /** The async form of {@link #get(DestinationKey)}. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(DestinationKey key) {
      return getAsync(key, RequestOptions.none());
    }

    /** The async form of {@link #get(DestinationKey, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(
        DestinationKey key, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.get(key), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /**
     * {@code PATCH} with a JSON Patch, retried after a possible delivery only when {@link
     * JsonPatch#isSafeToRepeat()}.
     */
    public ApiResponse<Destination> patch(DestinationKey key, JsonPatch patch) {
      return patch(key, patch, RequestOptions.none());
    }

    /** {@link #patch(DestinationKey, JsonPatch)} with per-call options. */
    public ApiResponse<Destination> patch(
        DestinationKey key, JsonPatch patch, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.patch(key, patch), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /** The async form of {@link #patch(DestinationKey, JsonPatch)}. */
    public CompletableFuture<ApiResponse<Destination>> patchAsync(
        DestinationKey key, JsonPatch patch) {
      return patchAsync(key, patch, RequestOptions.none());
    }

    /** The async form of {@link #patch(DestinationKey, JsonPatch, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> patchAsync(
        DestinationKey key, JsonPatch patch, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.patch(key, patch), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /** {@code PATCH} with a JSON Merge Patch; always safe to retry. */
    public ApiResponse<Destination> mergePatch(DestinationKey key, MergePatch patch) {
      return mergePatch(key, patch, RequestOptions.none());
    }

    /** {@link #mergePatch(DestinationKey, MergePatch)} with per-call options. */
    public ApiResponse<Destination> mergePatch(
        DestinationKey key, MergePatch patch, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.mergePatch(key, patch),
          LaunchDarklyJson.DESTINATION,
          checked(options));
    }

    /** The async form of {@link #mergePatch(DestinationKey, MergePatch)}. */
    public CompletableFuture<ApiResponse<Destination>> mergePatchAsync(
        DestinationKey key, MergePatch patch) {
      return mergePatchAsync(key, patch, RequestOptions.none());
    }

    /** The async form of {@link #mergePatch(DestinationKey, MergePatch, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> mergePatchAsync(
        DestinationKey key, MergePatch patch, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.mergePatch(key, patch),
          LaunchDarklyJson.DESTINATION,
          checked(options));
    }

    /**
     * The safe read-modify-write of {@link Destinations#update(DestinationKey, DestinationChange)};
     * the response is that of the last call it made: the winning patch, or the read when nothing
     * differed.
     */
    public ApiResponse<Destination> update(DestinationKey key, DestinationChange change) {
      return update(key, change, RequestOptions.none());
    }

    /** {@link #update(DestinationKey, DestinationChange)} with per-call options. */
    public ApiResponse<Destination> update(
        DestinationKey key, DestinationChange change, RequestOptions options) {
      return SafeUpdate.run(
          this, checkedKey(key), checked(change), checked(options), updateRetries);
    }

    /** The async form of {@link #update(DestinationKey, DestinationChange)}. */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        DestinationKey key, DestinationChange change) {
      return updateAsync(key, change, RequestOptions.none());
    }

    /** The async form of {@link #update(DestinationKey, DestinationChange, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        DestinationKey key, DestinationChange change, RequestOptions options) {
      return SafeUpdate.runAsync(
          this, checkedKey(key), checked(change), checked(options), updateRetries);
    }

    private static RequestOptions checked(RequestOptions options) {
      return Checks.notNull("options", options);
    }

    private static DestinationChange checked(DestinationChange change) {
      return Checks.notNull("change", change);
    }

    private static DestinationKey checkedKey(DestinationKey key) {
      return Checks.notNull("key", key);
    }
  }
}
