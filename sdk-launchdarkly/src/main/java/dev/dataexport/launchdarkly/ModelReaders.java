package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readers (see {@link ModelReader}) of the models nested in a destination and of the list
 * response: {@code _access} and its parts, {@code completedArtifacts}, and {@code {"items",
 * "_links"}}. Beside the models because their generated builders are package-private, like {@link
 * DestinationReader}; each keeps unknown members in the model's {@code unknownFields()}, and the
 * core skips a {@code null} inside any list.
 */
final class ModelReaders {
  private ModelReaders() {}

  /** Reads an {@link AccessReason}. */
  static final class AccessReasonReader
      extends ModelReader<ImmutableAccessReason.Builder, AccessReason> {
    private static final long serialVersionUID = 1L;

    AccessReasonReader() {
      super(AccessReason.class, 6);
      field(0, "resources", List.class, String.class);
      field(1, "notResources", List.class, String.class);
      field(2, "actions", List.class, String.class);
      field(3, "notActions", List.class, String.class);
      field(4, "effect", AccessEffect.class);
      field(5, "role_name", String.class);
    }

    @Override
    protected ImmutableAccessReason.Builder newBuilder() {
      return ImmutableAccessReason.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // lists come from the deserializer of List<String>
    protected void set(ImmutableAccessReason.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.resources(v == null ? List.of() : (List<String>) v);
          break;
        case 1:
          b.notResources(v == null ? List.of() : (List<String>) v);
          break;
        case 2:
          b.actions(v == null ? List.of() : (List<String>) v);
          break;
        case 3:
          b.notActions(v == null ? List.of() : (List<String>) v);
          break;
        case 4:
          b.effect(Optional.ofNullable((AccessEffect) v));
          break;
        case 5:
          b.roleName(Optional.ofNullable((String) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableAccessReason.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected AccessReason build(ImmutableAccessReason.Builder b) {
      return b.build();
    }
  }

  /** Reads an {@link AccessEntry}. */
  static final class AccessEntryReader
      extends ModelReader<ImmutableAccessEntry.Builder, AccessEntry> {
    private static final long serialVersionUID = 1L;

    AccessEntryReader() {
      super(AccessEntry.class, 2);
      field(0, "action", String.class);
      field(1, "reason", AccessReason.class);
    }

    @Override
    protected ImmutableAccessEntry.Builder newBuilder() {
      return ImmutableAccessEntry.builder();
    }

    @Override
    protected void set(ImmutableAccessEntry.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.action(Optional.ofNullable((String) v));
          break;
        case 1:
          b.reason(Optional.ofNullable((AccessReason) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableAccessEntry.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected AccessEntry build(ImmutableAccessEntry.Builder b) {
      return b.build();
    }
  }

  /** Reads an {@link Access}. */
  static final class AccessReader extends ModelReader<ImmutableAccess.Builder, Access> {
    private static final long serialVersionUID = 1L;

    AccessReader() {
      super(Access.class, 2);
      field(0, "allowed", List.class, AccessEntry.class);
      field(1, "denied", List.class, AccessEntry.class);
    }

    @Override
    protected ImmutableAccess.Builder newBuilder() {
      return ImmutableAccess.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // lists come from the deserializer of List<AccessEntry>
    protected void set(ImmutableAccess.Builder b, int index, Object v) {
      List<AccessEntry> entries = v == null ? List.of() : (List<AccessEntry>) v;
      switch (index) {
        case 0:
          b.allowed(entries);
          break;
        case 1:
          b.denied(entries);
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableAccess.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected Access build(ImmutableAccess.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link CompletedArtifacts}. */
  static final class ArtifactsReader
      extends ModelReader<ImmutableCompletedArtifacts.Builder, CompletedArtifacts> {
    private static final long serialVersionUID = 1L;

    ArtifactsReader() {
      super(CompletedArtifacts.class, 2);
      field(0, "sqlSetupScript", String.class);
      field(1, "s3BucketName", String.class);
    }

    @Override
    protected ImmutableCompletedArtifacts.Builder newBuilder() {
      return ImmutableCompletedArtifacts.builder();
    }

    @Override
    protected void set(ImmutableCompletedArtifacts.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.sqlSetupScript(Optional.ofNullable((String) v));
          break;
        case 1:
          b.s3BucketName(Optional.ofNullable((String) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableCompletedArtifacts.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected CompletedArtifacts build(ImmutableCompletedArtifacts.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link DestinationList}. */
  static final class ListReader
      extends ModelReader<ImmutableDestinationList.Builder, DestinationList> {
    private static final long serialVersionUID = 1L;

    ListReader() {
      super(DestinationList.class, 2);
      field(0, "items", List.class, Destination.class);
      field(1, "_links", Map.class, Link.class);
    }

    @Override
    protected ImmutableDestinationList.Builder newBuilder() {
      return ImmutableDestinationList.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // values come from the deserializers of the declared types
    protected void set(ImmutableDestinationList.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.items(v == null ? List.of() : (List<Destination>) v);
          break;
        case 1:
          b.links(v == null ? Map.of() : (Map<String, Link>) v);
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableDestinationList.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected DestinationList build(ImmutableDestinationList.Builder b) {
      return b.build();
    }
  }
}
