/**
 * The LaunchDarkly Data Export destination API: {@link
 * dev.dataexport.launchdarkly.LaunchDarklyClient}, JSON Patch and JSON Merge Patch documents, and
 * the destination model.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package dev.dataexport.launchdarkly;

import org.immutables.value.Value;
