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
 * The answer of a sync trigger, the {@code data} of {@code {"data": {"results": [...]}}}: one
 * {@link SyncResult} per destination Stigg tried. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.SyncResultsReader.class)
public abstract class SyncResults {
  SyncResults() {}

  /** Immutables' input for {@code ImmutableSyncResults} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractSyncResults extends SyncResults {}

  /** A builder; the SDK reads results from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The results, in Stigg's order. */
  @JsonProperty("results")
  @Value.Parameter
  public abstract List<SyncResult> results();

  /** The result for {@code destinationId}, if Stigg reported one. */
  public Optional<SyncResult> find(String destinationId) {
    Checks.notNull("destinationId", destinationId);
    for (SyncResult result : results()) {
      if (result.destinationId().equals(destinationId)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /** Members of the response's {@code data} object this SDK version does not name, in order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /** Builds a {@link SyncResults}; without results it is empty. Not thread-safe. */
  public static final class Builder extends ModelBuilder<Builder> {
    private List<SyncResult> results = List.of();

    private Builder() {}

    /** Sets the results, in order (none may be null). */
    public Builder results(List<SyncResult> results) {
      this.results = Checks.minItems("results", results, 0);
      return this;
    }

    /** Builds the results. */
    public SyncResults build() {
      return ImmutableSyncResults.of(results, unknownFields());
    }
  }
}
