package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.spi.VendorProfile;

/** What the core needs to know about LaunchDarkly's API. Not part of the public API. */
public final class LaunchDarklyProfile {
  private LaunchDarklyProfile() {}

  /** The profile for API version {@code apiVersion}, with the given reset-time wait. */
  public static VendorProfile create(String apiVersion, VendorProfile.RateLimitWait rateLimitWait) {
    return VendorProfile.builder("launchdarkly")
        .fixedHeader("LD-API-Version", apiVersion)
        .errorParser((status, headers, body) -> LaunchDarklyJson.errorBody(body))
        .rateLimitWait(rateLimitWait)
        .sensitiveFields("apiKey", "secret", "writeKey", "policyKey")
        .build();
  }
}
