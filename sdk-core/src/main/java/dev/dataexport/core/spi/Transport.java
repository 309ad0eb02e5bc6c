package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.RequestPreparer.OriginGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Sends {@link ApiRequest}s for one client: prepares each ({@link RequestPreparer}), sends its
 * attempts ({@link Sender}), retries what is safe to retry ({@link RetryRules}), decodes or maps
 * the response ({@link ResponseReader}) and logs ({@link HttpLog}); the credential goes only to the
 * base URL's origin ({@link OriginGuard}). Thread-safe. {@link #close()} releases the OkHttp
 * resources the SDK created and nothing the caller supplied.
 */
public final class Transport implements AutoCloseable {
  /** The longest {@link #close()} waits for the dispatcher's threads to end. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final ClientOptions options;
  final VendorProfile vendor;
  final OkHttpClient http;
  final OriginGuard guard;
  final InFlight inFlight;
  final HttpLog log;
  private final boolean ownsHttp;
  private final RequestPreparer preparer;
  // A call whose body revealed no secret masks only the credential: one shared instance for those.
  private final Redaction credentialOnly;
  private volatile boolean closed;

  /** The listeners whose failure was logged already: each is logged once per client. */
  final Set<dev.dataexport.core.CallListener> failedListeners = ConcurrentHashMap.newKeySet();

  /** The calls running on this transport, stopped by {@link #close()}. */
  private final Set<Exchange<?>> active = ConcurrentHashMap.newKeySet();

  /** Creates the transport of one client, with its own OkHttpClient unless one was supplied. */
  public Transport(ClientOptions options, VendorProfile vendor) {
    this(options, vendor, null);
  }

  private Transport(ClientOptions options, VendorProfile vendor, Transport parent) {
    this.options = Checks.notNull("options", options);
    this.vendor = Checks.notNull("vendor", vendor);
    boolean credentialUpFront = options.okHttpClient() == null;
    this.ownsHttp = parent == null && options.okHttpClient() == null;
    this.inFlight = parent != null ? parent.inFlight : new InFlight();
    this.guard =
        parent != null
            ? parent.guard
            : new OriginGuard(
                options.baseUrl(), options.credentials(), !credentialUpFront, inFlight);
    this.http = parent == null ? buildHttpClient(options, guard) : retime(parent.http, options);
    this.log =
        new HttpLog(
            vendor.name(), options.logLevel(), options.credentials(), vendor.sensitiveFields());
    this.preparer = new RequestPreparer(options, vendor, credentialUpFront);
    this.credentialOnly = new Redaction(options.credentials(), List.of());
  }

  /**
   * A transport with changed options that shares this one's connection pool, dispatcher and
   * interceptors. Closing it closes only the derived transport; the pool stays with this one.
   */
  public Transport withOptions(Consumer<ClientOptions.Builder> change) {
    Checks.notNull("change", change);
    ensureOpen();
    ClientOptions.Builder builder = options.toBuilder();
    change.accept(builder);
    return new Transport(builder.build(), vendor, this);
  }

  private static OkHttpClient buildHttpClient(ClientOptions options, OriginGuard guard) {
    OkHttpClient.Builder builder =
        options.okHttpClient() == null
            ? new OkHttpClient.Builder()
            : options.okHttpClient().newBuilder();
    if (options.okHttpClient() == null || options.timeoutsExplicit()) {
      setTimeouts(builder, options);
    }
    // On the derived copy only, even for a supplied client: OkHttp's silent retry would resend a
    // change that may have arrived, and following a redirect could carry the body (which may hold
    // secrets) to another host. No OkHttp call timeout: InFlight enforces the attempt timeout
    // without putting every call on okio's watchdog.
    return builder
        .callTimeout(Duration.ZERO)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addNetworkInterceptor(guard)
        .build();
  }

  /** The parent's client, or a copy sharing its pool and dispatcher when timeouts changed. */
  private static OkHttpClient retime(OkHttpClient parent, ClientOptions options) {
    if (!options.timeoutsExplicit()
        || parent.connectTimeoutMillis() == options.connectTimeout().toMillis()
            && parent.readTimeoutMillis() == options.readTimeout().toMillis()) {
      return parent;
    }
    return setTimeouts(parent.newBuilder(), options).build();
  }

  private static OkHttpClient.Builder setTimeouts(
      OkHttpClient.Builder builder, ClientOptions options) {
    return builder
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.readTimeout());
  }

  /** The options this transport was built with. */
  public ClientOptions options() {
    return options;
  }

  /**
   * Sends the request and waits for the decoded response, retrying per the retry policy.
   *
   * @throws dev.dataexport.core.errors.DataExportException (a subclass) when the call fails
   * @throws IllegalStateException when the client is closed
   */
  public <T> ApiResponse<T> execute(
      ApiRequest request, ResponseDecoder<T> decoder, RequestOptions requestOptions) {
    Exchange<T> exchange = prepare(request, decoder, requestOptions, false);
    try {
      ApiResponse<T> response = Sender.execute(exchange, options.sleeper());
      exchange.ended(null);
      return response;
    } catch (RuntimeException | Error e) {
      exchange.ended(e);
      throw e;
    } finally {
      active.remove(exchange);
    }
  }

  /**
   * Sends the request without blocking. Cancelling the returned future cancels the HTTP call in
   * flight and any retry still to come.
   *
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ResponseDecoder<T> decoder, RequestOptions requestOptions) {
    Exchange<T> exchange = prepare(request, decoder, requestOptions, true);
    CompletableFuture<ApiResponse<T>> future = Sender.executeAsync(exchange, options.sleeper());
    if (options.listeners().isEmpty()) {
      future.whenComplete((value, error) -> active.remove(exchange));
      return future;
    }
    // The caller's future completes only after the listeners heard of the end, as a blocking call
    // returns only after; with the same value or exception, and cancelling it cancels the call.
    CompletableFuture<ApiResponse<T>> observed = new CompletableFuture<>();
    future.whenComplete(
        (value, error) -> {
          active.remove(exchange);
          exchange.ended(error);
          if (error != null) {
            observed.completeExceptionally(error);
          } else {
            observed.complete(value);
          }
        });
    return AsyncValues.cancelling(observed, future);
  }

  private <T> Exchange<T> prepare(
      ApiRequest request,
      ResponseDecoder<T> decoder,
      RequestOptions requestOptions,
      boolean async) {
    Checks.notNull("request", request);
    Checks.notNull("decoder", decoder);
    RequestOptions perCall = requestOptions == null ? RequestOptions.none() : requestOptions;
    ensureOpen();
    // Only a body can reveal secrets; a call without one needs no list to collect them in.
    List<String> bodySecrets = request.body() == null ? List.of() : new ArrayList<>(0);
    Request okRequest = preparer.prepare(request, perCall, bodySecrets);
    int maxRetries = perCall.maxRetries().orElse(options.retryPolicy().maxRetries());
    Duration callTimeout = perCall.callTimeout().orElse(options.callTimeout());
    Duration attemptTimeout = perCall.attemptTimeout().orElse(options.attemptTimeout());
    Redaction redaction =
        bodySecrets.isEmpty() ? credentialOnly : new Redaction(options.credentials(), bodySecrets);
    Exchange<T> exchange =
        new Exchange<>(
            this,
            request,
            okRequest,
            decoder,
            maxRetries,
            callTimeout,
            attemptTimeout,
            redaction,
            async);
    active.add(exchange);
    if (closed) { // closed between the check above and registering: stop it now
      exchange.closeByClient();
    }
    return exchange;
  }

  private void ensureOpen() {
    if (closed) {
      throw closedException();
    }
  }

  private IllegalStateException closedException() {
    return new IllegalStateException(
        "this " + vendor.name() + " client is closed; build a new client");
  }

  /** The number of calls in flight (for tests: every finished call must have been released). */
  int callsInFlight() {
    return inFlight.size();
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Closes the client: every call in flight or waiting to retry is cancelled and fails at once with
   * a {@code ApiConnectionException.ClientClosed} (no retry or wait starts after this); later calls
   * fail with {@link IllegalStateException}. For an SDK-created OkHttpClient the dispatcher is shut
   * down and its threads are waited for (at most 2 s), and pooled connections are released; a
   * caller-supplied OkHttpClient, and the pool a derived transport shares, are left open.
   * Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Exchange<?> exchange : active) {
      exchange.closeByClient();
    }
    if (ownsHttp) {
      http.dispatcher().cancelAll();
      ExecutorService dispatcher = http.dispatcher().executorService();
      dispatcher.shutdown();
      try {
        // The cancelled calls end at once; wait for their (non-daemon) threads, but boundedly.
        dispatcher.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      http.connectionPool().evictAll();
    }
  }

  /**
   * Derives futures from an async call while keeping "cancel cancels the HTTP call": a plain {@code
   * thenApply(ApiResponse::value)} would return a future whose {@code cancel} never reaches the
   * call, because {@link CompletableFuture} does not pass cancellation upstream.
   */
  public static final class AsyncValues {
    private AsyncValues() {}

    /**
     * The value of the response once it arrives; cancelling the returned future cancels {@code
     * response}.
     */
    public static <T> CompletableFuture<T> of(CompletableFuture<ApiResponse<T>> response) {
      return cancelling(response.thenApply(ApiResponse::value), response);
    }

    /** Returns {@code derived}, made to cancel {@code upstream} when it is cancelled itself. */
    public static <T> CompletableFuture<T> cancelling(
        CompletableFuture<T> derived, Future<?> upstream) {
      derived.whenComplete(
          (ignored, error) -> {
            if (derived.isCancelled()) {
              upstream.cancel(true);
            }
          });
      return derived;
    }
  }
}
