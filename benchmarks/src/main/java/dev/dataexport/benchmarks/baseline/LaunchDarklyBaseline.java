package dev.dataexport.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * LaunchDarkly's JSON Patch of a destination written by hand with OkHttp and Jackson, over a {@link
 * BaselineHttp}'s client and mapper.
 */
public final class LaunchDarklyBaseline {
  /** The API version header value. */
  public static final String API_VERSION = "20240415";

  /**
   * One RFC 6902 operation; {@code value} is left out when null (no op of the benchmark sends a
   * null value).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PatchOp(String op, String path, Object value) {}

  /**
   * The destination as returned; the kind-specific config and the access report stay JSON trees.
   * {@code createdAt} is epoch milliseconds: the field says so itself, since a default mapper reads
   * a number as seconds.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Destination(
      @JsonProperty("_id") String id,
      String name,
      String kind,
      Long version,
      JsonNode config,
      Boolean on,
      @JsonFormat(without = JsonFormat.Feature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
          Instant createdAt,
      String maintainerId,
      @JsonProperty("_links") Map<String, Link> links,
      @JsonProperty("_access") JsonNode access) {}

  /** A {@code _links} entry. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Link(String href, String type) {}

  private final BaselineHttp http;
  private final ObjectWriter writer;
  private final ObjectReader reader;
  private final HttpUrl destinations;
  private final String accessToken;
  private final String userAgent;

  /** A baseline client for {@code baseUrl} over {@code http}'s client and mapper. */
  public LaunchDarklyBaseline(
      BaselineHttp http, String baseUrl, String accessToken, String userAgent) {
    this.http = http;
    ObjectMapper mapper = http.mapper();
    this.writer =
        mapper.writerFor(
            mapper.getTypeFactory().constructCollectionType(List.class, PatchOp.class));
    this.reader = mapper.readerFor(Destination.class);
    this.destinations =
        HttpUrl.get(baseUrl).newBuilder().addPathSegments("api/v2/destinations").build();
    this.accessToken = accessToken;
    this.userAgent = userAgent;
  }

  /** {@code PATCH /api/v2/destinations/{projectKey}/{environmentKey}/{id}} with a JSON Patch. */
  public Destination patch(String projectKey, String environmentKey, String id, List<PatchOp> patch)
      throws IOException {
    Request request =
        new Request.Builder()
            .url(
                destinations
                    .newBuilder()
                    .addPathSegment(projectKey)
                    .addPathSegment(environmentKey)
                    .addPathSegment(id)
                    .build())
            .header("User-Agent", userAgent)
            .header("Accept", "application/json")
            .header("LD-API-Version", API_VERSION)
            .header("Authorization", accessToken)
            .patch(RequestBody.create(writer.writeValueAsBytes(patch), BaselineHttp.JSON))
            .build();
    try (Response response = http.http().newCall(request).execute()) {
      BaselineHttp.check(response);
      return reader.readValue(response.body().byteStream());
    }
  }

  /** Serializes a patch (for the serialization benchmark). */
  public byte[] write(List<PatchOp> patch) throws IOException {
    return writer.writeValueAsBytes(patch);
  }
}
