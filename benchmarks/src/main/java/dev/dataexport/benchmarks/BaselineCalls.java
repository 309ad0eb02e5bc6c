package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.BaselineHttp;
import dev.dataexport.benchmarks.baseline.LaunchDarklyBaseline;
import dev.dataexport.benchmarks.baseline.PrequelBaseline;
import dev.dataexport.benchmarks.baseline.StiggBaseline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The hand-written calls, with the same inputs as {@link SdkCalls}. Each call builds its request
 * body, as application code would. The same calls serve both baseline flavours (the client passed
 * in carries its {@link BaselineHttp}). Kept apart from the SDK calls so a cold-start probe of a
 * baseline loads no SDK class.
 */
public final class BaselineCalls {
  private BaselineCalls() {}

  /** The Stigg selection update. */
  public static StiggBaseline.Data stigg(StiggBaseline client) {
    try {
      return client.updateSelection(
          Fixtures.STIGG_DESTINATION_ID,
          new StiggBaseline.UpdateSelection(Fixtures.STIGG_INTEGRATION_ID, Fixtures.STIGG_MODELS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The LaunchDarkly patch: a version guard and three replacements. */
  public static LaunchDarklyBaseline.Destination launchDarkly(LaunchDarklyBaseline client) {
    try {
      return client.patch(
          Fixtures.LD_PROJECT,
          Fixtures.LD_ENVIRONMENT,
          Fixtures.LD_DESTINATION_ID,
          List.of(
              new LaunchDarklyBaseline.PatchOp("test", "/version", 3),
              new LaunchDarklyBaseline.PatchOp("replace", "/on", true),
              new LaunchDarklyBaseline.PatchOp(
                  "replace", "/config/streamName", "ld-events-prod-v2"),
              new LaunchDarklyBaseline.PatchOp("replace", "/name", "Kinesis export (production)")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Prequel update (iceberg block). */
  public static PrequelBaseline.Destination prequel(PrequelBaseline client) {
    try {
      return client.update(
          Fixtures.PREQUEL_DESTINATION_ID, PrequelBaseline.update(Fixtures.models(12)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One call of {@code vendor} with a freshly built client of the baseline {@code flavour} ({@code
   * plain} or {@code configured}), for the cold-start probe.
   */
  static Object firstCall(String flavour, String vendor, String baseUrl, String userAgent) {
    BaselineHttp http = BaselineHttp.of(flavour);
    switch (vendor) {
      case "stigg":
        return stigg(new StiggBaseline(http, baseUrl, Fixtures.API_KEY, userAgent));
      case "launchdarkly":
        return launchDarkly(new LaunchDarklyBaseline(http, baseUrl, Fixtures.API_KEY, userAgent));
      case "prequel":
        return prequel(new PrequelBaseline(http, baseUrl, Fixtures.API_KEY, userAgent));
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }
}
