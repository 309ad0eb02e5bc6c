package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.VendorProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The wait after a 429 without {@code Retry-After}: until {@code X-Ratelimit-Reset} (epoch
 * milliseconds) plus a jitter of up to {@link #JITTER}, so clients sharing a window do not all
 * return at the same instant. A reset in the past (clock skew; it has been seen) gives a short
 * jittered wait of {@link #MIN_WAIT} to {@code MIN_WAIT + JITTER}, never a negative one. Not part
 * of the public API.
 */
public final class ResetWait implements VendorProfile.RateLimitWait {
  /** The shortest wait. */
  public static final Duration MIN_WAIT = Duration.ofMillis(100);

  /** The largest random addition. */
  public static final Duration JITTER = Duration.ofMillis(250);

  private final DoubleSupplier random;

  /** A wait with random jitter. */
  public ResetWait() {
    this(() -> ThreadLocalRandom.current().nextDouble());
  }

  /** A wait whose jitter fraction comes from {@code random} (values in [0, 1)); for tests. */
  public ResetWait(DoubleSupplier random) {
    this.random = random;
  }

  @Override
  public Optional<Duration> waitFor(ResponseHeaders headers, Clock clock) {
    Optional<String> reset = headers.first("X-Ratelimit-Reset");
    if (reset.isEmpty()) {
      return Optional.empty();
    }
    long resetMillis;
    try {
      String text = reset.get().trim();
      resetMillis = text.contains(".") ? (long) Double.parseDouble(text) : Long.parseLong(text);
    } catch (NumberFormatException unreadable) {
      return Optional.empty(); // the core falls back to its backoff
    }
    long untilReset = resetMillis - clock.millis();
    long jitter = (long) (JITTER.toMillis() * Math.min(Math.max(random.getAsDouble(), 0), 1));
    return Optional.of(Duration.ofMillis(Math.max(untilReset, MIN_WAIT.toMillis()) + jitter));
  }
}
