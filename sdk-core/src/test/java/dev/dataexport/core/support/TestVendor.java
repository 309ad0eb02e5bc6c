package dev.dataexport.core.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.VendorProfile;
import dev.dataexport.core.spi.VendorProfile.ErrorBody;
import java.time.Duration;
import java.time.Instant;

/**
 * A vendor whose error body is {@code {"code": ..., "message": ...}} and whose reset header is
 * X-RateLimit-Reset.
 */
public final class TestVendor {
  private TestVendor() {}

  public static VendorProfile.Builder profileBuilder() {
    return VendorProfile.builder("test")
        .fixedHeader("X-Test-Version", "2024-01-01")
        .errorParser(
            (status, headers, body) -> {
              JsonNode node = Json.mapper().readTree(body);
              return new ErrorBody(node.path("code").textValue(), node.path("message").textValue());
            })
        .rateLimitWait(
            (headers, clock) ->
                headers
                    .first("X-RateLimit-Reset")
                    .map(
                        epochMillis ->
                            Duration.between(
                                clock.instant(),
                                Instant.ofEpochMilli(Long.parseLong(epochMillis)))));
  }

  public static VendorProfile profile() {
    return profileBuilder().build();
  }
}
