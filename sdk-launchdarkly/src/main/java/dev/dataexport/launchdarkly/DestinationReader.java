package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a {@link Destination} straight into its builder (see {@link ModelReader}). {@code config}
 * is kept as the JSON received (a JSON null as a null node); an unknown {@code kind} is kept by
 * {@link DestinationKind#of}. Lives beside the model because the generated builder is
 * package-private; {@code internal/LaunchDarklyJson} holds the decoder.
 */
final class DestinationReader extends ModelReader<ImmutableDestination.Builder, Destination> {
  private static final long serialVersionUID = 1L;

  DestinationReader() {
    super(Destination.class, 11);
    field(0, "_id", String.class);
    field(1, "name", String.class);
    field(2, "kind", DestinationKind.class);
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
  protected ImmutableDestination.Builder newBuilder() {
    return ImmutableDestination.builder();
  }

  @Override
  @SuppressWarnings("unchecked")
  protected void set(ImmutableDestination.Builder b, int index, Object v) {
    switch (index) {
      case 0:
        b.id(Optional.ofNullable((String) v));
        break;
      case 1:
        b.name(Optional.ofNullable((String) v));
        break;
      case 2:
        b.kind(Optional.ofNullable((DestinationKind) v));
        break;
      case 3:
        b.version(v == null ? OptionalLong.empty() : OptionalLong.of((Long) v));
        break;
      case 4:
        b.on(Optional.ofNullable((Boolean) v));
        break;
      case 5:
        b.createdAt(Optional.ofNullable((Instant) v));
        break;
      case 6:
        b.maintainerId(Optional.ofNullable((String) v));
        break;
      case 7: // a later _links replaces an earlier one, as for every other member
        b.links(v == null ? Map.of() : (Map<String, Link>) v);
        break;
      case 8:
        b.access(Optional.ofNullable((Access) v));
        break;
      case 9:
        b.rawConfig(Optional.ofNullable((JsonNode) v));
        break;
      case 10:
        b.completedArtifacts(Optional.ofNullable((CompletedArtifacts) v));
        break;
      default:
        throw new IllegalArgumentException("no field " + index);
    }
  }

  @Override
  protected void putOther(ImmutableDestination.Builder b, String name, JsonNode value) {
    b.putUnknownFields(name, value);
  }

  @Override
  protected Destination build(ImmutableDestination.Builder b) {
    return b.build();
  }
}
