package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Checks;
import java.util.Objects;

/**
 * The escape hatch: a vendor block sent as raw JSON under any key, for a vendor (or field) this SDK
 * does not model yet. Its values are not typed, so secrets in it are plain strings: the SDK's logs
 * still mask fields with credential-like names, but prefer a typed block where one exists.
 * Immutable (the node is copied) and thread-safe.
 */
public final class RawVendorBlock implements VendorBlock {
  private final String vendorKey;
  private final ObjectNode body;

  private RawVendorBlock(String vendorKey, ObjectNode body) {
    this.vendorKey = vendorKey;
    this.body = body;
  }

  /** A block written as {@code "vendorKey": body}; the body is copied. */
  public static RawVendorBlock of(String vendorKey, ObjectNode body) {
    Checks.notBlank("destination vendor key", vendorKey);
    Checks.notNull("destination." + vendorKey, body);
    return new RawVendorBlock(vendorKey, body.deepCopy());
  }

  @Override
  public String vendorKey() {
    return vendorKey;
  }

  /** A copy of the block's JSON. */
  public ObjectNode body() {
    return body.deepCopy();
  }

  @JsonValue
  ObjectNode wire() {
    return body;
  }

  /** Names the vendor and the block's field names, never its values (they may be secrets). */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("RawVendorBlock{").append(vendorKey).append(": fields=[");
    body.fieldNames()
        .forEachRemaining(
            name -> text.append(text.charAt(text.length() - 1) == '[' ? "" : ", ").append(name));
    return text.append("]}").toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawVendorBlock
        && ((RawVendorBlock) other).vendorKey.equals(vendorKey)
        && ((RawVendorBlock) other).body.equals(body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendorKey, body);
  }
}
