package dev.dataexport.benchmarks;

import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;

/**
 * The SDK calls, with the same inputs as {@link BaselineCalls}. Each call builds its request with the SDK's
 * builders, as application code would; clients are built as a user would (default options, an application name
 * for the User-Agent), pointed at the local server.
 */
public final class SdkCalls {
  private SdkCalls() {}

  /** A Stigg client for {@code baseUrl}. */
  public static StiggClient stiggClient(String baseUrl) {
    return StiggClient.builder().apiKey(Fixtures.API_KEY).baseUrl(baseUrl)
        .application(Fixtures.APP_NAME, Fixtures.APP_VERSION).build();
  }

  /** The Stigg selection update. */
  public static DestinationList stigg(StiggClient client) {
    return client.destinations().updateSelection(Fixtures.STIGG_DESTINATION_ID, UpdateSelectionRequest.builder()
        .integrationId(Fixtures.STIGG_INTEGRATION_ID).addAllEnabledModels(Fixtures.STIGG_MODELS).build());
  }

  /** A LaunchDarkly client for {@code baseUrl}. */
  public static LaunchDarklyClient launchDarklyClient(String baseUrl) {
    return LaunchDarklyClient.builder().accessToken(Fixtures.API_KEY).baseUrl(baseUrl)
        .application(Fixtures.APP_NAME, Fixtures.APP_VERSION).build();
  }

  /** The LaunchDarkly patch: a version guard and three replacements. */
  public static dev.dataexport.launchdarkly.Destination launchDarkly(LaunchDarklyClient client) {
    return client.destinations().patch(Fixtures.LD_PROJECT, Fixtures.LD_ENVIRONMENT, Fixtures.LD_DESTINATION_ID,
        JsonPatch.builder()
            .test("/version", 3)
            .replace("/on", true)
            .replace("/config/streamName", "ld-events-prod-v2")
            .replace("/name", "Kinesis export (production)")
            .build());
  }

  /** The User-Agent the SDK sends for the benchmark application (the baselines send the same). */
  static String userAgent() {
    try (StiggClient client = stiggClient("http://127.0.0.1:1")) {
      return client.options().userAgent();
    }
  }

  /** One call of {@code vendor} with a freshly built client, for the cold-start probe. */
  static Object firstCall(String vendor, String baseUrl) {
    switch (vendor) {
      case "stigg":
        return stigg(stiggClient(baseUrl));
      case "launchdarkly":
        return launchDarkly(launchDarklyClient(baseUrl));
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }
}
