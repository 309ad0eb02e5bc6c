package dev.dataexport.check;

import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeLaunchDarklyServer;
import dev.dataexport.testkit.FakePrequelServer;
import dev.dataexport.testkit.FakeStiggServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A main program using the testkit with no JUnit on its class path, as the examples and the CLI do.
 * Any failure throws, so the JVM exits non-zero and the consumer build fails.
 */
public final class FakesWithoutJUnit {
  private FakesWithoutJUnit() {}

  /** Runs every check; prints one line per passed check. */
  public static void main(String[] args) {
    junitIsAbsent();
    stigg();
    launchDarkly();
    prequel();
    extensionNeedsJUnit();
    System.out.println("fakes without JUnit: 3 fakes ran");
  }

  private static void junitIsAbsent() {
    try {
      Class.forName("org.junit.jupiter.api.extension.Extension");
      throw new AssertionError("JUnit is on the class path: this check would prove nothing");
    } catch (ClassNotFoundException expected) {
      System.out.println("JUnit absent from the class path");
    }
  }

  private static void stigg() {
    try (FakeStiggServer fake = new FakeStiggServer()) {
      fake.start();
      fake.addDestination("int_1", "dst_1", "snowflake");
      fake.client()
          .destinations()
          .updateSelection(
              "dst_1",
              UpdateSelectionRequest.builder()
                  .integrationId("int_1")
                  .addEnabledModels("customers")
                  .build());
      expect(Optional.of(List.of("customers")), fake.enabledModels("int_1", "dst_1"), "Stigg");
      expect("PATCH", fake.lastRequest().method(), "Stigg method");
      expect(true, fake.baseUrl().startsWith("http://"), "Stigg base URL");
    }
    System.out.println("FakeStiggServer: ok");
  }

  private static void launchDarkly() {
    try (FakeLaunchDarklyServer fake = new FakeLaunchDarklyServer()) {
      DestinationKey key = DestinationKey.of("proj", "production", "dest-1");
      fake.addDestination(
          key, "google-pubsub", "exports", true, Map.of("project", "p", "topic", "t"));
      var result =
          fake.client()
              .destinations()
              .patch(key, JsonPatch.builder().test("/version", 1).replace("/on", false).build());
      expect(Optional.of(false), result.on(), "LaunchDarkly on");
      expect(OptionalLong.of(2), result.version(), "LaunchDarkly version");
    }
    System.out.println("FakeLaunchDarklyServer: ok");
  }

  private static void prequel() {
    try (FakePrequelServer fake = new FakePrequelServer()) {
      fake.addDestination("dst_1", "postgres", null);
      fake.client()
          .destinations()
          .update("dst_1", DestinationUpdate.builder().frequencyMinutes(15).build());
      expect(
          15,
          fake.storedDestination("dst_1").orElseThrow().get("frequency_minutes").asInt(),
          "Prequel frequency");
    }
    System.out.println("FakePrequelServer: ok");
  }

  /** The JUnit extension class cannot load here, with the error the README names. */
  private static void extensionNeedsJUnit() {
    try {
      Class.forName("dev.dataexport.testkit.FakeStigg");
      throw new AssertionError("FakeStigg loaded without JUnit");
    } catch (NoClassDefFoundError expected) {
      String missing = expected.getMessage();
      expect("org/junit/jupiter/api/extension/BeforeEachCallback", missing, "the missing class");
      System.out.println("FakeStigg without JUnit: NoClassDefFoundError " + missing);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the testkit has no FakeStigg", e);
    }
  }

  private static void expect(Object expected, Object actual, String what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + ", was " + actual);
    }
  }
}
