package dev.dataexport.launchdarkly.fleet;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.fleet.QuotaReader;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.LaunchDarklyRateLimit;
import dev.dataexport.launchdarkly.internal.LaunchDarklyClientAccess;
import dev.dataexport.launchdarkly.internal.LaunchDarklyProfile;
import dev.dataexport.launchdarkly.internal.LaunchDarklyRequests;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One change applied to many LaunchDarkly destinations, as a {@link FleetOperation}. The input is
 * destination keys (each read with {@code get} first) or the account's list narrowed by a {@link
 * DestinationFilter} (project, environment, kind; listed once per run, nothing read again). The
 * change is a {@link DestinationChange} per destination, planned as exactly the JSON Patch the safe
 * {@code destinations().update} would send (what differs, guarded by {@code test /version}, so safe
 * to repeat), or a JSON Patch of your own; apply sends it with {@code destinations().patch}, under
 * that call's retry rules. A guarded patch that loses a race to another writer fails its item
 * ({@code ApiException.Conflict}, or a 400/422 of the failed test); a later run re-reads it.
 *
 * <pre>{@code
 * FleetResult result = LaunchDarklyFleet.of(ld)
 *     .list(DestinationFilter.all().project("proj").environment("production").kind(DestinationKind.KINESIS))
 *     .change(DestinationChange.builder().on(false).comment("migration").build())
 *     .build()
 *     .apply();
 * }</pre>
 *
 * <p>The operation builder comes with the client's clock and sleeper and with {@link #QUOTA}, so
 * every worker waits for the window's reset together when a response says no call is left.
 * Immutable and thread-safe.
 */
public final class LaunchDarklyFleet {
  /**
   * Reads {@code X-Ratelimit-Global-Remaining} and {@code X-Ratelimit-Route-Remaining} (the smaller
   * counts) and {@code X-Ratelimit-Reset}; set on every operation this class builds.
   */
  public static final QuotaReader QUOTA =
      QuotaReader.remainingAndResetMillis(
          LaunchDarklyRateLimit.RESET,
          LaunchDarklyRateLimit.GLOBAL_REMAINING,
          LaunchDarklyRateLimit.ROUTE_REMAINING);

  private final LaunchDarklyClient client;

  private LaunchDarklyFleet(LaunchDarklyClient client) {
    this.client = client;
  }

  /**
   * Fleet operations through {@code client}.
   *
   * @throws NullPointerException {@code client must not be null}
   */
  public static LaunchDarklyFleet of(LaunchDarklyClient client) {
    return new LaunchDarklyFleet(Checks.notNull("client", client));
  }

  /**
   * An operation over {@code keys}, iterated afresh by each run; each destination is read ({@code
   * GET}, paced and counted like a write) before the change decides.
   */
  public Change<DestinationKey, ApiResponse<Destination>> keys(Iterable<DestinationKey> keys) {
    return read(FleetOperation.over(keys));
  }

  /** An operation over {@code keys}, read lazily and consumed by one run. */
  public Change<DestinationKey, ApiResponse<Destination>> keys(Stream<DestinationKey> keys) {
    return read(FleetOperation.over(keys));
  }

  /**
   * An operation over the destinations {@code filter} keeps of the account's list ({@code GET
   * /api/v2/destinations}, which LaunchDarkly does not page): each run lists once, when it starts,
   * and the change decides on each listed destination as it is, without another read. A listed
   * destination without a {@code self} link cannot be addressed and fails. A failed list call ends
   * the run with {@code FleetResult.Stop.ERROR} and the typed exception as its {@code stopCause()}.
   */
  public Change<Destination, Destination> list(DestinationFilter filter) {
    Checks.notNull("filter", filter);
    FleetOperation.Builder<Destination, Destination> operation =
        FleetOperation.<Destination>listed(
                () -> client.destinations().list().filter(filter).iterator())
            .key(LaunchDarklyFleet::journalKey);
    return new Change<>(client, operation, LaunchDarklyFleet::keyOf, destination -> destination);
  }

  private Change<DestinationKey, ApiResponse<Destination>> read(
      FleetOperation.Builder<DestinationKey, DestinationKey> operation) {
    return new Change<>(
        client,
        operation.read(key -> client.destinations().withRawResponse().get(key)),
        key -> key,
        ApiResponse::value);
  }

  private static String journalKey(Destination destination) {
    return destination.key().map(DestinationKey::toString).orElse(destination.id().orElse("?"));
  }

  private static DestinationKey keyOf(Destination destination) {
    return destination
        .key()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "destination "
                        + destination.id().orElse("?")
                        + " was listed without a self link, so its project and environment are"
                        + " unknown; give its DestinationKey instead"));
  }

  /**
   * The second step: what each destination should become. Not thread-safe.
   *
   * @param <I> the item type: a {@link DestinationKey} or a listed {@link Destination}
   * @param <S> what the change decides on: the read's response, or the listed destination
   */
  public static final class Change<I, S> {
    private final LaunchDarklyClient client;
    private final FleetOperation.Builder<I, S> operation;
    private final Function<? super I, DestinationKey> key;
    private final Function<? super S, Destination> current;

    private Change(
        LaunchDarklyClient client,
        FleetOperation.Builder<I, S> operation,
        Function<? super I, DestinationKey> key,
        Function<? super S, Destination> current) {
      this.client = client;
      this.operation = operation;
      this.key = key;
      this.current = current;
    }

    /**
     * The change: a {@link DestinationChange} for each current destination, or {@code
     * Optional.empty()}; a change that differs in nothing also leaves the item {@code UNCHANGED}.
     * It runs on worker threads (so it must be thread-safe) and for a plan too (so it must not send
     * anything).
     *
     * @return the operation's builder, preconfigured; set the journal, failure policy, progress and
     *     concurrency on it, then {@code build()}
     */
    public FleetOperation.Builder<I, S> change(
        Function<? super Destination, Optional<DestinationChange>> change) {
      Checks.notNull("change", change);
      return patch(
          destination ->
              answered(change.apply(destination))
                  .map(wanted -> LaunchDarklyClientAccess.guardedPatch(destination, wanted)));
    }

    /** A fixed change for every destination: {@code change(destination -> Optional.of(change))}. */
    public FleetOperation.Builder<I, S> change(DestinationChange change) {
      Checks.notNull("change", change);
      return change(destination -> Optional.of(change));
    }

    /**
     * A JSON Patch of your own for each current destination, sent as given, or {@code
     * Optional.empty()} (or an empty patch) for nothing to change. Unless it is guarded with {@code
     * test("/version", v)} it is retried only where it cannot have reached LaunchDarkly.
     */
    public FleetOperation.Builder<I, S> patch(
        Function<? super Destination, Optional<JsonPatch>> patch) {
      Checks.notNull("patch", patch);
      return operation
          .timing(client.options())
          .quota(QUOTA)
          .change(
              (item, state) -> {
                Optional<JsonPatch> chosen = answered(patch.apply(current.apply(state)));
                if (chosen.isEmpty() || chosen.get().isEmpty()) {
                  return FleetWrite.none();
                }
                return write(client, key.apply(item), chosen.get());
              });
    }

    private static <T> Optional<T> answered(Optional<T> answer) {
      if (answer == null) {
        throw new NullPointerException(
            "the change must not return null; return Optional.empty() when nothing changes");
      }
      return answer;
    }
  }

  /**
   * The write of one destination: the request the single call builds (so the plan is what apply
   * sends), and that call to send it.
   */
  private static FleetWrite write(LaunchDarklyClient client, DestinationKey key, JsonPatch patch) {
    return FleetWrite.of(
        PlannedRequest.of(
            LaunchDarklyRequests.patch(key, patch), LaunchDarklyProfile.SENSITIVE_FIELDS),
        () -> client.destinations().withRawResponse().patch(key, patch));
  }
}
