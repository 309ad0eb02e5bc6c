package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A destination's vendor block as Prequel returns it (without secrets): the raw JSON plus typed
 * readers for the fields most blocks share. Immutable (the JSON is copied in and out) and
 * thread-safe.
 */
public final class VendorSettings {
  private final String vendorKey;
  private final ObjectNode json;

  VendorSettings(String vendorKey, ObjectNode json) {
    this.vendorKey = vendorKey;
    this.json = json.deepCopy();
  }

  /** The block's key, for example {@code postgres}. */
  public String vendorKey() {
    return vendorKey;
  }

  /** A copy of the block's JSON. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** A top-level text field of the block, if present and textual. */
  public Optional<String> text(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }

  /** A top-level whole-number field of the block, if present, integral and within a long. */
  public OptionalLong integer(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isIntegralNumber() && node.canConvertToLong()
        ? OptionalLong.of(node.longValue())
        : OptionalLong.empty();
  }

  /** A top-level boolean field of the block, if present and boolean. */
  public Optional<Boolean> bool(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
  }

  /** {@code host}. */
  public Optional<String> host() {
    return text("host");
  }

  /** {@code port}. */
  public OptionalLong port() {
    return integer("port");
  }

  /** {@code database}. */
  public Optional<String> database() {
    return text("database");
  }

  /** {@code schema}. */
  public Optional<String> schema() {
    return text("schema");
  }

  /**
   * {@code auth_method}: which credential kind is stored (the credential itself is never returned).
   */
  public Optional<String> authMethod() {
    return text("auth_method");
  }

  /** {@code bucket_name}. */
  public Optional<String> bucketName() {
    return text("bucket_name");
  }

  /** {@code folder}. */
  public Optional<String> folder() {
    return text("folder");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VendorSettings
        && ((VendorSettings) other).vendorKey.equals(vendorKey)
        && ((VendorSettings) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendorKey, json);
  }

  @Override
  public String toString() {
    return "VendorSettings{" + vendorKey + ": " + json + "}";
  }
}
