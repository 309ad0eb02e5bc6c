package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a sync trigger: {@code {"destinationId": ...}} for one destination, or {@code {}}
 * ({@link #allDestinations()}) for every destination of the integration. Immutable and thread-safe.
 */
public abstract class TriggerSyncRequest {
  TriggerSyncRequest() {}

  /** Immutables' input for {@code ImmutableTriggerSyncRequest} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractTriggerSyncRequest extends TriggerSyncRequest {}

  /** A sync of every destination: {@code {}}. */
  public static TriggerSyncRequest allDestinations() {
    return ImmutableTriggerSyncRequest.of(Optional.empty());
  }

  /**
   * A sync of one destination.
   *
   * @throws IllegalArgumentException {@code destinationId must be 1..255 characters long, was 0},
   *     {@code destinationId must not be blank}
   */
  public static TriggerSyncRequest destination(String destinationId) {
    return ImmutableTriggerSyncRequest.of(
        Optional.of(
            StiggChecks.text("destinationId", Checks.notNull("destinationId", destinationId))));
  }

  /** The destination to sync, or empty for every destination (then not sent). */
  @JsonProperty("destinationId")
  @Value.Parameter
  public abstract Optional<String> destinationId();
}
