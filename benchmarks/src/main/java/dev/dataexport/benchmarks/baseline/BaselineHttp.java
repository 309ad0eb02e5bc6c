package dev.dataexport.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * What a careful engineer shares across hand-written calls: one OkHttpClient (same timeouts as the
 * SDK's defaults, no silent retry, no redirects) and one ObjectMapper (unknown fields ignored,
 * java.time support).
 */
public final class BaselineHttp {
  /** {@code application/json}. */
  public static final MediaType JSON = MediaType.get("application/json");

  /** The one HTTP client. */
  public static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(30))
          .writeTimeout(Duration.ofSeconds(30))
          .callTimeout(Duration.ofSeconds(60))
          .retryOnConnectionFailure(false)
          .followRedirects(false)
          .followSslRedirects(false)
          .build();

  /** The one mapper. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
          .build();

  private BaselineHttp() {}

  /** Fails a non-2xx response the way a hand-written client would: status in the message. */
  static void check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code() + " from " + response.request().url());
    }
  }
}
