package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.prequel.internal.Poller;
import dev.dataexport.prequel.internal.PrequelJson;
import dev.dataexport.prequel.internal.PrequelRequests;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Prequel's transfer calls: start a transfer of a destination, read one, list them (paged), and
 * wait for one to finish. Reads are safe to repeat; starting a transfer is not, and is retried only
 * where it cannot have reached Prequel. Arguments are checked before any request. Thread-safe.
 */
public final class Transfers {
  /** How long {@link #awaitFinalStatus} waits before its second poll: 2 seconds. */
  public static final Duration FIRST_POLL_WAIT = Duration.ofSeconds(2);

  /** The longest wait between two polls of {@link #awaitFinalStatus}: 30 seconds. */
  public static final Duration MAX_POLL_WAIT = Duration.ofSeconds(30);

  private final WithRawResponse raw;

  Transfers(Transport transport) {
    this.raw = new WithRawResponse(transport);
  }

  /**
   * The same calls returning {@link ApiResponse} (status, headers, request id, attempts) around the
   * value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Starts a transfer of a destination and returns the new transfer's id. Not idempotent: it is
   * retried only where the request cannot have reached Prequel, so a transfer is never started
   * twice.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws NullPointerException {@code request must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public String start(String destinationId, StartTransferRequest request) {
    return start(destinationId, request, RequestOptions.none());
  }

  /** Like {@link #start(String, StartTransferRequest)} with per-call options. */
  public String start(String destinationId, StartTransferRequest request, RequestOptions options) {
    return raw.start(destinationId, request, options).value();
  }

  /**
   * Like {@link #start(String, StartTransferRequest)} without blocking; cancelling the future
   * cancels the call.
   */
  public CompletableFuture<String> startAsync(String destinationId, StartTransferRequest request) {
    return startAsync(destinationId, request, RequestOptions.none());
  }

  /** Like {@link #startAsync(String, StartTransferRequest)} with per-call options. */
  public CompletableFuture<String> startAsync(
      String destinationId, StartTransferRequest request, RequestOptions options) {
    return AsyncValues.of(raw.startAsync(destinationId, request, options));
  }

  /**
   * Reads a transfer.
   *
   * @throws IllegalArgumentException {@code transferId must not be blank}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Transfer get(String transferId) {
    return get(transferId, RequestOptions.none());
  }

  /** Like {@link #get(String)} with per-call options. */
  public Transfer get(String transferId, RequestOptions options) {
    return raw.get(transferId, options).value();
  }

  /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Transfer> getAsync(String transferId) {
    return getAsync(transferId, RequestOptions.none());
  }

  /** Like {@link #getAsync(String)} with per-call options. */
  public CompletableFuture<Transfer> getAsync(String transferId, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(transferId, options));
  }

  /**
   * Reads the first page of every destination's transfers matching the request's filters; the page
   * follows Prequel's {@code next_url} to the others.
   *
   * @throws NullPointerException {@code request must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Page<Transfer> list(ListTransfersRequest request) {
    return list(request, RequestOptions.none());
  }

  /** Like {@link #list(ListTransfersRequest)} with per-call options. */
  public Page<Transfer> list(ListTransfersRequest request, RequestOptions options) {
    return raw.list(request, options).value();
  }

  /**
   * Like {@link #list(ListTransfersRequest)} without blocking; cancelling the future cancels the
   * call.
   */
  public CompletableFuture<Page<Transfer>> listAsync(ListTransfersRequest request) {
    return listAsync(request, RequestOptions.none());
  }

  /** Like {@link #listAsync(ListTransfersRequest)} with per-call options. */
  public CompletableFuture<Page<Transfer>> listAsync(
      ListTransfersRequest request, RequestOptions options) {
    return AsyncValues.of(raw.listAsync(request, options));
  }

  /**
   * Reads the first page of one destination's transfers matching the request's filters; the page
   * follows Prequel's {@code next_url} to the others.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws NullPointerException {@code request must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Page<Transfer> listForDestination(String destinationId, ListTransfersRequest request) {
    return listForDestination(destinationId, request, RequestOptions.none());
  }

  /** Like {@link #listForDestination(String, ListTransfersRequest)} with per-call options. */
  public Page<Transfer> listForDestination(
      String destinationId, ListTransfersRequest request, RequestOptions options) {
    return raw.listForDestination(destinationId, request, options).value();
  }

  /**
   * Like {@link #listForDestination(String, ListTransfersRequest)} without blocking; cancelling the
   * future cancels the call.
   */
  public CompletableFuture<Page<Transfer>> listForDestinationAsync(
      String destinationId, ListTransfersRequest request) {
    return listForDestinationAsync(destinationId, request, RequestOptions.none());
  }

  /** Like {@link #listForDestinationAsync(String, ListTransfersRequest)} with per-call options. */
  public CompletableFuture<Page<Transfer>> listForDestinationAsync(
      String destinationId, ListTransfersRequest request, RequestOptions options) {
    return AsyncValues.of(raw.listForDestinationAsync(destinationId, request, options));
  }

  /**
   * Polls the transfer until its status is final ({@link TransferStatus#isFinal()}: SUCCESS, ERROR,
   * PARTIAL_FAILURE, CANCELLED, EXPIRED or ORPHANED) and returns it. Waits {@link
   * #FIRST_POLL_WAIT}, doubling up to {@link #MAX_POLL_WAIT}, through the client's sleeper and
   * clock (a test injects both and never sleeps); each poll is a {@code get} with its own retries.
   * A final ERROR is returned, not thrown.
   *
   * @throws dev.dataexport.core.errors.ApiConnectionException.Timeout when {@code timeout} passes
   *     first; its message holds the last transfer seen
   * @throws IllegalArgumentException {@code transferId must not be blank}, {@code timeout must be
   *     positive, was PT0S}
   */
  public Transfer awaitFinalStatus(String transferId, Duration timeout) {
    return awaitFinalStatus(transferId, timeout, RequestOptions.none());
  }

  /** Like {@link #awaitFinalStatus(String, Duration)} with per-call options for every poll. */
  public Transfer awaitFinalStatus(String transferId, Duration timeout, RequestOptions options) {
    return raw.awaitFinalStatus(transferId, timeout, options).value();
  }

  /**
   * Like {@link #awaitFinalStatus(String, Duration)} without blocking: polls and waits through
   * futures.
   */
  public CompletableFuture<Transfer> awaitFinalStatusAsync(String transferId, Duration timeout) {
    return awaitFinalStatusAsync(transferId, timeout, RequestOptions.none());
  }

  /** Like {@link #awaitFinalStatusAsync(String, Duration)} with per-call options. */
  public CompletableFuture<Transfer> awaitFinalStatusAsync(
      String transferId, Duration timeout, RequestOptions options) {
    return raw.awaitFinalStatusAsync(transferId, timeout, options).thenApply(ApiResponse::value);
  }

  private static boolean isFinal(ApiResponse<Transfer> response) {
    return response.value().status().map(TransferStatus::isFinal).orElse(false);
  }

  /**
   * {@link Transfers} returning the whole {@link ApiResponse}: status, headers, request id and
   * attempts. Exactly the calls of {@link Transfers}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final PrequelCalls calls;
    private final Poller poller;

    private WithRawResponse(Transport transport) {
      this.calls = new PrequelCalls(transport);
      this.poller = new Poller(transport.options(), FIRST_POLL_WAIT, MAX_POLL_WAIT);
    }

    /**
     * {@code POST /destinations/{destination_id}/transfer}; the value is {@code data.transfer_id}.
     */
    public ApiResponse<String> start(String destinationId, StartTransferRequest request) {
      return start(destinationId, request, RequestOptions.none());
    }

    /** Like {@link #start(String, StartTransferRequest)} with per-call options. */
    public ApiResponse<String> start(
        String destinationId, StartTransferRequest request, RequestOptions options) {
      return calls.send(
          PrequelRequests.startTransfer(destinationId, request), PrequelJson.TRANSFER_ID, options);
    }

    /**
     * Like {@link #start(String, StartTransferRequest)} without blocking; cancelling the future
     * cancels the call.
     */
    public CompletableFuture<ApiResponse<String>> startAsync(
        String destinationId, StartTransferRequest request) {
      return startAsync(destinationId, request, RequestOptions.none());
    }

    /** Like {@link #startAsync(String, StartTransferRequest)} with per-call options. */
    public CompletableFuture<ApiResponse<String>> startAsync(
        String destinationId, StartTransferRequest request, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.startTransfer(destinationId, request), PrequelJson.TRANSFER_ID, options);
    }

    /** {@code GET /transfers/{transfer_id}}. */
    public ApiResponse<Transfer> get(String transferId) {
      return get(transferId, RequestOptions.none());
    }

    /** Like {@link #get(String)} with per-call options. */
    public ApiResponse<Transfer> get(String transferId, RequestOptions options) {
      return calls.send(PrequelRequests.getTransfer(transferId), PrequelJson.TRANSFER, options);
    }

    /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
    public CompletableFuture<ApiResponse<Transfer>> getAsync(String transferId) {
      return getAsync(transferId, RequestOptions.none());
    }

    /** Like {@link #getAsync(String)} with per-call options. */
    public CompletableFuture<ApiResponse<Transfer>> getAsync(
        String transferId, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.getTransfer(transferId), PrequelJson.TRANSFER, options);
    }

    /** {@code GET /transfers}, the first page. */
    public ApiResponse<Page<Transfer>> list(ListTransfersRequest request) {
      return list(request, RequestOptions.none());
    }

    /** Like {@link #list(ListTransfersRequest)} with per-call options. */
    public ApiResponse<Page<Transfer>> list(ListTransfersRequest request, RequestOptions options) {
      return calls.firstPage(
          PrequelRequests.listTransfers(request), PrequelJson.TRANSFER_PAGE, options);
    }

    /**
     * Like {@link #list(ListTransfersRequest)} without blocking; cancelling the future cancels the
     * call.
     */
    public CompletableFuture<ApiResponse<Page<Transfer>>> listAsync(ListTransfersRequest request) {
      return listAsync(request, RequestOptions.none());
    }

    /** Like {@link #listAsync(ListTransfersRequest)} with per-call options. */
    public CompletableFuture<ApiResponse<Page<Transfer>>> listAsync(
        ListTransfersRequest request, RequestOptions options) {
      return calls.firstPageAsync(
          PrequelRequests.listTransfers(request), PrequelJson.TRANSFER_PAGE, options);
    }

    /** {@code GET /destinations/{destination_id}/transfers}, the first page. */
    public ApiResponse<Page<Transfer>> listForDestination(
        String destinationId, ListTransfersRequest request) {
      return listForDestination(destinationId, request, RequestOptions.none());
    }

    /** Like {@link #listForDestination(String, ListTransfersRequest)} with per-call options. */
    public ApiResponse<Page<Transfer>> listForDestination(
        String destinationId, ListTransfersRequest request, RequestOptions options) {
      return calls.firstPage(
          PrequelRequests.listDestinationTransfers(destinationId, request),
          PrequelJson.TRANSFER_PAGE,
          options);
    }

    /**
     * Like {@link #listForDestination(String, ListTransfersRequest)} without blocking; cancelling
     * the future cancels the call.
     */
    public CompletableFuture<ApiResponse<Page<Transfer>>> listForDestinationAsync(
        String destinationId, ListTransfersRequest request) {
      return listForDestinationAsync(destinationId, request, RequestOptions.none());
    }

    /**
     * Like {@link #listForDestinationAsync(String, ListTransfersRequest)} with per-call options.
     */
    public CompletableFuture<ApiResponse<Page<Transfer>>> listForDestinationAsync(
        String destinationId, ListTransfersRequest request, RequestOptions options) {
      return calls.firstPageAsync(
          PrequelRequests.listDestinationTransfers(destinationId, request),
          PrequelJson.TRANSFER_PAGE,
          options);
    }

    /** Polls {@code GET /transfers/{transfer_id}} until final; the value is the last poll's. */
    public ApiResponse<Transfer> awaitFinalStatus(String transferId, Duration timeout) {
      return awaitFinalStatus(transferId, timeout, RequestOptions.none());
    }

    /** Like {@link #awaitFinalStatus(String, Duration)} with per-call options for every poll. */
    public ApiResponse<Transfer> awaitFinalStatus(
        String transferId, Duration timeout, RequestOptions options) {
      ApiRequest call = PrequelRequests.getTransfer(transferId);
      RequestOptions perCall = PrequelCalls.checked(options);
      return poller.await(
          "transfer " + transferId,
          () -> calls.send(call, PrequelJson.TRANSFER, perCall),
          Transfers::isFinal,
          timeout);
    }

    /** Like {@link #awaitFinalStatus(String, Duration)} without blocking. */
    public CompletableFuture<ApiResponse<Transfer>> awaitFinalStatusAsync(
        String transferId, Duration timeout) {
      return awaitFinalStatusAsync(transferId, timeout, RequestOptions.none());
    }

    /** Like {@link #awaitFinalStatusAsync(String, Duration)} with per-call options. */
    public CompletableFuture<ApiResponse<Transfer>> awaitFinalStatusAsync(
        String transferId, Duration timeout, RequestOptions options) {
      ApiRequest call = PrequelRequests.getTransfer(transferId);
      RequestOptions perCall = PrequelCalls.checked(options);
      return poller.awaitAsync(
          "transfer " + transferId,
          () -> calls.sendAsync(call, PrequelJson.TRANSFER, perCall),
          Transfers::isFinal,
          timeout);
    }
  }
}
