package dev.dataexport.core.internal;

import java.util.List;

/**
 * Collects the {@link dev.dataexport.core.Secret} values the core mapper writes into a request body
 * on this thread, so the pipeline can scrub them from anything the server echoes back (error
 * bodies, snippets, logs).
 */
public final class RevealedSecrets {
  private static final ThreadLocal<List<String>> SINK = new ThreadLocal<>();

  private RevealedSecrets() {}

  /** Records a secret value being written; does nothing outside {@link #collectInto}. */
  public static void record(String value) {
    List<String> sink = SINK.get();
    if (sink != null) {
      sink.add(value);
    }
  }

  /**
   * Starts collecting into {@code sink} on this thread; pair with {@link #stop()} in a finally
   * block.
   */
  public static void collectInto(List<String> sink) {
    SINK.set(sink);
  }

  /** Stops collecting on this thread. */
  public static void stop() {
    SINK.remove();
  }
}
