/**
 * LaunchDarkly fleet operations: {@link dev.dataexport.launchdarkly.fleet.LaunchDarklyFleet} gives
 * a {@link dev.dataexport.core.fleet.FleetOperation} over destination keys or the filtered list,
 * planning each destination's version-guarded JSON Patch and pacing on LaunchDarkly's {@code
 * X-Ratelimit-*} headers.
 */
package dev.dataexport.launchdarkly.fleet;
