package dev.dataexport.launchdarkly;

import java.util.List;
import java.util.Map;

/**
 * The readers (see {@link ValuesReader}) of the models nested in a destination and of the list
 * response: {@code _access} and its parts, {@code completedArtifacts}, and {@code {"items",
 * "_links"}}. Beside the models because their implementations are package-private, like {@link
 * DestinationReader}; each keeps unknown members in the model's {@code unknownFields()}, and the
 * core skips a {@code null} inside any list.
 */
final class ModelReaders {
  private ModelReaders() {}

  /** Reads an {@link AccessReason}. */
  static final class AccessReasonReader extends ValuesReader<AccessReason> {
    private static final long serialVersionUID = 1L;

    AccessReasonReader() {
      super(AccessReason.class, 6);
      field(0, "resources", List.class, String.class);
      field(1, "notResources", List.class, String.class);
      field(2, "actions", List.class, String.class);
      field(3, "notActions", List.class, String.class);
      field(4, "effect", String.class); // made an AccessEffect in build, as a kind is
      field(5, "role_name", String.class);
    }

    @Override
    protected AccessReason build(Object[] v) {
      return ImmutableAccessReason.of(
          list(v[0]),
          list(v[1]),
          list(v[2]),
          list(v[3]),
          openEnum(v[4], AccessEffect::of),
          optional(v[5]),
          others(v));
    }
  }

  /** Reads an {@link AccessEntry}. */
  static final class AccessEntryReader extends ValuesReader<AccessEntry> {
    private static final long serialVersionUID = 1L;

    AccessEntryReader() {
      super(AccessEntry.class, 2);
      field(0, "action", String.class);
      field(1, "reason", AccessReason.class);
    }

    @Override
    protected AccessEntry build(Object[] v) {
      return ImmutableAccessEntry.of(optional(v[0]), optional(v[1]), others(v));
    }
  }

  /** Reads an {@link Access}. */
  static final class AccessReader extends ValuesReader<Access> {
    private static final long serialVersionUID = 1L;

    AccessReader() {
      super(Access.class, 2);
      field(0, "allowed", List.class, AccessEntry.class);
      field(1, "denied", List.class, AccessEntry.class);
    }

    @Override
    protected Access build(Object[] v) {
      return ImmutableAccess.of(list(v[0]), list(v[1]), others(v));
    }
  }

  /** Reads a {@link CompletedArtifacts}. */
  static final class ArtifactsReader extends ValuesReader<CompletedArtifacts> {
    private static final long serialVersionUID = 1L;

    ArtifactsReader() {
      super(CompletedArtifacts.class, 2);
      field(0, "sqlSetupScript", String.class);
      field(1, "s3BucketName", String.class);
    }

    @Override
    protected CompletedArtifacts build(Object[] v) {
      return ImmutableCompletedArtifacts.of(optional(v[0]), optional(v[1]), others(v));
    }
  }

  /** Reads a {@link DestinationList}. */
  static final class ListReader extends ValuesReader<DestinationList> {
    private static final long serialVersionUID = 1L;

    ListReader() {
      super(DestinationList.class, 2);
      field(0, "items", List.class, Destination.class);
      field(1, "_links", Map.class, Link.class);
    }

    @Override
    protected DestinationList build(Object[] v) {
      return ImmutableDestinationList.of(list(v[0]), map(v[1]), others(v));
    }
  }
}
