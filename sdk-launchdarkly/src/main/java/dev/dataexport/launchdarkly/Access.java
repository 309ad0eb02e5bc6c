package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the caller's token may do with a destination ({@code _access}): the actions allowed and
 * denied, each with its reason. Empty lists when LaunchDarkly sends none. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccess.class)
@JsonDeserialize(using = ModelReaders.AccessReader.class)
public abstract class Access {
  Access() {}

  /** The actions the caller may take, in LaunchDarkly's order. */
  @Value.Parameter
  public abstract List<AccessEntry> allowed();

  /** The actions the caller may not take, in LaunchDarkly's order. */
  @Value.Parameter
  public abstract List<AccessEntry> denied();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
