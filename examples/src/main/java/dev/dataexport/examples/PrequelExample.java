package dev.dataexport.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.testkit.FakePrequelServer;
import java.io.PrintStream;
import java.util.Map;

/**
 * Changes a Prequel postgres destination's schedule and password. Offline by default, against
 * {@link FakePrequelServer}; with {@code PREQUEL_API_KEY} set it calls the real API (optionally
 * {@code PREQUEL_BASE_URL}) and needs the destination id (first argument or {@code
 * PREQUEL_DESTINATION_ID}), {@code PREQUEL_DB_USERNAME} and {@code PREQUEL_NEW_PASSWORD}; {@code
 * PREQUEL_FREQUENCY_MINUTES} defaults to 15. The password is never printed.
 */
public final class PrequelExample {
  static final String USAGE =
      "usage: with PREQUEL_API_KEY set, give the destination id as the first argument or "
          + "PREQUEL_DESTINATION_ID, and set PREQUEL_DB_USERNAME and PREQUEL_NEW_PASSWORD "
          + "(optional: PREQUEL_BASE_URL, PREQUEL_FREQUENCY_MINUTES, default 15)";

  private PrequelExample() {}

  /** Runs the example with the process environment; exits with status 2 on a usage error. */
  public static void main(String[] args) {
    try {
      run(System.getenv(), args, System.out);
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
  static void run(Map<String, String> env, String[] args, PrintStream out) {
    if (isSet(env, PrequelClient.API_KEY_ENV)) {
      runAgainstPrequel(env, args, out);
    } else {
      runOffline(out);
    }
  }

  private static void runOffline(PrintStream out) {
    try (FakePrequelServer fake = new FakePrequelServer()) {
      fake.start();
      out.println(
          "Prequel example: offline against FakePrequel at "
              + fake.baseUrl()
              + " (set PREQUEL_API_KEY to use the real API)");
      ObjectNode postgres =
          JsonNodeFactory.instance
              .objectNode()
              .put("host", "db.example.com")
              .put("port", 5432)
              .put("database", "analytics")
              .put("schema", "export")
              .put("auth_method", "password_auth");
      postgres
          .putObject("password_auth")
          .put("username", "exporter")
          .put("password", "old-demo-password");
      fake.addDestination("dst_demo", "postgres", postgres);
      try (PrequelClient prequel = fake.client()) {
        change(prequel, "dst_demo", 15, "exporter", Secret.of("new-demo-password"), out);
      }
    }
  }

  private static void runAgainstPrequel(Map<String, String> env, String[] args, PrintStream out) {
    String destinationId = args.length > 0 ? args[0] : env.get("PREQUEL_DESTINATION_ID");
    String username = env.get("PREQUEL_DB_USERNAME");
    String password = env.get("PREQUEL_NEW_PASSWORD");
    if (destinationId == null
        || destinationId.isBlank()
        || !isSet(env, "PREQUEL_DB_USERNAME")
        || !isSet(env, "PREQUEL_NEW_PASSWORD")) {
      throw new IllegalArgumentException(USAGE);
    }
    int frequency;
    try {
      frequency = Integer.parseInt(env.getOrDefault("PREQUEL_FREQUENCY_MINUTES", "15").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "PREQUEL_FREQUENCY_MINUTES must be a number of minutes; " + USAGE, e);
    }
    try (PrequelClient prequel = PrequelClient.fromEnv(env)) {
      out.println(
          "Prequel example: using the REAL Prequel API at "
              + prequel.options().baseUrl()
              + " (PREQUEL_API_KEY is set)");
      change(prequel, destinationId, frequency, username, Secret.of(password), out);
    }
  }

  private static void change(
      PrequelClient prequel,
      String destinationId,
      int frequency,
      String username,
      Secret password,
      PrintStream out) {
    Destination before = prequel.destinations().get(destinationId);
    out.println("Before: " + describe(before));

    ApiResponse<Destination> response =
        prequel
            .destinations()
            .withRawResponse()
            .update(
                destinationId,
                DestinationUpdate.builder()
                    .frequencyMinutes(frequency)
                    .postgres(PostgresConfig.builder().passwordAuth(username, password).build())
                    .build());

    out.println(
        "Updated in "
            + response.attempts().size()
            + (response.attempts().size() == 1 ? " attempt" : " attempts")
            + ": schedule set to every "
            + frequency
            + " min, password of '"
            + username
            + "' replaced (not shown)");
    out.println("After:  " + describe(response.value()));
  }

  private static String describe(Destination d) {
    return d.id()
        + " ("
        + d.vendor().map(Object::toString).orElse("?")
        + ") every "
        + (d.frequencyMinutes().isPresent()
            ? String.valueOf(d.frequencyMinutes().getAsLong())
            : "?")
        + " min, "
        + (d.isEnabled().orElse(false) ? "enabled" : "disabled")
        + ", auth "
        + d.vendorSettings().flatMap(s -> s.authMethod()).orElse("?");
  }

  private static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }
}
