package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.launchdarkly.DestinationKey;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link FakeLaunchDarklyServer} as a JUnit Jupiter extension: {@code @RegisterExtension final
 * FakeLaunchDarkly ld = new FakeLaunchDarkly();} starts a fresh server before each test and stops
 * it after. It needs JUnit Jupiter on the class path (the testkit declares it {@code provided}); a
 * {@code main} program without JUnit uses {@link FakeLaunchDarklyServer}, since loading this class
 * there fails with {@code NoClassDefFoundError:
 * org/junit/jupiter/api/extension/BeforeEachCallback}. Seeding methods return this extension.
 * Thread-safe.
 */
public final class FakeLaunchDarkly extends FakeLaunchDarklyServer
    implements BeforeEachCallback, AfterEachCallback {
  /** An extension accepting the default access token. */
  public FakeLaunchDarkly() {
    super();
  }

  /** An extension accepting {@code accessToken}. */
  public FakeLaunchDarkly(String accessToken) {
    super(accessToken);
  }

  /** Starts the server before each test. */
  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  /** Stops the server (and its clients) after each test. */
  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** As {@link FakeLaunchDarklyServer#addReadOnlyToken}; returns this extension. */
  @Override
  public FakeLaunchDarkly addReadOnlyToken(String token) {
    super.addReadOnlyToken(token);
    return this;
  }

  /** As {@link FakeLaunchDarklyServer#testFailureStatus}; returns this extension. */
  @Override
  public FakeLaunchDarkly testFailureStatus(int status) {
    super.testFailureStatus(status);
    return this;
  }

  /**
   * As {@link FakeLaunchDarklyServer#addDestination(DestinationKey, String, String, boolean, Map)};
   * returns this extension.
   */
  @Override
  public FakeLaunchDarkly addDestination(
      DestinationKey key, String kind, String name, boolean on, Map<String, ?> config) {
    super.addDestination(key, kind, name, on, config);
    return this;
  }

  /** As {@link FakeLaunchDarklyServer#addDestination(DestinationKey, JsonNode)}; returns this. */
  @Override
  public FakeLaunchDarkly addDestination(DestinationKey key, JsonNode destination) {
    super.addDestination(key, destination);
    return this;
  }

  /** As {@link FakeLaunchDarklyServer#beforeNextPatch}; returns this extension. */
  @Override
  public FakeLaunchDarkly beforeNextPatch(Runnable action) {
    super.beforeNextPatch(action);
    return this;
  }
}
