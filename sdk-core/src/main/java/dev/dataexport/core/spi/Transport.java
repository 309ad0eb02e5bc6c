package dev.dataexport.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.internal.AttemptTracker;
import dev.dataexport.core.internal.CallTrackers;
import dev.dataexport.core.internal.CredentialInterceptor;
import dev.dataexport.core.internal.HttpLog;
import dev.dataexport.core.internal.RevealedSecrets;
import dev.dataexport.core.internal.Scrubber;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link ApiRequest}s: adds the credential (only for the base URL's origin), retries what is
 * safe to retry, logs, and maps responses to values or typed exceptions. One per client;
 * thread-safe. {@link #close()} releases the OkHttp resources the SDK created and nothing the
 * caller supplied.
 */
public final class Transport implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ClientOptions options;
  private final VendorProfile vendor;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Headers baseHeaders;

  /**
   * Whether the credential travels in {@link #baseHeaders}. Only for an OkHttpClient the SDK built:
   * it has no interceptor but ours and follows no redirect, so nothing else can see the request. A
   * supplied client may carry the caller's interceptors (a logging one, say), so there the network
   * interceptor adds it, after them.
   */
  private final boolean credentialUpFront;

  private final HttpLog log;
  private final CallTrackers trackers;
  private volatile boolean closed;

  /** Creates the transport of one client, with its own OkHttpClient unless one was supplied. */
  public Transport(ClientOptions options, VendorProfile vendor) {
    this(options, vendor, null, new CallTrackers());
  }

  private Transport(
      ClientOptions options, VendorProfile vendor, OkHttpClient parent, CallTrackers trackers) {
    this.options = Checks.notNull("options", options);
    this.vendor = Checks.notNull("vendor", vendor);
    this.trackers = trackers;
    this.ownsHttp = parent == null && options.okHttpClient() == null;
    this.credentialUpFront = options.okHttpClient() == null;
    this.http =
        parent == null
            ? buildHttpClient(options, trackers, !credentialUpFront)
            : withTimeouts(parent, options);
    this.log =
        new HttpLog(
            vendor.name(), options.logLevel(), options.credentials(), vendor.sensitiveFields());
    Headers.Builder headers =
        new Headers.Builder()
            .add("User-Agent", options.userAgent())
            .add("Accept", "application/json");
    vendor.fixedHeaders().forEach(headers::set);
    options.defaultHeaders().forEach(headers::set);
    if (credentialUpFront) { // set once here instead of copying every request in the network
      // interceptor
      headers.set(options.credentials().headerName(), options.credentials().headerValue().reveal());
    }
    this.baseHeaders = headers.build();
  }

  /**
   * A transport with changed options that shares this one's connection pool, dispatcher and
   * interceptors. Closing it closes only the derived transport; the pool stays with this one.
   */
  public Transport withOptions(java.util.function.Consumer<ClientOptions.Builder> change) {
    Checks.notNull("change", change);
    ensureOpen();
    ClientOptions.Builder builder = options.toBuilder();
    change.accept(builder);
    return new Transport(builder.build(), vendor, http, trackers);
  }

  private static OkHttpClient withTimeouts(OkHttpClient parent, ClientOptions options) {
    if (!options.timeoutsExplicit()
        || parent.connectTimeoutMillis() == options.connectTimeout().toMillis()
            && parent.readTimeoutMillis() == options.readTimeout().toMillis()
            && parent.callTimeoutMillis() == options.callTimeout().toMillis()) {
      return parent;
    }
    // newBuilder() shares the pool and dispatcher and keeps our network interceptor.
    return parent
        .newBuilder()
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.readTimeout())
        .callTimeout(options.callTimeout())
        .build();
  }

  private static OkHttpClient buildHttpClient(
      ClientOptions options, CallTrackers trackers, boolean addCredential) {
    OkHttpClient.Builder builder =
        options.okHttpClient() == null
            ? new OkHttpClient.Builder()
            : options.okHttpClient().newBuilder();
    if (options.okHttpClient() == null || options.timeoutsExplicit()) {
      builder
          .connectTimeout(options.connectTimeout())
          .readTimeout(options.readTimeout())
          .writeTimeout(options.readTimeout())
          .callTimeout(options.callTimeout());
    }
    // On the derived copy only, even for a supplied client: OkHttp's silent retry would resend a
    // change that may
    // have arrived, and following a redirect could carry the body (which may hold secrets) to
    // another host.
    return builder
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addNetworkInterceptor(
            new CredentialInterceptor(
                options.baseUrl(), options.credentials(), addCredential, trackers))
        .build();
  }

  /** The options this executor was built with. */
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
    Exchange<T> exchange = prepare(request, decoder, requestOptions);
    while (true) {
      Call call = exchange.nextCall();
      Outcome<T> outcome;
      try {
        outcome = exchange.onResponse(call.execute());
      } catch (IOException e) {
        outcome = exchange.onFailure(e, true);
      } finally {
        exchange.release(call);
      }
      if (!outcome.isRetry()) {
        if (outcome.failure != null) {
          throw outcome.failure;
        }
        return outcome.response;
      }
      try {
        options.sleeper().sleep(outcome.retryAfter);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw exchange.interrupted(e).failure;
      }
      ensureOpen();
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
    Exchange<T> exchange = prepare(request, decoder, requestOptions);
    CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
    AtomicReference<Call> inFlight = new AtomicReference<>();
    future.whenComplete(
        (value, error) -> {
          if (future.isCancelled()) {
            Call call = inFlight.get();
            if (call != null) {
              call.cancel();
            }
          }
        });
    sendAsync(exchange, future, inFlight);
    return future;
  }

  private <T> void sendAsync(
      Exchange<T> exchange,
      CompletableFuture<ApiResponse<T>> future,
      AtomicReference<Call> inFlight) {
    if (future.isDone()) {
      return; // cancelled while waiting to retry: no further attempt
    }
    if (closed) {
      future.completeExceptionally(closedException());
      return;
    }
    Call call;
    try {
      call = exchange.nextCall();
    } catch (RuntimeException | Error e) {
      future.completeExceptionally(e);
      return;
    }
    inFlight.set(call);
    if (future.isCancelled()) {
      exchange.release(call);
      call.cancel(); // cancelled between the check above and publishing the call
      return;
    }
    call.enqueue(
        new Callback() {
          @Override
          public void onResponse(Call c, Response response) {
            exchange.release(c);
            if (future.isDone()) {
              response.close();
              return;
            }
            complete(() -> exchange.onResponse(response));
          }

          @Override
          public void onFailure(Call c, IOException e) {
            exchange.release(c);
            if (future.isDone()) {
              return;
            }
            complete(() -> exchange.onFailure(e, true));
          }

          private void complete(java.util.function.Supplier<Outcome<T>> classify) {
            Outcome<T> outcome;
            try {
              outcome = classify.get();
            } catch (RuntimeException | Error e) {
              // A bug or a failing supplied interceptor must still complete the future, never leave
              // it hanging.
              future.completeExceptionally(e);
              return;
            }
            if (outcome.isRetry()) {
              CompletableFuture<Void> wait;
              try {
                wait = options.sleeper().sleepAsync(outcome.retryAfter);
              } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
                return;
              }
              wait.whenComplete((ignored, error) -> sendAsync(exchange, future, inFlight));
            } else if (outcome.failure != null) {
              future.completeExceptionally(outcome.failure);
            } else {
              future.complete(outcome.response);
            }
          }
        });
  }

  private <T> Exchange<T> prepare(
      ApiRequest request, ResponseDecoder<T> decoder, RequestOptions requestOptions) {
    Checks.notNull("request", request);
    Checks.notNull("decoder", decoder);
    RequestOptions perCall = requestOptions == null ? RequestOptions.none() : requestOptions;
    ensureOpen();
    AttemptTracker tracker = new AttemptTracker();
    List<String> bodySecrets = new ArrayList<>(0);
    Request okRequest =
        new Request.Builder()
            .url(url(request))
            .headers(headers(request, perCall))
            .method(request.method().name(), body(request, bodySecrets))
            .build();
    int maxRetries = perCall.maxRetries().orElse(options.retryPolicy().maxRetries());
    Duration timeout = perCall.timeout().orElse(null);
    Scrubber scrubber = new Scrubber(options.credentials(), bodySecrets);
    return new Exchange<>(
        options,
        vendor,
        log,
        http,
        trackers,
        request,
        okRequest,
        tracker,
        decoder,
        maxRetries,
        timeout,
        scrubber);
  }

  private HttpUrl url(ApiRequest request) {
    HttpUrl.Builder url = options.baseUrl().newBuilder();
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
    Headers.Builder headers = baseHeaders.newBuilder();
    request.headers().forEach(headers::set);
    perCall.headers().forEach(headers::set);
    headers.removeAll(options.credentials().headerName()); // credentials come only from the client
    if (credentialUpFront) {
      headers.add(options.credentials().headerName(), options.credentials().headerValue().reveal());
    }
    return headers.build();
  }

  private static RequestBody body(ApiRequest request, List<String> bodySecrets) {
    if (request.body() == null) {
      return request.method() == HttpMethod.GET || request.method() == HttpMethod.DELETE
          ? null
          : RequestBody.create(new byte[0], JSON);
    }
    RevealedSecrets.collectInto(bodySecrets);
    try {
      return RequestBody.create(Json.mapper().writeValueAsBytes(request.body()), JSON);
    } catch (JsonProcessingException e) {
      // A request model that cannot be written is a bug in the caller's values, caught before any
      // I/O.
      throw new IllegalArgumentException(
          request + ": the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    } finally {
      RevealedSecrets.stop();
    }
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
    return trackers.size();
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Closes the client: later calls fail with {@link IllegalStateException}. The dispatcher threads
   * and pooled connections of an SDK-created OkHttpClient are released; a caller-supplied
   * OkHttpClient is left untouched. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
