package dev.dataexport.core.internal;

import dev.dataexport.core.Credentials;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that puts the credential on requests to the base URL's origin only, and
 * strips it from any other (a redirect to another host gets no credential). Running at network
 * level also tells the pipeline that a connection was established, so a failure after this point
 * may have reached the server.
 */
public final class CredentialInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final String headerName;
  private final String headerValue;
  private final boolean addCredential;
  private final CallTrackers trackers;

  /**
   * Creates the interceptor for the base URL's origin, reporting to {@code trackers}. With {@code
   * addCredential} false the request already carries the credential (the pipeline put it there) and
   * is only checked.
   */
  public CredentialInterceptor(
      HttpUrl baseUrl, Credentials credentials, boolean addCredential, CallTrackers trackers) {
    this.origin = baseUrl;
    this.headerName = credentials.headerName();
    this.headerValue = credentials.headerValue().reveal();
    this.addCredential = addCredential;
    this.trackers = trackers;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    trackers.markReachedNetwork(chain.call());
    HttpUrl url = request.url();
    boolean sameOrigin =
        url.scheme().equals(origin.scheme())
            && url.host().equals(origin.host())
            && url.port() == origin.port();
    if (sameOrigin) {
      return chain.proceed(
          addCredential ? request.newBuilder().header(headerName, headerValue).build() : request);
    }
    if (request.header(headerName) == null && request.header("Authorization") == null) {
      return chain.proceed(request);
    }
    return chain.proceed(
        request.newBuilder().removeHeader(headerName).removeHeader("Authorization").build());
  }
}
