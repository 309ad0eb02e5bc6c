package dev.dataexport.testkit;

import dev.dataexport.core.spi.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A rate limit a fake enforces ({@link FakeServer#rateLimit}): a token bucket that holds {@link
 * #burst()} requests (default: {@code requests}) and refills at {@code requests} per {@code per},
 * one bucket per route ({@link #perRoute}: method and path pattern, such as {@code PATCH
 * /destinations/{id}}) or per credential ({@link #perKey}: the API key or token sent). Time is the
 * fake's own clock unless {@link #clock(Clock)} gives another, so a test advances it instead of
 * sleeping; a benchmark against real time passes {@code Clock.systemUTC()}. Immutable.
 *
 * <pre>{@code
 * stigg.rateLimit(RateLimit.perKey(50, Duration.ofSeconds(1)));   // 429 + Retry-After beyond it
 * }</pre>
 */
public final class RateLimit {
  /** What one bucket counts. */
  public enum Scope {
    /** One bucket per route: method and path pattern. */
    ROUTE,
    /** One bucket per credential: every route of one API key or token together. */
    KEY
  }

  private final Scope scope;
  private final int requests;
  private final Duration per;
  private final int burst;
  private final Clock clock;

  private RateLimit(Scope scope, int requests, Duration per, int burst, Clock clock) {
    this.scope = scope;
    this.requests = requests;
    this.per = per;
    this.burst = burst;
    this.clock = clock;
  }

  /** {@code requests} per {@code per} for each route (LaunchDarkly's route limit). */
  public static RateLimit perRoute(int requests, Duration per) {
    return of(Scope.ROUTE, requests, per);
  }

  /** {@code requests} per {@code per} for each credential (LaunchDarkly's global limit). */
  public static RateLimit perKey(int requests, Duration per) {
    return of(Scope.KEY, requests, per);
  }

  private static RateLimit of(Scope scope, int requests, Duration per) {
    Checks.atLeast("requests", requests, 1);
    Checks.positive("per", per);
    return new RateLimit(scope, requests, per, requests, null);
  }

  /** The same limit with a bucket of {@code tokens} requests (the burst a full bucket allows). */
  public RateLimit burst(int tokens) {
    Checks.atLeast("burst", tokens, 1);
    return new RateLimit(scope, requests, per, tokens, clock);
  }

  /** The same limit on {@code clock} instead of the fake's own clock. */
  public RateLimit clock(Clock clock) {
    return new RateLimit(scope, requests, per, burst, Checks.notNull("clock", clock));
  }

  /** What one bucket counts. */
  public Scope scope() {
    return scope;
  }

  /** The requests the bucket refills per {@link #per()}. */
  public int requests() {
    return requests;
  }

  /** The period {@link #requests()} refill over. */
  public Duration per() {
    return per;
  }

  /** The requests a full bucket holds. */
  public int burst() {
    return burst;
  }

  /** The clock of this limit, when not the fake's own. */
  public Optional<Clock> clock() {
    return Optional.ofNullable(clock);
  }

  /** For example {@code RateLimit{50 per PT1S per KEY, burst 50}}. */
  @Override
  public String toString() {
    return "RateLimit{" + requests + " per " + per + " per " + scope + ", burst " + burst + "}";
  }
}
