package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The policy statement behind an {@link AccessEntry}: the resources and actions it names (or
 * excludes), its effect and the role it comes from. A {@code null} inside any of the lists is
 * skipped when read (LaunchDarkly's own examples have such lists). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccessReason.class)
@JsonDeserialize(using = ModelReaders.AccessReasonReader.class)
public abstract class AccessReason {
  AccessReason() {}

  /** Resource specifiers the statement applies to, for example {@code proj/*:env/*}. */
  @Value.Parameter
  public abstract List<String> resources();

  /** Resource specifiers the statement applies to all but ({@code notResources}). */
  @Value.Parameter
  public abstract List<String> notResources();

  /** Actions the statement names, for example {@code *}. */
  @Value.Parameter
  public abstract List<String> actions();

  /** Actions the statement applies to all but ({@code notActions}). */
  @Value.Parameter
  public abstract List<String> notActions();

  /** Whether the statement allows or denies; may be a value this SDK version does not name. */
  @Value.Parameter
  public abstract Optional<AccessEffect> effect();

  /** The name of the role the statement comes from ({@code role_name}). */
  @Value.Parameter
  @JsonProperty("role_name")
  public abstract Optional<String> roleName();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
