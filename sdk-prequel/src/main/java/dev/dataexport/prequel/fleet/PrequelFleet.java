package dev.dataexport.prequel.fleet;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.internal.PrequelProfile;
import dev.dataexport.prequel.internal.PrequelRequests;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One change applied to many Prequel destinations, as a {@link FleetOperation}. The input is
 * destination ids (each read with {@code get} first) or a query over the paged list ({@code GET
 * /destinations}, followed page by page as the run reaches it, so one page is in memory however
 * long the list). Each planned write is the exact {@code PATCH /destinations/{destination_id}} that
 * {@code destinations().update} builds, secrets masked, and apply sends it through that call, under
 * its retry rules (an update sets state, so it is safe to repeat).
 *
 * <pre>{@code
 * FleetResult result = PrequelFleet.of(prequel)
 *     .list(ListDestinationsRequest.builder().pageSize(100).build(), d -> d.frequencyMinutes().orElse(0) < 60)
 *     .update(DestinationUpdate.builder().frequencyMinutes(60).build())
 *     .build()
 *     .apply();
 * }</pre>
 *
 * <p>The operation builder comes with the client's clock and sleeper; Prequel sends no quota
 * headers, so the operation paces on its 429 answers. Immutable and thread-safe.
 */
public final class PrequelFleet {
  private final PrequelClient client;

  private PrequelFleet(PrequelClient client) {
    this.client = client;
  }

  /**
   * Fleet operations through {@code client}.
   *
   * @throws NullPointerException {@code client must not be null}
   */
  public static PrequelFleet of(PrequelClient client) {
    return new PrequelFleet(Checks.notNull("client", client));
  }

  /**
   * An operation over {@code destinationIds}, iterated afresh by each run; each destination is read
   * ({@code GET}, paced and counted like a write) before the change decides.
   */
  public Change<String, ApiResponse<Destination>> ids(Iterable<String> destinationIds) {
    return read(FleetOperation.over(destinationIds));
  }

  /** An operation over {@code destinationIds}, read lazily and consumed by one run. */
  public Change<String, ApiResponse<Destination>> ids(Stream<String> destinationIds) {
    return read(FleetOperation.over(destinationIds));
  }

  /**
   * An operation over every destination of the paged list that {@code request} starts; each run
   * lists from the first page again, and the change decides on each listed destination as it is.
   */
  public Change<Destination, Destination> list(ListDestinationsRequest request) {
    return list(request, destination -> true);
  }

  /**
   * An operation over the listed destinations that {@code where} keeps; pages are fetched only as
   * the run reaches them and none after the run stops, and nothing is read again per destination. A
   * failed page ends the run with {@code FleetResult.Stop.ERROR} and the typed exception as its
   * {@code stopCause()}.
   */
  public Change<Destination, Destination> list(
      ListDestinationsRequest request, Predicate<? super Destination> where) {
    Checks.notNull("request", request);
    Checks.notNull("where", where);
    FleetOperation.Builder<Destination, Destination> operation =
        FleetOperation.<Destination>listed(
                () ->
                    client.destinations().list(request).autoPager().stream()
                        .filter(where)
                        .iterator())
            .key(Destination::id);
    return new Change<>(client, operation, Destination::id, d -> d);
  }

  private Change<String, ApiResponse<Destination>> read(
      FleetOperation.Builder<String, String> operation) {
    return new Change<>(
        client,
        operation.read(id -> client.destinations().withRawResponse().get(id)),
        id -> id,
        ApiResponse::value);
  }

  /**
   * The second step: the update each destination should get. Not thread-safe.
   *
   * @param <I> the item type: an id or a listed {@link Destination}
   * @param <S> what the change decides on: the read's response, or the listed destination
   */
  public static final class Change<I, S> {
    private final PrequelClient client;
    private final FleetOperation.Builder<I, S> operation;
    private final Function<? super I, String> id;
    private final Function<? super S, Destination> current;

    private Change(
        PrequelClient client,
        FleetOperation.Builder<I, S> operation,
        Function<? super I, String> id,
        Function<? super S, Destination> current) {
      this.client = client;
      this.operation = operation;
      this.id = id;
      this.current = current;
    }

    /**
     * The change: a partial update for each current destination, or {@code Optional.empty()} when
     * it needs none (the item ends {@code UNCHANGED}, nothing sent). It runs on worker threads (so
     * it must be thread-safe) and for a plan too (so it must not send anything).
     *
     * @return the operation's builder, preconfigured; set the journal, failure policy, progress and
     *     concurrency on it, then {@code build()}
     */
    public FleetOperation.Builder<I, S> change(
        Function<? super Destination, Optional<DestinationUpdate>> change) {
      Checks.notNull("change", change);
      return operation
          .timing(client.options())
          .change(
              (item, state) -> {
                Optional<DestinationUpdate> update = change.apply(current.apply(state));
                if (update == null) {
                  throw new NullPointerException(
                      "the change must not return null; return Optional.empty() when nothing"
                          + " changes");
                }
                return update.isPresent()
                    ? write(client, id.apply(item), update.get())
                    : FleetWrite.none();
              });
    }

    /** A fixed update for every destination, sent to each. */
    public FleetOperation.Builder<I, S> update(DestinationUpdate update) {
      Checks.notNull("update", update);
      return change(destination -> Optional.of(update));
    }
  }

  /**
   * The write of one destination: the request the single call builds (so the plan is what apply
   * sends), and that call to send it.
   */
  private static FleetWrite write(
      PrequelClient client, String destinationId, DestinationUpdate update) {
    return FleetWrite.of(
        PlannedRequest.of(
            PrequelRequests.updateDestination(destinationId, update),
            PrequelProfile.SENSITIVE_FIELDS),
        () -> client.destinations().withRawResponse().update(destinationId, update));
  }
}
