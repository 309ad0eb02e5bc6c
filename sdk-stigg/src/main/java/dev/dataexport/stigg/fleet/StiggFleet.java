package dev.dataexport.stigg.fleet;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.stigg.internal.StiggClientAccess;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One selection change applied to many Stigg destinations, as a {@link FleetOperation}. Stigg has
 * no list or read call, so the input is destination ids, or a {@link DestinationList} that a
 * previous call returned (every call that changes a destination returns the integration's list).
 * Each planned write is the exact {@code PATCH /api/v1/data-export/destinations/{destinationId}}
 * that {@code destinations().updateSelection} builds, and apply sends it through that call, so it
 * keeps the call's retry rules (the update sets state, so it is safe to repeat).
 *
 * <pre>{@code
 * FleetResult result = StiggFleet.of(stigg)
 *     .ids(destinationIds)
 *     .update(selection)                       // or .change(id -> Optional.of(...))
 *     .journal(journal)
 *     .build()
 *     .apply();
 * }</pre>
 *
 * <p>The operation builder comes with the client's clock and sleeper ({@code timing}); everything
 * else (concurrency, failure policy, journal, progress) keeps the defaults of {@link
 * FleetOperation.Builder}. Immutable and thread-safe.
 */
public final class StiggFleet {
  private final StiggClient client;

  private StiggFleet(StiggClient client) {
    this.client = client;
  }

  /**
   * Fleet operations through {@code client}.
   *
   * @throws NullPointerException {@code client must not be null}
   */
  public static StiggFleet of(StiggClient client) {
    return new StiggFleet(Checks.notNull("client", client));
  }

  /**
   * An operation over {@code destinationIds}, iterated afresh by each run (a collection's size is
   * the progress total); an id is its item's journal key.
   */
  public Selection<String> ids(Iterable<String> destinationIds) {
    return new Selection<>(this, FleetOperation.over(destinationIds), id -> id, Optional.empty());
  }

  /** An operation over {@code destinationIds}, read lazily and consumed by one run. */
  public Selection<String> ids(Stream<String> destinationIds) {
    return new Selection<>(this, FleetOperation.over(destinationIds), id -> id, Optional.empty());
  }

  /**
   * An operation over the destinations of {@code list} (as a previous call returned it), in its
   * order; each destination's id is its journal key, and a fixed {@link Selection#update} leaves a
   * destination unchanged when it already exports exactly those models.
   */
  public Selection<Destination> destinations(DestinationList list) {
    Checks.notNull("list", list);
    FleetOperation.Builder<Destination, Destination> operation =
        FleetOperation.over(list.destinations()).key(Destination::destinationId);
    return new Selection<>(
        this, operation, Destination::destinationId, Optional.of(Destination::enabledModels));
  }

  /**
   * The second step: the selection each destination should get. Not thread-safe.
   *
   * @param <I> the item type: an id or a listed {@link Destination}
   */
  public static final class Selection<I> {
    private final StiggFleet fleet;
    private final FleetOperation.Builder<I, I> operation;
    private final Function<? super I, String> id;
    private final Optional<Function<? super I, Optional<List<String>>>> models;

    private Selection(
        StiggFleet fleet,
        FleetOperation.Builder<I, I> operation,
        Function<? super I, String> id,
        Optional<Function<? super I, Optional<List<String>>>> models) {
      this.fleet = fleet;
      this.operation = operation;
      this.id = id;
      this.models = models;
    }

    /**
     * The change: the selection update for each item, or {@code Optional.empty()} when it needs
     * none (the item ends {@code UNCHANGED}, nothing sent). Called from worker threads, so it must
     * be thread-safe; it also runs for a plan, so it must not send anything itself.
     *
     * @return the operation's builder, preconfigured; set the journal, failure policy, progress and
     *     concurrency on it, then {@code build()}
     */
    public FleetOperation.Builder<I, I> change(
        Function<? super I, Optional<UpdateSelectionRequest>> change) {
      Checks.notNull("change", change);
      StiggClient client = fleet.client;
      return operation
          .timing(client.options())
          .change(
              (item, same) -> {
                Optional<UpdateSelectionRequest> update = change.apply(item);
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

    /**
     * A fixed change: {@code selection} for every item; over a {@link DestinationList}, a
     * destination that already exports exactly these models (in any order) is left unchanged.
     */
    public FleetOperation.Builder<I, I> update(UpdateSelectionRequest selection) {
      Checks.notNull("selection", selection);
      return change(
          item -> alreadySelected(item, selection) ? Optional.empty() : Optional.of(selection));
    }

    private boolean alreadySelected(I item, UpdateSelectionRequest selection) {
      if (models.isEmpty()) {
        return false;
      }
      Optional<List<String>> current = models.get().apply(item);
      return current.isPresent()
          && new HashSet<>(current.get()).equals(new HashSet<>(selection.enabledModels()));
    }
  }

  /**
   * The write of one destination: the request the single call builds (so the plan is what apply
   * sends), and that call to send it.
   */
  private static FleetWrite write(
      StiggClient client, String destinationId, UpdateSelectionRequest update) {
    PlannedRequest planned =
        PlannedRequest.of(
            StiggClientAccess.updateSelection(
                client, destinationId, update, RequestOptions.none()));
    return FleetWrite.of(
        planned,
        () ->
            client
                .destinations()
                .withRawResponse()
                .updateSelection(destinationId, update, RequestOptions.none()));
  }
}
