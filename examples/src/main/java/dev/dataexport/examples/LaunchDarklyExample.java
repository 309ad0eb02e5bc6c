package dev.dataexport.examples;

import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.testkit.FakeLaunchDarklyServer;
import java.io.PrintStream;
import java.util.Map;

/**
 * Turns a LaunchDarkly Data Export destination off and changes one config field with the safe
 * read-modify-write {@code update}. Offline against {@link FakeLaunchDarklyServer} by default; with
 * {@code LAUNCHDARKLY_ACCESS_TOKEN} set it uses the real API and takes the destination from
 * arguments {@code projectKey environmentKey destinationId [configField configValue]} or {@code
 * LAUNCHDARKLY_PROJECT_KEY}, {@code LAUNCHDARKLY_ENVIRONMENT_KEY}, {@code
 * LAUNCHDARKLY_DESTINATION_ID}.
 */
public final class LaunchDarklyExample {
  static final String USAGE =
      "usage: LaunchDarklyExample <projectKey> <environmentKey> <destinationId>"
          + " [<configField> <configValue>]\n  (or set LAUNCHDARKLY_PROJECT_KEY, LAUNCHDARKLY_ENVIRONMENT_KEY and"
          + " LAUNCHDARKLY_DESTINATION_ID)";

  private LaunchDarklyExample() {}

  /**
   * Runs the example against the fake, or against the real API when {@code
   * LAUNCHDARKLY_ACCESS_TOKEN} is set.
   */
  public static void main(String[] args) {
    try {
      run(System.getenv(), args, System.out);
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the example with the given environment, arguments and output.
   *
   * @throws IllegalArgumentException with a usage message when the real API is selected but ids are
   *     missing
   */
  static void run(Map<String, String> env, String[] args, PrintStream out) {
    String token = env.get(LaunchDarklyClient.ACCESS_TOKEN_ENV);
    if (token != null && !token.isBlank()) {
      runReal(env, args, out);
    } else {
      runOffline(out);
    }
  }

  private static void runOffline(PrintStream out) {
    out.println(
        "LaunchDarkly: offline against FakeLaunchDarkly (set LAUNCHDARKLY_ACCESS_TOKEN to use the real API)");
    try (FakeLaunchDarklyServer fake = new FakeLaunchDarklyServer()) {
      fake.start();
      DestinationKey key = DestinationKey.of("acme", "production", "pubsub-1");
      fake.addDestination(
          key,
          "google-pubsub",
          "events-to-pubsub",
          true,
          Map.of("project", "acme-prod", "topic", "ld-events"));
      LaunchDarklyClient ld = fake.client();
      Destination before = ld.destinations().get(key);
      out.println("  read    " + describe(before));
      // Someone renames the destination between our read and our write: update() loses the race
      // once,
      // re-reads and tries again, so neither change is lost.
      fake.beforeNextPatch(
          () ->
              fake.changeDestination(
                  key,
                  JsonPatch.builder().replace("/name", "events (renamed by a teammate)").build()));
      Destination after =
          ld.destinations()
              .update(
                  key,
                  DestinationChange.builder()
                      .on(false)
                      .config("topic", "ld-events-paused")
                      .comment("pause exports during the migration")
                      .build());
      out.println(
          "  updated "
              + describe(after)
              + " in "
              + (fake.requestCount() - 1)
              + " calls (lost one race to a concurrent rename, re-read, retried)");
      out.println("  sent    " + fake.lastPatchBody().orElse("nothing"));
    }
  }

  private static void runReal(Map<String, String> env, String[] args, PrintStream out) {
    String projectKey = argOrEnv(args, 0, env, "LAUNCHDARKLY_PROJECT_KEY");
    String environmentKey = argOrEnv(args, 1, env, "LAUNCHDARKLY_ENVIRONMENT_KEY");
    String destinationId = argOrEnv(args, 2, env, "LAUNCHDARKLY_DESTINATION_ID");
    if (projectKey == null || environmentKey == null || destinationId == null) {
      throw new IllegalArgumentException(
          "LAUNCHDARKLY_ACCESS_TOKEN is set, so this example talks to the real API"
              + " and needs the destination to change.\n"
              + USAGE);
    }
    if (args.length == 4) {
      throw new IllegalArgumentException("a config field needs a value\n" + USAGE);
    }
    DestinationKey key = DestinationKey.of(projectKey, environmentKey, destinationId);
    DestinationChange.Builder change =
        DestinationChange.builder().on(false).comment("dataexport-java LaunchDarklyExample");
    if (args.length >= 5) {
      change.config(args[3], args[4]);
    }
    try (LaunchDarklyClient ld = LaunchDarklyClient.fromEnv(env)) {
      out.println(
          "LaunchDarkly: using the REAL API at "
              + ld.options().baseUrl()
              + " (LAUNCHDARKLY_ACCESS_TOKEN is set); this turns destination "
              + destinationId
              + " off");
      Destination before = ld.destinations().get(key);
      out.println("  read    " + describe(before));
      Destination after = ld.destinations().update(key, change.build());
      out.println("  updated " + describe(after));
    }
  }

  private static String argOrEnv(
      String[] args, int index, Map<String, String> env, String variable) {
    String value = args.length > index ? args[index] : env.get(variable);
    return value == null || value.isBlank() ? null : value;
  }

  /** One line about a destination: name, kind, on, version and config with secrets masked. */
  static String describe(Destination d) {
    return d.name().orElse("?")
        + " ("
        + d.kind().map(Object::toString).orElse("?")
        + "): on="
        + d.on().map(String::valueOf).orElse("?")
        + ", version "
        + (d.version().isPresent() ? d.version().getAsLong() : "?")
        + ", config "
        + d.maskedConfig();
  }
}
