package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link FakePrequelServer} as a JUnit Jupiter extension: {@code @RegisterExtension final
 * FakePrequel prequel = new FakePrequel();} starts a fresh server before each test and stops it
 * after. It needs JUnit Jupiter on the class path (the testkit declares it {@code provided}); a
 * {@code main} program without JUnit uses {@link FakePrequelServer}, since loading this class there
 * fails with {@code NoClassDefFoundError: org/junit/jupiter/api/extension/BeforeEachCallback}.
 * Seeding methods return this extension. Thread-safe.
 */
public final class FakePrequel extends FakePrequelServer
    implements BeforeEachCallback, AfterEachCallback {
  /** An extension accepting the default API key. */
  public FakePrequel() {
    super();
  }

  /** An extension accepting {@code apiKey}. */
  public FakePrequel(String apiKey) {
    super(apiKey);
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

  /** As {@link FakePrequelServer#clock(Clock)}; returns this extension. */
  @Override
  public FakePrequel clock(Clock clock) {
    super.clock(clock);
    return this;
  }

  /** As {@link FakePrequelServer#advanceClock}; returns this extension. */
  @Override
  public FakePrequel advanceClock(Duration step) {
    super.advanceClock(step);
    return this;
  }

  /** As {@link FakePrequelServer#acceptApiVersions}; returns this extension. */
  @Override
  public FakePrequel acceptApiVersions(String... versions) {
    super.acceptApiVersions(versions);
    return this;
  }

  /** As {@link FakePrequelServer#addDestination(String, String, ObjectNode)}; returns this. */
  @Override
  public FakePrequel addDestination(String id, String vendor, ObjectNode vendorBlock) {
    super.addDestination(id, vendor, vendorBlock);
    return this;
  }

  /** As {@link FakePrequelServer#addDestination(ObjectNode)}; returns this extension. */
  @Override
  public FakePrequel addDestination(ObjectNode destination) {
    super.addDestination(destination);
    return this;
  }

  /** As {@link FakePrequelServer#denyAccessTo}; returns this extension. */
  @Override
  public FakePrequel denyAccessTo(String destinationId) {
    super.denyAccessTo(destinationId);
    return this;
  }

  /** As {@link FakePrequelServer#connectionTestVerdict(String, String)}; returns this. */
  @Override
  public FakePrequel connectionTestVerdict(String status, String message) {
    super.connectionTestVerdict(status, message);
    return this;
  }

  /** As {@link FakePrequelServer#connectionTestVerdict(String, String, String)}; returns this. */
  @Override
  public FakePrequel connectionTestVerdict(String destinationId, String status, String message) {
    super.connectionTestVerdict(destinationId, status, message);
    return this;
  }

  /** As {@link FakePrequelServer#failTransfersOf}; returns this extension. */
  @Override
  public FakePrequel failTransfersOf(String destinationId) {
    super.failTransfersOf(destinationId);
    return this;
  }

  /** As {@link FakePrequelServer#transferTimings}; returns this extension. */
  @Override
  public FakePrequel transferTimings(Duration pending, Duration running) {
    super.transferTimings(pending, running);
    return this;
  }
}
