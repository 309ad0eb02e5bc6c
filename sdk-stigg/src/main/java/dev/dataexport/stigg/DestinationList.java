package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every destination of the integration, as Stigg returns it after a change (the {@code data} of
 * {@code {"data": {"destinations": [...]}}}). Stigg has no endpoint that reads one destination, so
 * this list is how a caller sees the result of an update. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.DestinationListReader.class)
public abstract class DestinationList {
  DestinationList() {}

  /** Immutables' input for {@code ImmutableDestinationList} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractDestinationList extends DestinationList {}

  /** A builder; the SDK reads lists from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The destinations, in Stigg's order. */
  @JsonProperty("destinations")
  @Value.Parameter
  public abstract List<Destination> destinations();

  /** The destination with {@code destinationId}, if the list has it. */
  public Optional<Destination> find(String destinationId) {
    Checks.notNull("destinationId", destinationId);
    for (Destination destination : destinations()) {
      if (destination.destinationId().equals(destinationId)) {
        return Optional.of(destination);
      }
    }
    return Optional.empty();
  }

  /** Members of the response's {@code data} object this SDK version does not name, in order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /** Builds a {@link DestinationList}; without destinations it is empty. Not thread-safe. */
  public static final class Builder extends ModelBuilder<Builder> {
    private List<Destination> destinations = List.of();

    private Builder() {}

    /** Sets the destinations, in order (none may be null). */
    public Builder destinations(List<Destination> destinations) {
      this.destinations = Checks.minItems("destinations", destinations, 0);
      return this;
    }

    /** Builds the list. */
    public DestinationList build() {
      return ImmutableDestinationList.of(destinations, unknownFields());
    }
  }
}
