package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.internal.ConfigMasking;
import dev.dataexport.launchdarkly.internal.JsonValues;
import dev.dataexport.launchdarkly.internal.LaunchDarklyChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The desired new state of some fields of a destination, for {@link
 * Destinations#update(DestinationKey, DestinationChange)}: fields not named here are left alone.
 * Secret config values ({@link Secret}s, or members such as {@code writeKey}) are always written,
 * because the API returns them obfuscated and they cannot be compared. Immutable and thread-safe;
 * {@code toString()} masks secrets.
 *
 * <pre>{@code
 * DestinationChange change = DestinationChange.builder().on(false).config("topic", "exports").build();
 * }</pre>
 */
public final class DestinationChange {
  private final Boolean on;
  private final String name;
  private final Map<String, JsonNode> config;
  private final Set<String> removedConfig;
  private final String comment;

  private DestinationChange(Builder builder) {
    this.on = builder.on;
    this.name = builder.name;
    this.config = Collections.unmodifiableMap(new LinkedHashMap<>(builder.config));
    this.removedConfig = Collections.unmodifiableSet(new LinkedHashSet<>(builder.removedConfig));
    this.comment = builder.comment;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The desired on/off state, if changed. */
  public Optional<Boolean> on() {
    return Optional.ofNullable(on);
  }

  /** The desired name, if changed. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The config members to set, by name (values are copies; secrets stay masked). */
  public Map<String, JsonNode> config() {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    config.forEach((member, value) -> copy.put(member, value.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  /** The config members to remove. */
  public Set<String> removedConfig() {
    return removedConfig;
  }

  /** The audit-log comment sent with the change, if any. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /**
   * The operations that bring {@code current} to the desired state, touching only the fields that
   * differ (secret config members always), with this change's comment; without operations when
   * nothing differs. No value read from {@code current} is ever written back.
   */
  JsonPatch patchAgainst(Destination current) {
    JsonPatch.Builder patch = JsonPatch.builder();
    if (comment != null) {
      patch.comment(comment);
    }
    if (on != null && !current.on().equals(Optional.of(on))) {
      patch.operation(
          current.on().isPresent()
              ? PatchOperation.replace(JsonPointer.of("on"), on)
              : PatchOperation.add(JsonPointer.of("on"), on));
    }
    if (name != null && !current.name().equals(Optional.of(name))) {
      patch.operation(
          current.name().isPresent()
              ? PatchOperation.replace(JsonPointer.of("name"), name)
              : PatchOperation.add(JsonPointer.of("name"), name));
    }
    if (config.isEmpty() && removedConfig.isEmpty()) {
      return patch.build();
    }
    Optional<JsonNode> rawConfig = current.rawConfig().filter(node -> !node.isNull());
    if (rawConfig.isEmpty()) {
      if (!config.isEmpty()) {
        ObjectNode whole = JsonNodeFactory.instance.objectNode();
        config.forEach(whole::set);
        patch.operation(PatchOperation.add(JsonPointer.of("config"), whole));
      }
      return patch.build();
    }
    if (!rawConfig.get().isObject()) {
      throw new IllegalStateException(
          "cannot change config members of destination "
              + current.id().orElse("?")
              + ": its config is not a JSON object but "
              + rawConfig.get().getNodeType());
    }
    JsonNode currentConfig = rawConfig.get();
    for (Map.Entry<String, JsonNode> member : config.entrySet()) {
      JsonPointer path = JsonPointer.of("config", member.getKey());
      JsonNode before = currentConfig.get(member.getKey());
      boolean secret =
          JsonValues.containsSecret(member.getValue()) || ConfigMasking.isSecret(member.getKey());
      if (before == null) {
        patch.operation(PatchOperation.add(path, member.getValue()));
      } else if (secret || !JsonValues.jsonEquals(before, member.getValue())) {
        patch.operation(PatchOperation.replace(path, member.getValue()));
      }
    }
    for (String member : removedConfig) {
      if (currentConfig.has(member)) {
        patch.operation(PatchOperation.remove(JsonPointer.of("config", member)));
      }
    }
    return patch.build();
  }

  @Override
  public String toString() {
    ObjectNode masked = JsonNodeFactory.instance.objectNode();
    config.forEach(masked::set);
    return "DestinationChange{on="
        + on
        + ", name="
        + name
        + ", config="
        + ConfigMasking.mask(JsonValues.reveal(masked))
        + ", removedConfig="
        + removedConfig
        + ", comment="
        + comment
        + "}";
  }

  /** Builds a {@link DestinationChange}; not thread-safe. */
  public static final class Builder {
    private Boolean on;
    private String name;
    private final Map<String, JsonNode> config = new LinkedHashMap<>();
    private final Set<String> removedConfig = new LinkedHashSet<>();
    private String comment;

    private Builder() {}

    /** Turns the export on or off. */
    public Builder on(boolean on) {
      this.on = on;
      return this;
    }

    /**
     * Renames the destination.
     *
     * @throws NullPointerException {@code name must not be null}
     * @throws IllegalArgumentException {@code name must not be blank}
     */
    public Builder name(String name) {
      this.name = Checks.notBlank("name", name);
      return this;
    }

    /**
     * Sets config member {@code member} to {@code value}: any Java value the core's JSON maps, a
     * JsonNode, or a {@link Secret} (sent as text, never printed); a text value of a secret-named
     * member is treated as a secret.
     */
    public Builder config(String member, Object value) {
      checkMember(member);
      if (value == null) {
        throw new NullPointerException(
            "value of config member '"
                + member
                + "' must not be null (use removeConfig to remove it)");
      }
      JsonNode tree = JsonValues.toTree(value);
      if (tree.isTextual() && ConfigMasking.isSecret(member) && !tree.textValue().isEmpty()) {
        tree = JsonValues.toTree(Secret.of(tree.textValue()));
      }
      config.put(member, tree);
      removedConfig.remove(member);
      return this;
    }

    /** Removes config member {@code member} when present. */
    public Builder removeConfig(String member) {
      checkMember(member);
      config.remove(member);
      removedConfig.add(member);
      return this;
    }

    /**
     * Sends {@code comment} with the change; it appears in LaunchDarkly's audit log.
     *
     * @throws NullPointerException {@code comment must not be null}
     * @throws IllegalArgumentException {@code comment must not be blank}
     */
    public Builder comment(String comment) {
      this.comment = LaunchDarklyChecks.comment(comment);
      return this;
    }

    /**
     * Builds the change.
     *
     * @throws IllegalStateException when no field is changed
     */
    public DestinationChange build() {
      if (on == null && name == null && config.isEmpty() && removedConfig.isEmpty()) {
        throw new IllegalStateException(
            "a DestinationChange must change at least one field (on, name or config)");
      }
      return new DestinationChange(this);
    }

    private static void checkMember(String member) {
      Checks.notBlank("config member name", member);
    }
  }
}
