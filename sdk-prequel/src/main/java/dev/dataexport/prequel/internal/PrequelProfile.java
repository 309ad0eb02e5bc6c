package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.VendorProfile;
import dev.dataexport.core.spi.VendorProfile.ErrorBody;
import dev.dataexport.prequel.PrequelClient;
import java.io.IOException;
import java.util.List;

/**
 * What the core needs to know about Prequel's API: the API-version header, the error envelope
 * {@code {"status": "error", "data": null, "message": "..."}}, and the credential fields of vendor
 * blocks to mask in logs. Not part of the public API.
 *
 * <p>Prequel documents no error codes. When an error envelope carries a string {@code code} (or,
 * failing that, {@code error_code}) member anyway, it becomes the exception's {@code errorCode()};
 * otherwise there is none, and none is made up.
 */
public final class PrequelProfile {
  private static final ObjectReader TREE = Json.mapper().reader();

  /** Vendor-block credential names masked in logs and fleet plans beyond the core's list. */
  public static final List<String> SENSITIVE_FIELDS =
      List.of("shared_access_signature_token", "storage_account_access_key", "wallet", "access_id");

  private PrequelProfile() {}

  /** The profile for API version {@code apiVersion}. */
  public static VendorProfile create(String apiVersion) {
    return VendorProfile.builder("prequel")
        .fixedHeader(PrequelClient.API_VERSION_HEADER, apiVersion)
        .errorParser(PrequelProfile::parseError)
        .sensitiveFields(SENSITIVE_FIELDS.toArray(new String[0]))
        .build();
  }

  /** Reads message and code of an error response; a body that is no envelope gives neither. */
  static ErrorBody parseError(int status, ResponseHeaders headers, byte[] body) throws IOException {
    JsonNode root = TREE.readTree(body);
    if (root == null || !root.isObject()) {
      return ErrorBody.empty();
    }
    return new ErrorBody(
        code(root.path("code").textValue(), root.path("error_code").textValue()),
        root.path("message").textValue());
  }

  /** The error code of an envelope: {@code code}, else {@code error_code}; blank ones are none. */
  static String code(String code, String errorCode) {
    if (code != null && !code.isBlank()) {
      return code;
    }
    return errorCode != null && !errorCode.isBlank() ? errorCode : null;
  }
}
