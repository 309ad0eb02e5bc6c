package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.spi.VendorProfile;
import java.util.List;

/** What the core needs to know about LaunchDarkly's API. Not part of the public API. */
public final class LaunchDarklyProfile {
  /** Config member names masked in logs and fleet plans beyond the core's list. */
  public static final List<String> SENSITIVE_FIELDS =
      List.of("apiKey", "secret", "writeKey", "policyKey");

  private LaunchDarklyProfile() {}

  /** The profile for API version {@code apiVersion}, with the given reset-time wait. */
  public static VendorProfile create(String apiVersion, VendorProfile.RateLimitWait rateLimitWait) {
    return VendorProfile.builder("launchdarkly")
        .fixedHeader("LD-API-Version", apiVersion)
        .errorParser((status, headers, body) -> LaunchDarklyJson.errorBody(body))
        .rateLimitWait(rateLimitWait)
        .sensitiveFields(SENSITIVE_FIELDS.toArray(new String[0]))
        .build();
  }
}
