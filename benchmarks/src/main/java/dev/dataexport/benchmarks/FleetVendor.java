package dev.dataexport.benchmarks;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.fleet.QuotaReader;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.LaunchDarklyRateLimit;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeLaunchDarklyServer;
import dev.dataexport.testkit.FakePrequelServer;
import dev.dataexport.testkit.FakeServer;
import dev.dataexport.testkit.FakeStiggServer;
import dev.dataexport.testkit.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One vendor of {@link FleetBenchmark}: its JUnit-free fake seeded with destinations {@code
 * 0..n-1}, its rate limit (the vendor's kind of limit, on the real clock), a client with default
 * settings (real clock and sleeper, as a user's), and the fleet operation a user writes over the
 * client as the README's "Changing many destinations" shows: one change per destination, streamed
 * ids.
 */
enum FleetVendor {
  STIGG {
    @Override
    FakeServer fake(int destinations) {
      FakeStiggServer fake = new FakeStiggServer();
      for (int i = 0; i < destinations; i++) {
        fake.addDestination(
            "int_" + i, "dst_" + i, "snowflake"); // one per integration: small answers
      }
      return fake;
    }

    @Override
    String path(int i) {
      return "/api/v1/data-export/destinations/dst_" + i;
    }

    @Override
    Run run(String baseUrl, int destinations) {
      StiggClient client =
          StiggClient.builder().baseUrl(baseUrl).apiKey(FakeStiggServer.DEFAULT_API_KEY).build();
      FleetOperation.Builder<Integer, Integer> operation =
          FleetOperation.over(ids(destinations))
              .change(
                  (i, same) -> {
                    String id = "dst_" + i;
                    UpdateSelectionRequest selection =
                        UpdateSelectionRequest.builder()
                            .integrationId("int_" + i)
                            .addEnabledModels("customers", "usage_events")
                            .build();
                    return FleetWrite.of(
                        PlannedRequest.of(
                            "PATCH",
                            List.of("api", "v1", "data-export", "destinations", id),
                            selection),
                        () ->
                            client.destinations().withRawResponse().updateSelection(id, selection));
                  });
      return new Run(operation, client.options(), client::close);
    }
  },

  LAUNCHDARKLY {
    @Override
    FakeServer fake(int destinations) {
      FakeLaunchDarklyServer fake = new FakeLaunchDarklyServer();
      for (int i = 0; i < destinations; i++) {
        fake.addDestination(key(i), "segment", "exports " + i, true, Map.of("writeKey", "wk"));
      }
      return fake;
    }

    @Override
    RateLimit[] limits(int perSecond) {
      // LaunchDarkly's two limits: the token's (global) and the route's, both at the rate.
      return new RateLimit[] {
        RateLimit.perKey(perSecond, Duration.ofSeconds(1)).clock(Clock.systemUTC()),
        RateLimit.perRoute(perSecond, Duration.ofSeconds(1)).clock(Clock.systemUTC())
      };
    }

    @Override
    String path(int i) {
      return "/api/v2/destinations/proj/production/d" + i;
    }

    @Override
    Run run(String baseUrl, int destinations) {
      LaunchDarklyClient client =
          LaunchDarklyClient.builder()
              .baseUrl(baseUrl)
              .accessToken(FakeLaunchDarklyServer.DEFAULT_ACCESS_TOKEN)
              .build();
      JsonPatch off = JsonPatch.builder().replace("/on", false).build();
      FleetOperation.Builder<Integer, Integer> operation =
          FleetOperation.over(ids(destinations))
              .quota(
                  QuotaReader.remainingAndResetMillis(
                      LaunchDarklyRateLimit.RESET,
                      LaunchDarklyRateLimit.GLOBAL_REMAINING,
                      LaunchDarklyRateLimit.ROUTE_REMAINING))
              .change(
                  (i, same) ->
                      FleetWrite.of(
                          PlannedRequest.of(
                              "PATCH",
                              List.of("api", "v2", "destinations", "proj", "production", "d" + i),
                              List.of(Map.of("op", "replace", "path", "/on", "value", false))),
                          () -> client.destinations().withRawResponse().patch(key(i), off)));
      return new Run(operation, client.options(), client::close);
    }

    private DestinationKey key(int i) {
      return DestinationKey.of("proj", "production", "d" + i);
    }
  },

  PREQUEL {
    @Override
    FakeServer fake(int destinations) {
      FakePrequelServer fake = new FakePrequelServer();
      for (int i = 0; i < destinations; i++) {
        fake.addDestination("dst_" + i, "postgres", null);
      }
      return fake;
    }

    @Override
    String path(int i) {
      return "/destinations/dst_" + i;
    }

    @Override
    Run run(String baseUrl, int destinations) {
      PrequelClient client =
          PrequelClient.builder()
              .baseUrl(baseUrl)
              .apiKey(FakePrequelServer.DEFAULT_API_KEY)
              .build();
      DestinationUpdate quarterHourly = DestinationUpdate.builder().frequencyMinutes(15).build();
      FleetOperation.Builder<Integer, Integer> operation =
          FleetOperation.over(ids(destinations))
              .change(
                  (i, same) ->
                      FleetWrite.of(
                          PlannedRequest.of(
                              "PATCH",
                              List.of("destinations", "dst_" + i),
                              Map.of("destination", Map.of("frequency_minutes", 15))),
                          () ->
                              client
                                  .destinations()
                                  .withRawResponse()
                                  .update("dst_" + i, quarterHourly)));
      return new Run(operation, client.options(), client::close);
    }
  };

  /**
   * An operation ready to build, the client options its timing comes from, and how to close the
   * client.
   */
  record Run(
      FleetOperation.Builder<Integer, Integer> operation, ClientOptions options, Runnable close) {}

  /** The fake, seeded with destinations {@code 0..destinations-1}; not started. */
  abstract FakeServer fake(int destinations);

  /** The path the fake records destination {@code i}'s change under. */
  abstract String path(int i);

  /**
   * A client of the fake at {@code baseUrl} (its default credential) and the fleet operation
   * changing every destination once.
   */
  abstract Run run(String baseUrl, int destinations);

  /** The vendor's limit at {@code perSecond} requests a second (burst: one second's worth). */
  RateLimit[] limits(int perSecond) {
    return new RateLimit[] {
      RateLimit.perKey(perSecond, Duration.ofSeconds(1)).clock(Clock.systemUTC())
    };
  }

  /** The destination numbers, streamed: never a list of them all. */
  static java.util.stream.Stream<Integer> ids(int destinations) {
    return IntStream.range(0, destinations).boxed();
  }
}
