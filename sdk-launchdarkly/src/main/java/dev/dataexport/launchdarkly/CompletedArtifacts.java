package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What LaunchDarkly produced when it completed a warehouse destination's setup ({@code
 * completedArtifacts}, documented for Redshift). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompletedArtifacts.class)
@JsonDeserialize(using = ModelReaders.ArtifactsReader.class)
public abstract class CompletedArtifacts {
  CompletedArtifacts() {}

  /** The SQL setup script originally run against the cluster. */
  @Value.Parameter
  public abstract Optional<String> sqlSetupScript();

  /** The auto-generated S3 staging bucket name. */
  @Value.Parameter
  public abstract Optional<String> s3BucketName();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
