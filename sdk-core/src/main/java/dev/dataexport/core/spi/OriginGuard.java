package dev.dataexport.core.spi;

import dev.dataexport.core.Credentials;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The network interceptor that keeps the credential to the base URL's origin: it adds it (or lets
 * the one already there pass) on requests to that origin and strips it from any other, so a
 * redirect or a user interceptor never carries it to another host. Running at network level also
 * tells the pipeline that an attempt reached the network, which decides whether a change that is
 * not safe to repeat may be retried. Thread-safe.
 */
final class OriginGuard implements Interceptor {
  private final HttpUrl origin;
  private final String headerName;
  private final String headerValue;
  private final boolean addCredential;

  /** The attempts in flight, whose tracker notes that an attempt reached the network. */
  private final InFlight inFlight;

  /**
   * Guards the base URL's origin. With {@code addCredential} false the request already carries the
   * credential (the pipeline put it there) and is only checked.
   */
  OriginGuard(HttpUrl baseUrl, Credentials credentials, boolean addCredential, InFlight inFlight) {
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
