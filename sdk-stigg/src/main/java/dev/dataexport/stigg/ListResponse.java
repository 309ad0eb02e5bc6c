package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ResponseDecoder;
import java.io.IOException;

/**
 * Stigg's envelope {@code {"data": {"destinations": [...]}}}, unwrapped to the {@link
 * DestinationList}.
 */
final class ListResponse {
  private static final ObjectReader READER = Json.mapper().readerFor(ListResponse.class);

  /** Decodes the envelope; a body without {@code data} is an invalid response. */
  static final ResponseDecoder<DestinationList> DECODER =
      response -> {
        ListResponse envelope = response.readJson(READER);
        if (envelope == null || envelope.data == null) {
          throw new IOException(
              "expected {\"data\": {\"destinations\": [...]}} but the response has no \"data\" object");
        }
        return envelope.data;
      };

  private final DestinationList data;

  @JsonCreator
  ListResponse(@JsonProperty("data") DestinationList data) {
    this.data = data;
  }
}
