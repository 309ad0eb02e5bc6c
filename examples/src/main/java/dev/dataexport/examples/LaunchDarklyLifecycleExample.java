package dev.dataexport.examples;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.DestinationList;
import dev.dataexport.launchdarkly.Destinations;
import dev.dataexport.launchdarkly.EnvironmentKey;
import dev.dataexport.launchdarkly.GooglePubSubConfig;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.NewDestination;
import dev.dataexport.testkit.FakeLaunchDarklyServer;
import java.io.PrintStream;
import java.util.Map;

/**
 * Walks a LaunchDarkly Data Export destination through its whole life: create a Google Pub/Sub
 * destination, list the account's destinations and find it, update it safely, delete it. Offline
 * against {@link FakeLaunchDarklyServer} by default. With {@code LAUNCHDARKLY_ACCESS_TOKEN} set it
 * talks to the real API, but only when {@code DATAEXPORT_EXAMPLES_WRITE=1} is set as well (it
 * creates and deletes); it then takes its ids from the variables named in {@link #USAGE}.
 */
public final class LaunchDarklyLifecycleExample {
  /** The variable that allows the example to create and delete on the real API. */
  static final String WRITE_ENV = "DATAEXPORT_EXAMPLES_WRITE";

  static final String USAGE =
      "usage: set LAUNCHDARKLY_ACCESS_TOKEN, "
          + WRITE_ENV
          + "=1, LAUNCHDARKLY_PROJECT_KEY and LAUNCHDARKLY_ENVIRONMENT_KEY (an environment"
          + " without a google-pubsub destination), LAUNCHDARKLY_PUBSUB_PROJECT and"
          + " LAUNCHDARKLY_PUBSUB_TOPIC (the Google Cloud project and topic to export to)";

  private LaunchDarklyLifecycleExample() {}

  /**
   * Runs the example against the fake, or against the real API when the token and {@value
   * #WRITE_ENV}{@code =1} are set.
   */
  public static void main(String[] args) {
    try {
      run(System.getenv(), System.out);
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the example with the given environment and output.
   *
   * @throws IllegalArgumentException with {@link #USAGE} when writing to the real API is allowed
   *     but a variable is missing
   */
  static void run(Map<String, String> env, PrintStream out) {
    String token = env.get(LaunchDarklyClient.ACCESS_TOKEN_ENV);
    if (token == null || token.isBlank()) {
      runOffline(out);
    } else if (!"1".equals(env.get(WRITE_ENV))) {
      out.println(
          "LaunchDarkly lifecycle: LAUNCHDARKLY_ACCESS_TOKEN is set, but this example creates and"
              + " deletes a destination; set "
              + WRITE_ENV
              + "=1 to let it (nothing was sent)");
    } else {
      runReal(env, out);
    }
  }

  private static void runOffline(PrintStream out) {
    out.println(
        "LaunchDarkly lifecycle: offline against FakeLaunchDarkly (set LAUNCHDARKLY_ACCESS_TOKEN"
            + " and "
            + WRITE_ENV
            + "=1 to use the real API)");
    try (FakeLaunchDarklyServer fake = new FakeLaunchDarklyServer()) {
      fake.start();
      walk(fake.client(), EnvironmentKey.of("acme", "staging"), "acme-staging", "ld-events", out);
    }
  }

  private static void runReal(Map<String, String> env, PrintStream out) {
    String project = variable(env, "LAUNCHDARKLY_PROJECT_KEY");
    String environment = variable(env, "LAUNCHDARKLY_ENVIRONMENT_KEY");
    String pubsubProject = variable(env, "LAUNCHDARKLY_PUBSUB_PROJECT");
    String topic = variable(env, "LAUNCHDARKLY_PUBSUB_TOPIC");
    if (project == null || environment == null || pubsubProject == null || topic == null) {
      throw new IllegalArgumentException(
          "LAUNCHDARKLY_ACCESS_TOKEN and "
              + WRITE_ENV
              + "=1 are set, so this example creates a"
              + " destination on the real API and needs to know where.\n"
              + USAGE);
    }
    try (LaunchDarklyClient ld = LaunchDarklyClient.fromEnv(env)) {
      out.println(
          "LaunchDarkly lifecycle: using the REAL API at "
              + ld.options().baseUrl()
              + "; this creates and then deletes a google-pubsub destination in "
              + project
              + "/"
              + environment);
      walk(ld, EnvironmentKey.of(project, environment), pubsubProject, topic, out);
    }
  }

  /** Create, list and find, update safely, delete: each call printed with its status. */
  private static void walk(
      LaunchDarklyClient ld,
      EnvironmentKey environment,
      String pubsubProject,
      String topic,
      PrintStream out) {
    Destinations.WithRawResponse calls = ld.destinations().withRawResponse();
    ApiResponse<Destination> created =
        calls.create(
            environment,
            NewDestination.builder()
                .name("dataexport-java lifecycle example")
                .config(GooglePubSubConfig.builder().project(pubsubProject).topic(topic).build())
                .on(false)
                .build());
    Destination destination = created.value();
    DestinationKey key = environment.destination(destination.id().orElseThrow());
    out.println(
        "  POST   /api/v2/destinations/"
            + environment
            + " -> "
            + created.status()
            + " "
            + LaunchDarklyExample.describe(destination));

    ApiResponse<DestinationList> listed = calls.list();
    Destination found =
        listed.value().find(environment, DestinationKind.GOOGLE_PUBSUB).orElseThrow();
    out.println(
        "  GET    /api/v2/destinations -> "
            + listed.status()
            + " "
            + listed.value().items().size()
            + " destination(s); found "
            + found.id().orElse("?")
            + " in "
            + environment);

    ApiResponse<Destination> updated =
        calls.update(
            key,
            DestinationChange.builder()
                .on(true)
                .comment("dataexport-java LaunchDarklyLifecycleExample")
                .build());
    out.println(
        "  GET + PATCH /api/v2/destinations/"
            + key
            + " -> "
            + updated.status()
            + " "
            + LaunchDarklyExample.describe(updated.value())
            + " (safe update: read, then a patch guarded by its version)");

    ApiResponse<DeleteResult> deleted = calls.delete(key);
    out.println(
        "  DELETE /api/v2/destinations/" + key + " -> " + deleted.status() + " " + deleted.value());
  }

  private static String variable(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
