package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ErrorBody;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.VendorProfile;

/** What the core needs to know about LaunchDarkly's API. Not part of the public API. */
public final class LaunchDarklyProfile {
  private LaunchDarklyProfile() {}

  /** The profile for API version {@code apiVersion}, with the given reset-time wait. */
  public static VendorProfile create(String apiVersion, VendorProfile.RateLimitWait rateLimitWait) {
    return VendorProfile.builder("launchdarkly")
        .fixedHeader("LD-API-Version", apiVersion)
        .errorParser(
            (status, headers, body) -> {
              JsonNode node = Json.mapper().readTree(body);
              if (node == null || !node.isObject()) {
                return ErrorBody.empty();
              }
              return new ErrorBody(node.path("code").textValue(), node.path("message").textValue());
            })
        .rateLimitWait(rateLimitWait)
        .sensitiveFields("apiKey", "secret", "writeKey", "policyKey")
        .build();
  }
}
