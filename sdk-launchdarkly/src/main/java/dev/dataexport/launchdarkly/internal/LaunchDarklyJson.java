package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.VendorProfile.ErrorBody;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationList;
import java.io.IOException;
import java.util.Optional;

/**
 * Every decoder of the module: the destination response and LaunchDarkly's error body {@code
 * {"code", "message", "id"}}. The models themselves are read by their {@link
 * dev.dataexport.core.spi.ModelReader}s, named on each model with {@code @JsonDeserialize}. Public
 * so benchmarks can reach it; not part of the public API.
 */
public final class LaunchDarklyJson {
  /**
   * Reads a {@link Destination}: the response of {@code get}, {@code create}, {@code patch} and
   * {@code update}.
   */
  public static final ResponseDecoder<Destination> DESTINATION =
      ResponseDecoder.json(Destination.class);

  /** Reads a {@link DestinationList}: the response of {@code list}. */
  public static final ResponseDecoder<DestinationList> DESTINATION_LIST =
      ResponseDecoder.json(DestinationList.class);

  /** The result of {@code delete}: a 204, or the 404 that answered a retry. */
  public static final ResponseDecoder<DeleteResult> DELETION = ResponseDecoder.deletion();

  private LaunchDarklyJson() {}

  /**
   * Reads code and message of an error body; empty when it is not a JSON object.
   *
   * @throws IOException when the body is not JSON
   */
  public static ErrorBody errorBody(byte[] body) throws IOException {
    JsonNode node = Json.mapper().readTree(body);
    if (node == null || !node.isObject()) {
      return ErrorBody.empty();
    }
    return new ErrorBody(node.path("code").textValue(), node.path("message").textValue());
  }

  /** The {@code id} of an error body (as text); empty when there is none or it is not JSON. */
  public static Optional<String> errorId(String body) {
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node == null ? Optional.empty() : Optional.ofNullable(node.path("id").textValue());
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
