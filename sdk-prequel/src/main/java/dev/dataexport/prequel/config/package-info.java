/**
 * The vendor blocks of a Prequel destination update, one typed config per vendor, built from shared
 * shapes.
 *
 * <p>Each block is an Immutables value with a builder whose fields are all optional: Prequel merges
 * a block into the stored one, so an update sends only what it sets. Credentials are {@link
 * dev.dataexport.core.Secret} values, masked in {@code toString()} and logs. A choice (a selector
 * such as {@code auth_method} plus a sibling object such as {@code password_auth}) is one typed
 * value, a {@link dev.dataexport.prequel.config.ChoiceOption}, so the two can never disagree; where
 * the reference page shows the sibling object without a selector, only the object is sent. Shapes
 * used by several vendors (password auth, access keys, buckets, service accounts) are one type
 * each. Builders validate on {@code build()}, with messages naming the JSON path, for example
 * {@code destination.postgres.port must be 1..65535, was 0}.
 */
@DataExportStyle
package dev.dataexport.prequel.config;

import dev.dataexport.core.spi.DataExportStyle;
