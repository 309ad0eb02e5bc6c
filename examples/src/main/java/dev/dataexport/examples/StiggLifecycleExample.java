package dev.dataexport.examples;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.stigg.CreateDestinationRequest;
import dev.dataexport.stigg.DestinationDeletion;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.LastSyncStatus;
import dev.dataexport.stigg.ModelCatalog;
import dev.dataexport.stigg.ScopedToken;
import dev.dataexport.stigg.ScopedTokenRequest;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.StiggRequestOptions;
import dev.dataexport.stigg.SyncResult;
import dev.dataexport.stigg.SyncStatus;
import dev.dataexport.stigg.TriggerSyncRequest;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStiggServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks a Stigg destination's whole lifecycle: list the models, create a destination, select
 * models, trigger a sync and wait for it, mint a scoped token, delete the destination. Offline
 * against {@link FakeStiggServer} by default, waiting on the fake's clock. With {@code
 * STIGG_API_KEY} set it talks to the real API only when {@code DATAEXPORT_EXAMPLES_WRITE=1} is set
 * as well, since it creates and deletes; it then takes its ids from the variables of {@link
 * #USAGE}.
 */
public final class StiggLifecycleExample {
  /** Must be {@code 1} for the example to write to a real account. */
  static final String WRITE_ENV = "DATAEXPORT_EXAMPLES_WRITE";

  static final String USAGE =
      "usage with STIGG_API_KEY and DATAEXPORT_EXAMPLES_WRITE=1 set: StiggLifecycleExample, with"
          + "\n  STIGG_DESTINATION_ID      the destination to create, sync and delete (required)"
          + "\n  STIGG_INTEGRATION_ID      the DATA_EXPORT integration it joins (required)"
          + "\n  STIGG_DESTINATION_TYPE    its warehouse type (default snowflake)"
          + "\n  STIGG_ENABLED_MODELS      models to select, comma-separated (default: the catalog's first two)"
          + "\n  STIGG_APPLICATION_ORIGIN  mints a scoped token for this origin when set"
          + "\n  STIGG_SYNC_WAIT_SECONDS   how long to wait for the sync (default 60)";

  private StiggLifecycleExample() {}

  /** Runs the example with the process environment; exits with status 2 on a usage error. */
  public static void main(String[] args) {
    try {
      run(System.getenv(), System.out);
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the example: offline when {@code env} has no {@code STIGG_API_KEY}; against the real API
   * only with {@code DATAEXPORT_EXAMPLES_WRITE=1} (else it says so and returns).
   *
   * @throws IllegalArgumentException with the usage text when real mode lacks a required id
   */
  static void run(Map<String, String> env, PrintStream out) {
    String key = env.get(StiggClient.API_KEY_ENV);
    if (key == null || key.isEmpty()) {
      runOffline(out);
      return;
    }
    if (!"1".equals(env.get(WRITE_ENV))) {
      out.println(
          "Stigg lifecycle: STIGG_API_KEY is set but "
              + WRITE_ENV
              + " is not 1; this example creates and deletes a destination, so it sends nothing."
              + " Set "
              + WRITE_ENV
              + "=1 to run it against the real API.");
      return;
    }
    Plan plan =
        new Plan(
            required(env, "STIGG_DESTINATION_ID"),
            required(env, "STIGG_INTEGRATION_ID"),
            DestinationType.of(env.getOrDefault("STIGG_DESTINATION_TYPE", "snowflake")),
            models(env.get("STIGG_ENABLED_MODELS")),
            Optional.ofNullable(env.get("STIGG_APPLICATION_ORIGIN")).filter(o -> !o.isBlank()),
            Duration.ofSeconds(Long.parseLong(env.getOrDefault("STIGG_SYNC_WAIT_SECONDS", "60"))),
            Duration.ofSeconds(10)); // each look is a call: not too often against a real account
    try (StiggClient stigg = StiggClient.fromEnv(env)) {
      out.println(
          "Stigg lifecycle: using the REAL API at "
              + stigg.options().baseUrl()
              + " (STIGG_API_KEY and "
              + WRITE_ENV
              + "=1 are set)");
      walk(stigg, plan, StiggLifecycleExample::sleep, out);
    }
  }

  private static void runOffline(PrintStream out) {
    try (FakeStiggServer fake = new FakeStiggServer()) {
      out.println(
          "Stigg lifecycle: offline against FakeStigg at "
              + fake.baseUrl()
              + " (set STIGG_API_KEY and "
              + WRITE_ENV
              + "=1 to call the real API)");
      Plan plan =
          new Plan(
              "dst_demo_lifecycle",
              FakeStiggServer.DEFAULT_INTEGRATION_ID,
              DestinationType.SNOWFLAKE,
              List.of(),
              Optional.of("https://app.example.com"),
              Duration.ofSeconds(60),
              Duration.ofSeconds(1));
      walk(fake.client(), plan, wait -> fake.clock().advance(wait), out);
    }
  }

  /** What to create and how long to wait; empty models mean the catalog's first two. */
  private record Plan(
      String destinationId,
      String integrationId,
      DestinationType type,
      List<String> models,
      Optional<String> applicationOrigin,
      Duration syncWait,
      Duration poll) {}

  private static void walk(StiggClient stigg, Plan plan, Consumer<Duration> wait, PrintStream out) {
    ModelCatalog catalog = stigg.models().list();
    out.println(
        "GET /api/v1/data-export/models: "
            + catalog.groups().size()
            + " groups, models "
            + String.join(", ", catalog.modelIds()));

    CreateDestinationRequest create =
        CreateDestinationRequest.builder()
            .destinationId(plan.destinationId())
            .destinationType(plan.type())
            .build();
    DestinationList created = stigg.destinations().create(create);
    out.println(
        "POST /api/v1/data-export/destinations: created "
            + plan.destinationId()
            + " ("
            + plan.type()
            + ", full catalog); the integration has "
            + created.destinations().size()
            + " destination(s)");

    List<String> models =
        plan.models().isEmpty()
            ? catalog.modelIds().subList(0, Math.min(2, catalog.modelIds().size()))
            : plan.models();
    RequestOptions checked = StiggRequestOptions.builder().checkModelsAgainst(catalog).build();
    stigg
        .destinations()
        .updateSelection(
            plan.destinationId(),
            UpdateSelectionRequest.builder()
                .integrationId(plan.integrationId())
                .enabledModels(models)
                .build(),
            checked);
    out.println(
        "PATCH /api/v1/data-export/destinations/"
            + plan.destinationId()
            + ": selected "
            + String.join(", ", models));

    SyncResult sync =
        stigg
            .syncs()
            .trigger(TriggerSyncRequest.destination(plan.destinationId()))
            .find(plan.destinationId())
            .orElseThrow();
    out.println(
        "POST /api/v1/data-export/sync (with a generated Idempotency-Key): "
            + (sync.triggered()
                ? "started transfer " + sync.transferId().orElse("(no id)")
                : "not started: " + sync.errorMessage().orElse("(no reason given)")));
    if (sync.triggered()) {
      awaitSync(stigg, create, plan, wait, out);
    }

    if (plan.applicationOrigin().isPresent()) {
      ScopedToken token =
          stigg
              .scopedTokens()
              .create(
                  ScopedTokenRequest.builder()
                      .applicationOrigin(plan.applicationOrigin().get())
                      .destinationType(plan.type())
                      .build());
      out.println(
          "POST /api/v1/data-export/scoped-token: token "
              + token.token()
              + " for "
              + plan.applicationOrigin().get()
              + ", expires "
              + token.expiresAt());
    }

    DestinationDeletion deletion = stigg.destinations().delete(plan.destinationId());
    out.println(
        "DELETE /api/v1/data-export/destinations/"
            + plan.destinationId()
            + ": "
            + (deletion.wasGoneOnRetry()
                ? "already gone when a retry reached Stigg"
                : "deleted; "
                    + deletion.destinations().orElseThrow().destinations().size()
                    + " destination(s) left"));
  }

  /**
   * Stigg has no read endpoint: repeating the create (idempotent on the id, so it changes nothing)
   * returns the list with the destination's latest sync.
   */
  private static void awaitSync(
      StiggClient stigg,
      CreateDestinationRequest create,
      Plan plan,
      Consumer<Duration> wait,
      PrintStream out) {
    Duration waited = Duration.ZERO;
    while (true) {
      Optional<LastSyncStatus> last =
          stigg
              .destinations()
              .create(create)
              .find(plan.destinationId())
              .flatMap(destination -> destination.lastSyncStatus());
      String status = last.map(s -> s.status().value()).orElse("not reported yet");
      out.println(
          "POST /api/v1/data-export/destinations (repeated, to read the state) after "
              + waited.toSeconds()
              + " s: "
              + status);
      boolean finished =
          last.isPresent()
              && !last.get().status().equals(SyncStatus.PENDING)
              && !last.get().status().equals(SyncStatus.RUNNING);
      if (finished || waited.compareTo(plan.syncWait()) >= 0) {
        last.filter(s -> s.status().equals(SyncStatus.SUCCEEDED))
            .ifPresent(
                s ->
                    out.println(
                        "  transfer "
                            + s.transferId()
                            + " moved "
                            + (s.rowsTransferred().isPresent()
                                ? s.rowsTransferred().getAsLong() + " rows"
                                : "an unreported number of rows")));
        return;
      }
      wait.accept(plan.poll());
      waited = waited.plus(plan.poll());
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the sync", e);
    }
  }

  private static String required(Map<String, String> env, String variable) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing " + variable + "\n" + USAGE);
    }
    return value;
  }

  private static List<String> models(String variable) {
    List<String> models = new ArrayList<>();
    if (variable != null) {
      for (String model : variable.split(",")) {
        if (!model.isBlank()) {
          models.add(model.strip());
        }
      }
    }
    return models;
  }
}
