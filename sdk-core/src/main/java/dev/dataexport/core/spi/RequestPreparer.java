package dev.dataexport.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an {@link ApiRequest} into the OkHttp request every attempt of the call sends: the URL from
 * the base URL and the encoded segments, the client's fixed headers with the call's over them
 * (never a credential from a call), and the JSON body, noting the secrets it reveals. Immutable and
 * thread-safe.
 */
final class RequestPreparer {
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final Headers baseHeaders;

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
  }

  /** The OkHttp request of {@code request}; the secrets its body reveals go to {@code secrets}. */
  Request prepare(ApiRequest request, RequestOptions perCall, List<String> secrets) {
    return new Request.Builder()
        .url(url(request))
        .headers(headers(request, perCall))
        .method(request.method().name(), body(request, secrets))
        .build();
  }

  private HttpUrl url(ApiRequest request) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : request.encodedPath()) {
      url.addEncodedPathSegment(segment);
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
}
