package dev.dataexport.benchmarks.baseline;

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
 * against.
 */
public final class StiggBaseline {
  /** The request body. */
  public record UpdateSelection(String integrationId, List<String> enabledModels) {}

  /** The response envelope. */
  public record Envelope(Data data) {}

  /** The envelope's {@code data}. */
  public record Data(List<Destination> destinations) {}

  /** One destination. */
  public record Destination(
      String type,
      Instant connectedAt,
      String destinationId,
      String connectionStatus,
      LastSyncStatus lastSyncStatus,
      List<String> enabledModels) {}

  /** A destination's latest sync. */
  public record LastSyncStatus(
      String transferId,
      String status,
      Instant finishedAt,
      Long rowsTransferred,
      String blamedParty,
      String failureMessage) {}

  private static final ObjectWriter WRITER = BaselineHttp.MAPPER.writerFor(UpdateSelection.class);
  private static final ObjectReader READER = BaselineHttp.MAPPER.readerFor(Envelope.class);

  private final HttpUrl destinations;
  private final String apiKey;
  private final String userAgent;

  /** A baseline client for {@code baseUrl}. */
  public StiggBaseline(String baseUrl, String apiKey, String userAgent) {
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
            .patch(RequestBody.create(WRITER.writeValueAsBytes(body), BaselineHttp.JSON))
            .build();
    try (Response response = BaselineHttp.HTTP.newCall(request).execute()) {
      BaselineHttp.check(response);
      Envelope envelope = READER.readValue(response.body().byteStream());
      return envelope.data();
    }
  }

  /** Parses a response body (for the parsing benchmark). */
  public static Data parse(byte[] body) throws IOException {
    Envelope envelope = READER.readValue(body);
    return envelope.data();
  }
}
