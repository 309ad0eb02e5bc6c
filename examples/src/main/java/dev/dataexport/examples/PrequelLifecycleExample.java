package dev.dataexport.examples;

import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.ConnectionTest;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.NewDestination;
import dev.dataexport.prequel.Page;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.StartTransferRequest;
import dev.dataexport.prequel.Transfer;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.testkit.FakePrequelServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Walks a Prequel destination's whole lifecycle for a new recipient: test the configuration, create
 * the destination, test its connection, list destinations page by page, start a transfer and wait
 * for it, delete the destination; it prints each call it makes. Offline by default, against {@link
 * FakePrequel}. Because it creates and deletes, it calls the real API only when both {@code
 * PREQUEL_API_KEY} and {@code DATAEXPORT_EXAMPLES_WRITE=1} are set (with the key alone it says so
 * and does nothing), and then takes what it needs from the variables of {@link #USAGE}. The
 * password is never printed.
 */
public final class PrequelLifecycleExample {
  /** The variable that allows examples to create and delete on a real API. */
  static final String WRITE_ENV = "DATAEXPORT_EXAMPLES_WRITE";

  static final String USAGE =
      "usage: with PREQUEL_API_KEY and DATAEXPORT_EXAMPLES_WRITE=1 set, set PREQUEL_RECIPIENT_ID, "
          + "PREQUEL_DB_HOST, PREQUEL_DB_DATABASE, PREQUEL_DB_SCHEMA, PREQUEL_DB_USERNAME and "
          + "PREQUEL_DB_PASSWORD (optional: PREQUEL_BASE_URL, PREQUEL_DB_PORT default 5432, "
          + "PREQUEL_DESTINATION_NAME default dataexport-example-<recipient>); the example creates "
          + "that destination, transfers once and deletes it";

  /** How long the example waits for its transfer. */
  static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(30);

  private static final List<String> REQUIRED =
      List.of(
          "PREQUEL_RECIPIENT_ID",
          "PREQUEL_DB_HOST",
          "PREQUEL_DB_DATABASE",
          "PREQUEL_DB_SCHEMA",
          "PREQUEL_DB_USERNAME",
          "PREQUEL_DB_PASSWORD");

  private PrequelLifecycleExample() {}

  /** Runs the example with the process environment; exits with status 2 on a usage error. */
  public static void main(String[] args) {
    try {
      run(System.getenv(), System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the example.
   *
   * @throws IllegalArgumentException with {@link #USAGE} when real-API settings are missing
   */
  static void run(Map<String, String> env, PrintStream out) {
    if (!isSet(env, PrequelClient.API_KEY_ENV)) {
      runOffline(out);
    } else if (!"1".equals(env.get(WRITE_ENV))) {
      out.println(
          "Prequel lifecycle example: skipped. It creates and deletes a destination, so against the"
              + " real API it runs only with "
              + WRITE_ENV
              + "=1 set as well.");
    } else {
      runAgainstPrequel(env, out);
    }
  }

  private static void runOffline(PrintStream out) {
    try (FakePrequelServer fake = new FakePrequelServer()) {
      fake.start();
      out.println(
          "Prequel lifecycle example: offline against FakePrequel at "
              + fake.baseUrl()
              + " (set PREQUEL_API_KEY and "
              + WRITE_ENV
              + "=1 to use the real API)");
      for (String existing : List.of("dst_globex", "dst_initech", "dst_umbrella")) {
        fake.addDestination(existing, "postgres", null);
      }
      try (PrequelClient prequel = fake.client()) {
        PostgresConfig postgres =
            postgres(
                "db.acme.example",
                5432,
                "analytics",
                "export",
                "exporter",
                Secret.of("demo-password"));
        walk(
            prequel,
            newDestination("acme-warehouse", "rcp_acme", postgres, List.of("accounts", "invoices")),
            out);
      }
    }
  }

  private static void runAgainstPrequel(Map<String, String> env, PrintStream out) {
    if (!REQUIRED.stream().allMatch(name -> isSet(env, name))) {
      throw new IllegalArgumentException(USAGE);
    }
    int port;
    try {
      port = Integer.parseInt(env.getOrDefault("PREQUEL_DB_PORT", "5432").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PREQUEL_DB_PORT must be a port number; " + USAGE, e);
    }
    String recipient = env.get("PREQUEL_RECIPIENT_ID").strip();
    String name = env.getOrDefault("PREQUEL_DESTINATION_NAME", "dataexport-example-" + recipient);
    NewDestination destination =
        newDestination(
            name,
            recipient,
            postgres(
                env.get("PREQUEL_DB_HOST").strip(),
                port,
                env.get("PREQUEL_DB_DATABASE").strip(),
                env.get("PREQUEL_DB_SCHEMA").strip(),
                env.get("PREQUEL_DB_USERNAME").strip(),
                Secret.of(env.get("PREQUEL_DB_PASSWORD"))),
            List.of()); // Prequel's default models
    try (PrequelClient prequel = PrequelClient.fromEnv(env)) {
      out.println(
          "Prequel lifecycle example: using the REAL Prequel API at "
              + prequel.options().baseUrl()
              + " ("
              + WRITE_ENV
              + "=1: it creates and deletes '"
              + name
              + "')");
      walk(prequel, destination, out);
    }
  }

  /** The lifecycle itself: the same calls offline and against the real API. */
  private static void walk(PrequelClient prequel, NewDestination destination, PrintStream out) {
    ConnectionTest check = prequel.destinations().test(destination);
    out.println("POST /test-destination: " + verdict(check));
    if (!check.passed()) {
      out.println("The configuration does not connect; nothing was created.");
      return;
    }

    Destination created = prequel.destinations().create(destination);
    String id = created.id();
    out.println("POST /destinations: created " + id + " for " + created.recipientId().orElse("?"));
    try {
      out.println(
          "POST /destinations/"
              + id
              + "/test-connection: "
              + verdict(prequel.destinations().testConnection(id)));

      Page<Destination> page =
          prequel.destinations().list(ListDestinationsRequest.builder().pageSize(2).build());
      for (int number = 1; ; number++) {
        out.println(
            "GET /destinations page "
                + number
                + ": "
                + page.items().stream().map(Destination::id).collect(Collectors.joining(", "))
                + (page.hasNext() ? " (more follow)" : " (last page)"));
        if (!page.hasNext()) {
          break;
        }
        page = page.nextPage();
      }

      String transferId =
          prequel
              .transfers()
              .start(id, StartTransferRequest.builder().putTags("reason", "example").build());
      out.println("POST /destinations/" + id + "/transfer: started " + transferId);
      Transfer done = prequel.transfers().awaitFinalStatus(transferId, TRANSFER_TIMEOUT);
      out.println(
          "GET /transfers/"
              + transferId
              + " until final: "
              + done.status().map(Object::toString).orElse("?")
              + ", "
              + (done.rowsTransferred().isPresent() ? done.rowsTransferred().getAsLong() : 0)
              + " rows");
    } finally {
      // the example cleans up even when a step fails
      DeleteResult deleted = prequel.destinations().delete(id);
      out.println(
          "DELETE /destinations/"
              + id
              + ": deleted"
              + (deleted.wasGoneOnRetry() ? " (already gone on a retry)" : ""));
    }
  }

  private static NewDestination newDestination(
      String name, String recipientId, PostgresConfig postgres, List<String> models) {
    return NewDestination.builder()
        .name(name)
        .recipientId(recipientId)
        .vendor(postgres)
        .addAllEnabledModels(models)
        .build();
  }

  private static PostgresConfig postgres(
      String host, int port, String database, String schema, String username, Secret password) {
    return PostgresConfig.builder()
        .host(host)
        .port(port)
        .database(database)
        .schema(schema)
        .passwordAuth(username, password)
        .build();
  }

  private static String verdict(ConnectionTest test) {
    return (test.passed() ? "passed" : "failed (" + test.status() + ")")
        + test.message().map(message -> ": " + message).orElse("");
  }

  private static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }
}
