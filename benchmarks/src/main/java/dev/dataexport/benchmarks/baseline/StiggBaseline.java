package dev.dataexport.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Stigg's selection update written by hand with OkHttp and Jackson: the floor the SDK is measured
 * against. The client and mapper come from a {@link BaselineHttp} (plain or configured); response
 * records ignore unknown fields themselves, as they must with a default mapper.
 */
public final class StiggBaseline {
  /** The request body. */
  public record UpdateSelection(String integrationId, List<String> enabledModels) {}

  /** The response envelope. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Envelope(Data data) {}

  /** The envelope's {@code data}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Data(List<Destination> destinations) {}

  /** One destination. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Destination(
      String type,
      Instant connectedAt,
      String destinationId,
      String connectionStatus,
      LastSyncStatus lastSyncStatus,
      List<String> enabledModels) {}

  /** A destination's latest sync. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LastSyncStatus(
      String transferId,
      String status,
      Instant finishedAt,
      Long rowsTransferred,
      String blamedParty,
      String failureMessage) {}

  private final BaselineHttp http;
  private final ObjectWriter writer;
  private final ObjectReader reader;
  private final HttpUrl destinations;
  private final String apiKey;
  private final String userAgent;

  /** A baseline client for {@code baseUrl} over {@code http}'s client and mapper. */
  public StiggBaseline(BaselineHttp http, String baseUrl, String apiKey, String userAgent) {
    this.http = http;
    this.writer = http.mapper().writerFor(UpdateSelection.class);
    this.reader = http.mapper().readerFor(Envelope.class);
    this.destinations =
        HttpUrl.get(baseUrl)
            .newBuilder()
            .addPathSegments("api/v1/data-export/destinations")
            .build();
    this.apiKey = apiKey;
    this.userAgent = userAgent;
  }

  /** {@code PATCH /api/v1/data-export/destinations/{destinationId}}. */
  public Data updateSelection(String destinationId, UpdateSelection body) throws IOException {
    Request request =
        new Request.Builder()
            .url(destinations.newBuilder().addPathSegment(destinationId).build())
            .header("User-Agent", userAgent)
            .header("Accept", "application/json")
            .header("X-API-KEY", apiKey)
            .patch(RequestBody.create(writer.writeValueAsBytes(body), BaselineHttp.JSON))
            .build();
    try (Response response = http.http().newCall(request).execute()) {
      BaselineHttp.check(response);
      Envelope envelope = reader.readValue(response.body().byteStream());
      return envelope.data();
    }
  }

  /** Parses a response body (for the parsing benchmark). */
  public Data parse(byte[] body) throws IOException {
    Envelope envelope = reader.readValue(body);
    return envelope.data();
  }
}
