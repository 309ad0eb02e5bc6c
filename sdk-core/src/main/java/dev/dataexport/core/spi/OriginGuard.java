package dev.dataexport.core.spi;

import dev.dataexport.core.Credentials;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
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

  /**
   * The tracker of each call in flight. A request tag would do the same, but OkHttp copies the tag
   * map into every request it derives (three per call), which costs more than this one entry per
   * attempt.
   */
  private final ConcurrentHashMap<Call, Attempts> inFlight = new ConcurrentHashMap<>();

  /**
   * Guards the base URL's origin. With {@code addCredential} false the request already carries the
   * credential (the pipeline put it there) and is only checked.
   */
  OriginGuard(HttpUrl baseUrl, Credentials credentials, boolean addCredential) {
    this.origin = baseUrl;
    this.headerName = credentials.headerName();
    this.headerValue = credentials.headerValue().reveal();
    this.addCredential = addCredential;
  }

  /** Tracks {@code call}; pair with {@link #release(Call)} once it has finished. */
  void register(Call call, Attempts attempts) {
    inFlight.put(call, attempts);
  }

  /** Forgets {@code call}. Idempotent. */
  void release(Call call) {
    inFlight.remove(call);
  }

  /** The number of calls registered and not yet released (for tests). */
  int callsInFlight() {
    return inFlight.size();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Attempts attempts = inFlight.get(chain.call());
    if (attempts != null) {
      attempts.markReachedNetwork();
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

  /**
   * Per call: which attempt is current and whether it reached the network (a connection was
   * established). Thread-safe.
   */
  static final class Attempts {
    private volatile int current;
    private volatile int reachedNetworkOn;

    /** Starts attempt {@code number}. */
    void start(int number) {
      this.current = number;
    }

    void markReachedNetwork() {
      this.reachedNetworkOn = current;
    }

    /** Whether the current attempt reached the network. */
    boolean reachedNetwork() {
      return reachedNetworkOn == current;
    }
  }
}
