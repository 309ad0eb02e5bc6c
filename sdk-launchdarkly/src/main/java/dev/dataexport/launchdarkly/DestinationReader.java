package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * Reads a {@link Destination} (see {@link ValuesReader}). {@code config} is kept as the JSON
 * received (a JSON null as a null node); an unknown {@code kind} is kept by {@link
 * DestinationKind#of}; a later {@code _links} replaces an earlier one, as for every other member.
 * {@code internal/LaunchDarklyJson} holds the decoder.
 */
final class DestinationReader extends ValuesReader<Destination> {
  private static final long serialVersionUID = 1L;

  DestinationReader() {
    super(Destination.class, 11);
    field(0, "_id", String.class);
    field(1, "name", String.class);
    field(2, "kind", String.class); // made a DestinationKind in build: no reflective creator call
    field(3, "version", Long.class);
    field(4, "on", Boolean.class);
    field(5, "createdAt", Instant.class);
    field(6, "maintainerId", String.class);
    field(7, "_links", Map.class, Link.class);
    field(8, "_access", Access.class);
    field(9, "config", JsonNode.class);
    field(10, "completedArtifacts", CompletedArtifacts.class);
  }

  @Override
  protected Destination build(Object[] v) {
    return ImmutableDestination.of(
        optional(v[0]),
        optional(v[1]),
        openEnum(v[2], DestinationKind::of),
        optionalLong(v[3]),
        optional(v[4]),
        optional(v[5]),
        optional(v[6]),
        map(v[7]),
        optional(v[8]),
        optional(v[10]),
        optional(v[9]),
        others(v));
  }
}
