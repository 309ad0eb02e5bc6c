package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A vendor block of a destination update, written under its {@link #vendorKey()} (for example
 * {@code postgres}). Implemented by one typed config per vendor and by {@link RawVendorBlock} for
 * vendors this SDK does not know yet. Every field of a typed block is optional: Prequel merges the
 * block into the stored one, so an update sends only what changes. Implementations are immutable
 * and thread-safe.
 */
public interface VendorBlock {
  /** The key the block is written under, which is also the destination's vendor. */
  @JsonIgnore
  String vendorKey();
}
