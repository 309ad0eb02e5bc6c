package dev.dataexport.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The prepare layer: turns an {@link ApiRequest} into the OkHttp request every attempt of the call
 * sends (the URL from the base URL and the encoded segments, the client's fixed headers with the
 * call's over them, never a credential from a call, and the JSON body, noting the secrets it
 * reveals), and guards every network hop of it ({@link OriginGuard}): the credential goes only to
 * the base URL's origin. Immutable and thread-safe.
 */
final class RequestPreparer {
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final Headers baseHeaders;

  /**
   * A request with the base URL and {@link #baseHeaders}, copied for each call: a new {@code
   * Request.Builder} makes an empty header list that {@code headers(...)} then replaces by a copy,
   * one list more per call than copying this.
   */
  private final Request template;

  RequestPreparer(ClientOptions options, VendorProfile vendor, boolean credentialUpFront) {
    this.baseUrl = options.baseUrl();
    this.credentials = options.credentials();
    for (String name : options.defaultHeaders().keySet()) {
      refuseCredentialHeader(name, "a default header");
    }
    Headers.Builder headers =
        new Headers.Builder()
            .add("User-Agent", options.userAgent())
            .add("Accept", "application/json");
    vendor.fixedHeaders().forEach(headers::set);
    options.defaultHeaders().forEach(headers::set);
    // Only with an OkHttpClient the SDK built, which has no interceptor but ours and follows no
    // redirect, does the credential travel with the fixed headers (set once here); a supplied
    // client may carry the caller's interceptors, so there OriginGuard adds it, after them.
    if (credentialUpFront) {
      headers.set(credentials.headerName(), credentials.headerValue().reveal());
    }
    this.baseHeaders = headers.build();
    this.template = new Request.Builder().url(baseUrl).headers(baseHeaders).build();
  }

  /** The OkHttp request of {@code request}; the secrets its body reveals go to {@code secrets}. */
  Request prepare(ApiRequest request, RequestOptions perCall, List<String> secrets) {
    Request.Builder prepared = template.newBuilder().url(url(request));
    Headers headers = headers(request, perCall);
    if (headers != baseHeaders) {
      prepared.headers(headers);
    }
    return prepared.method(request.method().name(), body(request, secrets)).build();
  }

  private HttpUrl url(ApiRequest request) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (int i = 0, count = request.segmentCount(); i < count; i++) {
      url.addEncodedPathSegment(request.segment(i));
    }
    for (Map.Entry<String, String> query : request.query().entrySet()) {
      url.addQueryParameter(query.getKey(), query.getValue());
    }
    return url.build();
  }

  private Headers headers(ApiRequest request, RequestOptions perCall) {
    if (request.headers().isEmpty() && perCall.headers().isEmpty()) {
      return baseHeaders;
    }
    for (String name : perCall.headers().keySet()) {
      refuseCredentialHeader(name, "a per-call header");
    }
    for (String name : request.headers().keySet()) {
      refuseCredentialHeader(name, "a request header");
    }
    Headers.Builder headers = baseHeaders.newBuilder();
    request.headers().forEach(headers::set);
    perCall.headers().forEach(headers::set);
    return headers.build();
  }

  /**
   * Refuses a header that would replace or duplicate the credential: silently dropping it would
   * hide the mistake, sending it would mix two identities.
   */
  private void refuseCredentialHeader(String name, String what) {
    if (name.equalsIgnoreCase(credentials.headerName()) || name.equalsIgnoreCase("Authorization")) {
      throw new IllegalArgumentException(
          name
              + " cannot be set as "
              + what
              + ": it carries the client's credentials. To call with other credentials, build"
              + " another client with them (clients are cheap to build; withOptions(...) shares"
              + " the connection pool)");
    }
  }

  private static RequestBody body(ApiRequest request, List<String> secrets) {
    if (request.body() == null) {
      return request.method() == HttpMethod.GET || request.method() == HttpMethod.DELETE
          ? null
          : RequestBody.create(new byte[0], JSON);
    }
    Redaction.collectInto(secrets);
    try {
      return RequestBody.create(Json.mapper().writeValueAsBytes(request.body()), JSON);
    } catch (JsonProcessingException e) {
      // A request model that cannot be written is a bug in the caller's values, caught before any
      // I/O.
      throw new IllegalArgumentException(
          request + ": the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    } finally {
      Redaction.stop();
    }
  }

  /**
   * The network interceptor that keeps the credential to the base URL's origin: it adds it (or lets
   * the one already there pass) on requests to that origin and strips it from any other, so a
   * redirect or a user interceptor never carries it to another host. Running at network level also
   * tells the pipeline that an attempt reached the network, which decides whether a change that is
   * not safe to repeat may be retried. Thread-safe.
   */
  static final class OriginGuard implements Interceptor {
    private final HttpUrl origin;
    private final String headerName;
    private final String headerValue;
    private final boolean addCredential;

    /** The attempts in flight, whose tracker notes that an attempt reached the network. */
    private final InFlight inFlight;

    /**
     * Guards the base URL's origin. With {@code addCredential} false the request already carries
     * the credential (the pipeline put it there) and is only checked.
     */
    OriginGuard(
        HttpUrl baseUrl, Credentials credentials, boolean addCredential, InFlight inFlight) {
      this.origin = baseUrl;
      this.inFlight = inFlight;
      this.headerName = credentials.headerName();
      this.headerValue = credentials.headerValue().reveal();
      this.addCredential = addCredential;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      InFlight.Tracker tracker = inFlight.get(chain.call());
      if (tracker != null) {
        tracker.markReachedNetwork();
      }
      HttpUrl url = request.url();
      if (sameOrigin(url, origin)) {
        return chain.proceed(
            addCredential ? request.newBuilder().header(headerName, headerValue).build() : request);
      }
      if (request.header(headerName) == null && request.header("Authorization") == null) {
        return chain.proceed(request);
      }
      return chain.proceed(
          request.newBuilder().removeHeader(headerName).removeHeader("Authorization").build());
    }

    /** Whether {@code url} has {@code origin}'s scheme, host and port. */
    static boolean sameOrigin(HttpUrl url, HttpUrl origin) {
      return url.scheme().equals(origin.scheme())
          && url.host().equals(origin.host())
          && url.port() == origin.port();
    }
  }
}
