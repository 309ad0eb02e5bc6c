package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One action of {@link Access#allowed()} or {@link Access#denied()}, with the statement that
 * decided it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccessEntry.class)
@JsonDeserialize(using = ModelReaders.AccessEntryReader.class)
public abstract class AccessEntry {
  AccessEntry() {}

  /** The action, for example {@code updateConfiguration}. */
  @Value.Parameter
  public abstract Optional<String> action();

  /** The policy statement that allowed or denied the action. */
  @Value.Parameter
  public abstract Optional<AccessReason> reason();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
