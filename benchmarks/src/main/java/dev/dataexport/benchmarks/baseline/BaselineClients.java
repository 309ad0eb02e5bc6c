package dev.dataexport.benchmarks.baseline;

/**
 * The three vendors' hand-written clients over one {@link BaselineHttp} (one shared OkHttpClient
 * and ObjectMapper, as an application would hold them).
 */
public record BaselineClients(
    BaselineHttp http,
    StiggBaseline stigg,
    LaunchDarklyBaseline launchDarkly,
    PrequelBaseline prequel) {

  /** The three clients for {@code baseUrl} over {@code http}. */
  public static BaselineClients of(
      BaselineHttp http, String baseUrl, String apiKey, String userAgent) {
    return new BaselineClients(
        http,
        new StiggBaseline(http, baseUrl, apiKey, userAgent),
        new LaunchDarklyBaseline(http, baseUrl, apiKey, userAgent),
        new PrequelBaseline(http, baseUrl, apiKey, userAgent));
  }

  /** Closes the shared client's pool. */
  public void close() {
    http.close();
  }
}
