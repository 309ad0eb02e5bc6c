package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every typed config builder shares: the values of the members its {@link ConfigFields} name,
 * the members this SDK version does not know, the checks of a value when it is set and of the
 * required members at {@link #build()}. A config's {@code Builder} extends it and adds one setter
 * per member and {@link #asRead()}; its reader fills {@link #values} directly, without the checks.
 *
 * @param <B> the config's builder
 * @param <C> the config
 */
abstract class ConfigBuilder<B extends ConfigBuilder<B, C>, C> {
  private final ConfigFields fields;

  /** The member values in the order of {@link #fields}; null where not set or not read. */
  final Object[] values;

  /** Members this SDK version does not know, in document (or setting) order. */
  final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

  ConfigBuilder(ConfigFields fields) {
    this.fields = fields;
    this.values = new Object[fields.size()];
  }

  /**
   * Adds a config member this SDK version does not name, sent as given (a copy is kept).
   *
   * @throws NullPointerException {@code name must not be null}, {@code value must not be null}
   */
  public final B putUnknownField(String name, JsonNode value) {
    unknownFields.put(Checks.notNull("name", name), Checks.notNull("value", value).deepCopy());
    return self();
  }

  /**
   * Builds the config.
   *
   * @throws IllegalStateException naming every required member not set, for example {@code region
   *     is required}
   */
  public final C build() {
    fields.checkRequired(values);
    return asRead();
  }

  /** Builds what a response held, without the checks of a new destination's config. */
  abstract C asRead();

  /** Sets text member {@code name}, which must not be blank. */
  final B text(String name, String value) {
    return put(name, Checks.notBlank(name, value));
  }

  /** Sets secret member {@code name}. */
  final B secret(String name, Secret value) {
    return put(name, Checks.notNull(name, value));
  }

  /** Sets JSON member {@code name} to a copy of {@code value}, so later changes do not leak in. */
  final B json(String name, JsonNode value) {
    return put(name, Checks.notNull(name, value).deepCopy());
  }

  /** The value of member {@code name}, empty when it was neither set nor read. */
  @SuppressWarnings("unchecked")
  final <T> Optional<T> get(String name) {
    return Optional.ofNullable((T) values[fields.index(name)]);
  }

  private B put(String name, Object value) {
    values[fields.index(name)] = value;
    return self();
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
