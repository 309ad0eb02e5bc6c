package dev.dataexport.core.internal;

/**
 * Records, per attempt, whether the request reached the network (a connection was established),
 * which decides whether a change that is not safe to repeat may be retried after a failure.
 * Thread-safe.
 */
public final class AttemptTracker {
  private volatile int attempt;
  private volatile int reachedNetworkOnAttempt;

  /** Starts attempt {@code number}. */
  public void start(int number) {
    this.attempt = number;
  }

  /** Called by the network interceptor: the current attempt has a connection. */
  void markReachedNetwork() {
    this.reachedNetworkOnAttempt = attempt;
  }

  /** Whether the current attempt reached the network. */
  public boolean reachedNetwork() {
    return reachedNetworkOnAttempt == attempt;
  }
}
