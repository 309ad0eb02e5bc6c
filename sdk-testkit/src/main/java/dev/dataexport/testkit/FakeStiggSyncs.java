package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transfers a {@link FakeStigg} started: each is PENDING, then RUNNING, then SUCCEEDED (or
 * FAILED, when the test asked for it) as the fake's clock passes the configured durations; a
 * destination's {@code lastSyncStatus} is its latest transfer, as of the clock's now. Guarded by
 * the fake's lock.
 */
final class FakeStiggSyncs {
  /** Rows a successful fake transfer reports. */
  static final long ROWS = 1284;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Clock clock;
  private final Map<String, List<Transfer>> byDestination = new LinkedHashMap<>();
  private Duration pending = Duration.ofSeconds(1);
  private Duration running = Duration.ofSeconds(4);
  private String nextFailure;
  private int started;

  FakeStiggSyncs(Clock clock) {
    this.clock = clock;
  }

  void durations(Duration pending, Duration running) {
    this.pending = pending;
    this.running = running;
  }

  void failNext(String failureMessage) {
    this.nextFailure = failureMessage;
  }

  /** Whether the destination's latest transfer has not finished yet. */
  boolean inProgress(String destinationId) {
    List<Transfer> transfers = byDestination.get(destinationId);
    if (transfers == null || transfers.isEmpty()) {
      return false;
    }
    String status = transfers.get(transfers.size() - 1).status(clock.instant());
    return status.equals("PENDING") || status.equals("RUNNING");
  }

  /** Starts a transfer of the destination now and returns its id. */
  String start(String destinationId) {
    started++;
    String id = "transfer_fake_" + started;
    byDestination
        .computeIfAbsent(destinationId, key -> new ArrayList<>())
        .add(new Transfer(id, clock.instant(), pending, running, nextFailure));
    nextFailure = null;
    return id;
  }

  /** The ids of every transfer of the destination, oldest first. */
  List<String> transferIds(String destinationId) {
    List<String> ids = new ArrayList<>();
    byDestination.getOrDefault(destinationId, List.of()).forEach(t -> ids.add(t.id));
    return List.copyOf(ids);
  }

  /** How many transfers were started, for every destination. */
  int count() {
    return started;
  }

  /** Sets the destination's {@code lastSyncStatus} from its latest transfer, if it had one. */
  ObjectNode render(ObjectNode destination) {
    String id = destination.path("destinationId").asText();
    List<Transfer> transfers = byDestination.get(id);
    if (transfers != null && !transfers.isEmpty()) {
      destination.set("lastSyncStatus", transfers.get(transfers.size() - 1).json(clock.instant()));
    }
    return destination;
  }

  /** Forgets the destination's transfers (it was deleted). */
  void forget(String destinationId) {
    byDestination.remove(destinationId);
  }

  Optional<String> latest(String destinationId) {
    List<String> ids = transferIds(destinationId);
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
  }

  private static final class Transfer {
    final String id;
    final Instant runsAt;
    final Instant endsAt;
    final String failure;

    Transfer(String id, Instant startedAt, Duration pending, Duration running, String failure) {
      this.id = id;
      this.runsAt = startedAt.plus(pending);
      this.endsAt = runsAt.plus(running);
      this.failure = failure;
    }

    String status(Instant now) {
      if (now.isBefore(runsAt)) {
        return "PENDING";
      }
      if (now.isBefore(endsAt)) {
        return "RUNNING";
      }
      return failure == null ? "SUCCEEDED" : "FAILED";
    }

    ObjectNode json(Instant now) {
      ObjectNode json = NODES.objectNode();
      json.put("transferId", id);
      String status = status(now);
      json.put("status", status);
      if (status.equals("SUCCEEDED")) {
        json.put("finishedAt", endsAt.toString());
        json.put("rowsTransferred", ROWS);
      } else if (status.equals("FAILED")) {
        json.put("finishedAt", endsAt.toString());
        json.put("blamedParty", "customer");
        json.put("failureMessage", failure);
      }
      return json;
    }
  }
}
