package dev.dataexport.core.internal;

import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * Maps each OkHttp call in flight to the {@link AttemptTracker} of its exchange, so the network
 * interceptor can record that the attempt reached the network. A request tag would do the same, but
 * OkHttp copies the tag map into every request it derives (three per call), which costs more than
 * the whole rest of the pipeline's bookkeeping; this map costs one entry per attempt. Thread-safe.
 */
public final class CallTrackers {
  private final ConcurrentHashMap<Call, AttemptTracker> trackers = new ConcurrentHashMap<>();

  /**
   * Registers the tracker of {@code call}; pair with {@link #release(Call)} once the call has
   * finished.
   */
  public void register(Call call, AttemptTracker tracker) {
    trackers.put(call, tracker);
  }

  /** Forgets {@code call}. Idempotent. */
  public void release(Call call) {
    trackers.remove(call);
  }

  /** Called by the network interceptor: the attempt of {@code call} has a connection. */
  void markReachedNetwork(Call call) {
    AttemptTracker tracker = trackers.get(call);
    if (tracker != null) {
      tracker.markReachedNetwork();
    }
  }

  /** The number of calls registered and not yet released (for tests). */
  public int size() {
    return trackers.size();
  }
}
