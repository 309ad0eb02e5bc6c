package dev.dataexport.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Prequel's destination update (an iceberg block) written by hand with OkHttp and Jackson, over a
 * {@link BaselineHttp}'s client and mapper.
 */
public final class PrequelBaseline {
  /** The API version header value. */
  public static final String API_VERSION = "2023-12-01";

  /** {@code {"destination": {...}}}. */
  public record UpdateBody(Update destination) {}

  /** The fields of the update that are set. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Update(
      String name,
      @JsonProperty("frequency_minutes") Integer frequencyMinutes,
      @JsonProperty("enabled_models") List<String> enabledModels,
      @JsonProperty("is_enabled") Boolean isEnabled,
      Iceberg iceberg) {}

  /** The iceberg block. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Iceberg(
      @JsonProperty("retention_window_days") Integer retentionWindowDays,
      @JsonProperty("catalog_glue") Glue catalogGlue) {}

  /** A Glue catalog. */
  public record Glue(
      String database, @JsonProperty("storage_options") StorageOptions storageOptions) {}

  /** The catalog's storage. */
  public record StorageOptions(@JsonProperty("bucket_s3") S3 bucketS3) {}

  /** An S3 bucket with IAM-role access. */
  public record S3(
      @JsonProperty("bucket_name") String bucketName,
      @JsonProperty("bucket_region") String bucketRegion,
      String folder,
      @JsonProperty("bucket_auth_method") String bucketAuthMethod,
      @JsonProperty("aws_iam_role") IamRole awsIamRole) {}

  /** An IAM role. */
  public record IamRole(@JsonProperty("aws_iam_role_arn") String awsIamRoleArn) {}

  /** The response envelope. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Envelope(String status, Data data, String message) {}

  /** The envelope's data. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Data(Destination destination) {}

  /**
   * The destination as returned; the vendor block (no secrets) stays a tree, like any kind-specific
   * block.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Destination(
      String id,
      String vendor,
      String name,
      @JsonProperty("recipient_id") String recipientId,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("updated_at") Instant updatedAt,
      @JsonProperty("last_successful_transfer_ended_at") Instant lastSuccessfulTransferEndedAt,
      @JsonProperty("frequency_minutes") Integer frequencyMinutes,
      @JsonProperty("id_in_provider_system") String idInProviderSystem,
      List<String> products,
      @JsonProperty("enabled_models") List<String> enabledModels,
      @JsonProperty("max_concurrent_transfers") Integer maxConcurrentTransfers,
      @JsonProperty("max_concurrent_queries_per_transfer") Integer maxConcurrentQueriesPerTransfer,
      @JsonProperty("is_enabled") Boolean isEnabled,
      JsonNode iceberg,
      @JsonProperty("last_completed_transfer") Transfer lastCompletedTransfer,
      @JsonProperty("total_rows_transferred_last_billing_period")
          Long totalRowsTransferredLastBillingPeriod,
      @JsonProperty("total_delta_rows_transferred_last_billing_period")
          Long totalDeltaRowsLastBillingPeriod,
      @JsonProperty("total_rows_transferred_current_billing_period")
          Long totalRowsTransferredCurrentBillingPeriod) {}

  /** A transfer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Transfer(
      String id,
      String status,
      @JsonProperty("is_full_refresh") Boolean isFullRefresh,
      List<String> models,
      String log,
      @JsonProperty("submitted_at") Instant submittedAt,
      @JsonProperty("start_transfer_window_at") Instant startTransferWindowAt,
      @JsonProperty("end_transfer_window_at") Instant endTransferWindowAt,
      @JsonProperty("rows_transferred") Long rowsTransferred,
      @JsonProperty("delta_rows_transferred") Long deltaRowsTransferred,
      @JsonProperty("volume_transferred_in_mb") Long volumeTransferredInMb,
      @JsonProperty("is_debug_mode") Boolean isDebugMode,
      @JsonProperty("actor_id") String actorId,
      @JsonProperty("actor_type") String actorType,
      @JsonProperty("source_ids") List<String> sourceIds,
      @JsonProperty("destination_id") String destinationId,
      @JsonProperty("model_metrics") List<ModelMetric> modelMetrics,
      @JsonProperty("models_snapshot") List<ModelSnapshot> modelsSnapshot,
      @JsonProperty("started_at") Instant startedAt,
      @JsonProperty("ended_at") Instant endedAt,
      Map<String, String> tags) {}

  /** One model's numbers in a transfer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ModelMetric(
      @JsonProperty("model_id") String modelId,
      @JsonProperty("model_name") String modelName,
      @JsonProperty("rows_transferred") Long rowsTransferred,
      @JsonProperty("delta_rows_transferred") Long deltaRowsTransferred,
      @JsonProperty("volume_transferred_in_mb") Long volumeTransferredInMb,
      @JsonProperty("start_transfer_window_at") Instant startTransferWindowAt,
      @JsonProperty("end_transfer_window_at") Instant endTransferWindowAt,
      @JsonProperty("most_recent_last_updated_at") Instant mostRecentLastUpdatedAt,
      ModelError error) {}

  /** A model's error. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ModelError(
      @JsonProperty("error_code") String errorCode,
      String title,
      String blame,
      @JsonProperty("documentation_url") String documentationUrl,
      String message) {}

  /** A model's revision in a transfer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ModelSnapshot(
      @JsonProperty("model_id") String modelId,
      @JsonProperty("model_name") String modelName,
      @JsonProperty("revision_id") String revisionId) {}

  private final BaselineHttp http;
  private final ObjectWriter writer;
  private final ObjectReader reader;
  private final HttpUrl destinations;
  private final String apiKey;
  private final String userAgent;

  /** A baseline client for {@code baseUrl} over {@code http}'s client and mapper. */
  public PrequelBaseline(BaselineHttp http, String baseUrl, String apiKey, String userAgent) {
    this.http = http;
    this.writer = http.mapper().writerFor(UpdateBody.class);
    this.reader = http.mapper().readerFor(Envelope.class);
    this.destinations = HttpUrl.get(baseUrl).newBuilder().addPathSegment("destinations").build();
    this.apiKey = apiKey;
    this.userAgent = userAgent;
  }

  /** {@code PATCH /destinations/{destination_id}}. */
  public Destination update(String destinationId, Update update) throws IOException {
    Request request =
        new Request.Builder()
            .url(destinations.newBuilder().addPathSegment(destinationId).build())
            .header("User-Agent", userAgent)
            .header("Accept", "application/json")
            .header("X-Prequel-Api-Version", API_VERSION)
            .header("X-API-KEY", apiKey)
            .patch(RequestBody.create(write(update), BaselineHttp.JSON))
            .build();
    try (Response response = http.http().newCall(request).execute()) {
      BaselineHttp.check(response);
      return unwrap(reader.readValue(response.body().byteStream()));
    }
  }

  /** The update body as bytes (for the serialization benchmark). */
  public byte[] write(Update update) throws IOException {
    return writer.writeValueAsBytes(new UpdateBody(update));
  }

  /** Parses a response body (for the parsing benchmark). */
  public Destination parse(byte[] body) throws IOException {
    return unwrap(reader.readValue(body));
  }

  private static Destination unwrap(Envelope envelope) throws IOException {
    if (!"success".equals(envelope.status()) || envelope.data() == null) {
      throw new IOException("Prequel error: " + envelope.message());
    }
    return envelope.data().destination();
  }

  /** The update of the benchmark with {@code models}, as a hand-written client would build it. */
  public static Update update(List<String> models) {
    return new Update(
        "Acme lakehouse",
        60,
        models,
        true,
        new Iceberg(
            7,
            new Glue(
                "acme_export",
                new StorageOptions(
                    new S3(
                        "acme-lakehouse",
                        "us-east-1",
                        "exports/prequel",
                        "aws_iam_role",
                        new IamRole("arn:aws:iam::123456789012:role/prequel-export"))))));
  }
}
