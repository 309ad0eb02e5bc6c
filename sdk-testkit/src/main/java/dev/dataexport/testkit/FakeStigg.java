package dev.dataexport.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link FakeStiggServer} as a JUnit Jupiter extension: {@code @RegisterExtension final FakeStigg
 * stigg = new FakeStigg();} starts a fresh server before each test and stops it after. It needs
 * JUnit Jupiter on the class path (the testkit declares it {@code provided}, so your JUnit is the
 * one used); a {@code main} program without JUnit uses {@link FakeStiggServer}, since loading this
 * class there fails with {@code NoClassDefFoundError:
 * org/junit/jupiter/api/extension/BeforeEachCallback}. Seeding methods return this extension, so
 * they chain in the field's initializer. Thread-safe.
 */
public final class FakeStigg extends FakeStiggServer
    implements BeforeEachCallback, AfterEachCallback {
  /** An extension accepting the default API key, or the default JWT with its environment. */
  public FakeStigg() {
    super();
  }

  /**
   * An extension accepting {@code apiKey}, or {@code jwt} sent with {@code X-ENVIRONMENT-ID:
   * environmentId}.
   */
  public FakeStigg(String apiKey, String jwt, String environmentId) {
    super(apiKey, jwt, environmentId);
  }

  /** Starts the server before each test. */
  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  /** Stops the server (and its client) after each test. */
  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** As {@link FakeStiggServer#addIntegration}; returns this extension. */
  @Override
  public FakeStigg addIntegration(String integrationId) {
    super.addIntegration(integrationId);
    return this;
  }

  /** As {@link FakeStiggServer#addDestination(String, String, String)}; returns this extension. */
  @Override
  public FakeStigg addDestination(String integrationId, String destinationId, String type) {
    super.addDestination(integrationId, destinationId, type);
    return this;
  }

  /** As {@link FakeStiggServer#addDestination(String, String, String, List)}; returns this. */
  @Override
  public FakeStigg addDestination(
      String integrationId, String destinationId, String type, List<String> enabledModels) {
    super.addDestination(integrationId, destinationId, type, enabledModels);
    return this;
  }

  /** As {@link FakeStiggServer#addDestination(String, Map)}; returns this extension. */
  @Override
  public FakeStigg addDestination(String integrationId, Map<String, ?> destination) {
    super.addDestination(integrationId, destination);
    return this;
  }

  /** As {@link FakeStiggServer#setModelCatalog}; returns this extension. */
  @Override
  public FakeStigg setModelCatalog(List<? extends Map<String, ?>> groups) {
    super.setModelCatalog(groups);
    return this;
  }

  /** As {@link FakeStiggServer#syncDurations}; returns this extension. */
  @Override
  public FakeStigg syncDurations(Duration pending, Duration running) {
    super.syncDurations(pending, running);
    return this;
  }

  /** As {@link FakeStiggServer#failNextSync}; returns this extension. */
  @Override
  public FakeStigg failNextSync(String failureMessage) {
    super.failNextSync(failureMessage);
    return this;
  }

  /** As {@link FakeStiggServer#scopedTokenLifetime}; returns this extension. */
  @Override
  public FakeStigg scopedTokenLifetime(Duration lifetime) {
    super.scopedTokenLifetime(lifetime);
    return this;
  }

  /** As {@link FakeStiggServer#failNextAfterActing}; returns this extension. */
  @Override
  public FakeStigg failNextAfterActing(int count, Fault fault) {
    super.failNextAfterActing(count, fault);
    return this;
  }
}
