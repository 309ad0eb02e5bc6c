package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.core.spi.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every Data Export destination of the account, as {@code GET /api/v2/destinations} returns it
 * ({@code {"_links", "items"}}; LaunchDarkly does not page it), with client-side lookups by key,
 * project, environment and kind. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDestinationList.class)
@JsonDeserialize(using = ModelReaders.ListReader.class)
public abstract class DestinationList {
  DestinationList() {}

  /** The destinations, in LaunchDarkly's order. */
  @Value.Parameter
  public abstract List<Destination> items();

  /** Related resources ({@code _links}) by relation, for example {@code self}. */
  @Value.Parameter
  @JsonProperty("_links")
  public abstract Map<String, Link> links();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** The destinations {@code filter} keeps, in LaunchDarkly's order. */
  public List<Destination> filter(DestinationFilter filter) {
    Checks.notNull("filter", filter);
    List<Destination> kept = new ArrayList<>();
    for (Destination destination : items()) {
      if (filter.matches(destination)) {
        kept.add(destination);
      }
    }
    return List.copyOf(kept);
  }

  /** The destination with {@code key} (placed by its {@code self} link and id), if listed. */
  public Optional<Destination> find(DestinationKey key) {
    Checks.notNull("key", key);
    for (Destination destination : items()) {
      if (destination.key().filter(key::equals).isPresent()) {
        return Optional.of(destination);
      }
    }
    return Optional.empty();
  }

  /**
   * The destination of {@code kind} in environment {@code environment}, if listed; LaunchDarkly
   * allows at most one of each kind per environment.
   */
  public Optional<Destination> find(EnvironmentKey environment, DestinationKind kind) {
    List<Destination> found = filter(DestinationFilter.all().environment(environment).kind(kind));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The number of destinations and their ids, without configs. */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    items().forEach(d -> ids.add(d.id().orElse("?")));
    return "DestinationList{size=" + items().size() + ", ids=" + ids + "}";
  }
}
