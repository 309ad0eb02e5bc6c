package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every destination of the integration, as Stigg returns it after a change (the {@code data} of
 * {@code {"data": {"destinations": [...]}}}). Stigg has no endpoint that reads one destination, so
 * this list is how a caller sees the result of an update. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDestinationList.class)
@JsonDeserialize(as = ImmutableDestinationList.class)
public abstract class DestinationList {
  DestinationList() {}

  /** The destinations, in Stigg's order. */
  public abstract List<Destination> destinations();

  /** The destination with {@code destinationId}, if the list has it. */
  public Optional<Destination> find(String destinationId) {
    Objects.requireNonNull(destinationId, "destinationId");
    for (Destination destination : destinations()) {
      if (destination.destinationId().equals(destinationId)) {
        return Optional.of(destination);
      }
    }
    return Optional.empty();
  }

  /** Fields of the response's {@code data} object this SDK version does not name, as read. */
  @JsonAnyGetter
  public abstract Map<String, Object> additionalProperties();
}
