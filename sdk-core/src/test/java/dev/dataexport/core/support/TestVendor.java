package dev.dataexport.core.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Json;
import dev.dataexport.core.http.ErrorBody;
import dev.dataexport.core.http.VendorProfile;

/** A vendor whose error body is {@code {"code": ..., "message": ...}}. */
public final class TestVendor {
  private TestVendor() {}

  public static VendorProfile profile() {
    return VendorProfile.builder("test")
        .fixedHeader("X-Test-Version", "2024-01-01")
        .errorParser((status, headers, body) -> {
          JsonNode node = Json.mapper().readTree(body);
          return new ErrorBody(node.path("code").textValue(), node.path("message").textValue());
        })
        .build();
  }
}
