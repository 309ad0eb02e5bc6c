/**
 * The LaunchDarkly Data Export destination API: {@link
 * dev.dataexport.launchdarkly.LaunchDarklyClient}, JSON Patch and JSON Merge Patch documents, and
 * the destination model.
 */
@DataExportStyle
package dev.dataexport.launchdarkly;

import dev.dataexport.core.spi.DataExportStyle;
