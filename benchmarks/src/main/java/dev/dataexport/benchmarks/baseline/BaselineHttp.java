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
 * What hand-written calls share: one {@link OkHttpClient} and one {@link ObjectMapper}. Two
 * flavours are measured:
 *
 * <ul>
 *   <li>{@link #plain()}: what most applications write, a default {@code new OkHttpClient()} and a
 *       default {@code new ObjectMapper()} with only the {@code JavaTimeModule} registered (records
 *       tolerate unknown fields by their own {@code @JsonIgnoreProperties});
 *   <li>{@link #configured()}: configured like the SDK, the same timeouts as the SDK's defaults, no
 *       silent retry, no redirects, unknown fields ignored and timestamps read as milliseconds by
 *       the mapper.
 * </ul>
 *
 * <p>Each factory lives in its own nested class, so building one flavour (in a cold-start probe)
 * neither loads nor verifies the classes only the other uses.
 */
public final class BaselineHttp {
  /** {@code application/json}. */
  public static final MediaType JSON = MediaType.get("application/json");

  /** The name of {@link #plain()}. */
  public static final String PLAIN = "plain";

  /** The name of {@link #configured()}. */
  public static final String CONFIGURED = "configured";

  private final String flavour;
  private final OkHttpClient http;
  private final ObjectMapper mapper;

  /** A pair of {@code http} and {@code mapper}, named {@code flavour} in reports. */
  public BaselineHttp(String flavour, OkHttpClient http, ObjectMapper mapper) {
    this.flavour = flavour;
    this.http = http;
    this.mapper = mapper;
  }

  /** A new plain pair: {@code new OkHttpClient()} and a default mapper with java.time support. */
  public static BaselineHttp plain() {
    return Plain.create();
  }

  /** A new pair configured like the SDK. */
  public static BaselineHttp configured() {
    return Configured.create();
  }

  /** A new pair of the flavour named {@code flavour} ({@value #PLAIN} or {@value #CONFIGURED}). */
  public static BaselineHttp of(String flavour) {
    switch (flavour) {
      case PLAIN:
        return plain();
      case CONFIGURED:
        return configured();
      default:
        throw new IllegalArgumentException("unknown baseline flavour " + flavour);
    }
  }

  /** {@value #PLAIN} or {@value #CONFIGURED}. */
  public String flavour() {
    return flavour;
  }

  /** The one HTTP client. */
  public OkHttpClient http() {
    return http;
  }

  /** The one mapper. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Releases the client's pooled connections and its dispatcher (at the end of a benchmark). */
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return flavour;
  }

  /** Fails a non-2xx response the way a hand-written client would: status in the message. */
  static void check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code() + " from " + response.request().url());
    }
  }

  private static final class Plain {
    static BaselineHttp create() {
      return new BaselineHttp(
          PLAIN, new OkHttpClient(), new ObjectMapper().registerModule(new JavaTimeModule()));
    }
  }

  private static final class Configured {
    static BaselineHttp create() {
      OkHttpClient http =
          new OkHttpClient.Builder()
              .connectTimeout(Duration.ofSeconds(10))
              .readTimeout(Duration.ofSeconds(30))
              .writeTimeout(Duration.ofSeconds(30))
              .callTimeout(Duration.ofSeconds(60))
              .retryOnConnectionFailure(false)
              .followRedirects(false)
              .followSslRedirects(false)
              .build();
      ObjectMapper mapper =
          JsonMapper.builder()
              .addModule(new JavaTimeModule())
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
              .build();
      return new BaselineHttp(CONFIGURED, http, mapper);
    }
  }
}
