package dev.dataexport.benchmarks;

import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.config.AwsBucketAuth;
import dev.dataexport.prequel.config.IcebergCatalog;
import dev.dataexport.prequel.config.IcebergConfig;
import dev.dataexport.prequel.config.S3Bucket;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;

/**
 * The SDK calls, with the same inputs as {@link BaselineCalls}. Each call builds its request with
 * the SDK's builders, as application code would; clients are built as a user would (default
 * options, an application name for the User-Agent), pointed at the local server.
 */
public final class SdkCalls {
  private SdkCalls() {}

  /** A Stigg client for {@code baseUrl}. */
  public static StiggClient stiggClient(String baseUrl) {
    return StiggClient.builder()
        .apiKey(Fixtures.API_KEY)
        .baseUrl(baseUrl)
        .application(Fixtures.APP_NAME, Fixtures.APP_VERSION)
        .build();
  }

  /** The Stigg selection update. */
  public static DestinationList stigg(StiggClient client) {
    return client
        .destinations()
        .updateSelection(
            Fixtures.STIGG_DESTINATION_ID,
            UpdateSelectionRequest.builder()
                .integrationId(Fixtures.STIGG_INTEGRATION_ID)
                .addAllEnabledModels(Fixtures.STIGG_MODELS)
                .build());
  }

  /** A LaunchDarkly client for {@code baseUrl}. */
  public static LaunchDarklyClient launchDarklyClient(String baseUrl) {
    return LaunchDarklyClient.builder()
        .accessToken(Fixtures.API_KEY)
        .baseUrl(baseUrl)
        .application(Fixtures.APP_NAME, Fixtures.APP_VERSION)
        .build();
  }

  /** The LaunchDarkly patch: a version guard and three replacements. */
  public static dev.dataexport.launchdarkly.Destination launchDarkly(LaunchDarklyClient client) {
    return client
        .destinations()
        .patch(
            DestinationKey.of(
                Fixtures.LD_PROJECT, Fixtures.LD_ENVIRONMENT, Fixtures.LD_DESTINATION_ID),
            JsonPatch.builder()
                .test("/version", 3)
                .replace("/on", true)
                .replace("/config/streamName", "ld-events-prod-v2")
                .replace("/name", "Kinesis export (production)")
                .build());
  }

  /** A Prequel client for {@code baseUrl}. */
  public static PrequelClient prequelClient(String baseUrl) {
    return PrequelClient.builder()
        .apiKey(Fixtures.API_KEY)
        .baseUrl(baseUrl)
        .application(Fixtures.APP_NAME, Fixtures.APP_VERSION)
        .build();
  }

  /**
   * The Prequel update: schedule, models and an iceberg block (Glue catalog, S3 storage with an IAM
   * role).
   */
  public static dev.dataexport.prequel.Destination prequel(PrequelClient client) {
    return client
        .destinations()
        .update(Fixtures.PREQUEL_DESTINATION_ID, prequelUpdate(Fixtures.models(12)));
  }

  /** The update body of {@link #prequel}, with {@code models}. */
  public static DestinationUpdate prequelUpdate(java.util.List<String> models) {
    return DestinationUpdate.builder()
        .name("Acme lakehouse")
        .frequencyMinutes(60)
        .enabledModels(models)
        .isEnabled(true)
        .iceberg(
            IcebergConfig.builder()
                .retentionWindowDays(7)
                .catalog(
                    IcebergCatalog.glue(
                        "acme_export",
                        S3Bucket.of("acme-lakehouse", "us-east-1")
                            .withFolder("exports/prequel")
                            .withAuth(
                                AwsBucketAuth.iamRole(
                                    "arn:aws:iam::123456789012:role/prequel-export"))))
                .build())
        .build();
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
      case "prequel":
        return prequel(prequelClient(baseUrl));
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }
}
