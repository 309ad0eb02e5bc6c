package dev.dataexport.stigg;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggSettings;
import java.time.Duration;

/**
 * Builds the {@link RequestOptions} of one Stigg call, adding the JWT-mode headers: {@code
 * environmentId(...)} and {@code accountId(...)} replace the client's {@code X-ENVIRONMENT-ID} /
 * {@code X-ACCOUNT-ID} for this call. A client that authenticates with an API key rejects them
 * (Stigg ignores both headers for API keys, so sending one would only hide a mistake).
 *
 * <p><b>Idempotency keys.</b> Stigg caches the response of a write for 24 hours per {@value
 * #IDEMPOTENCY_KEY_HEADER} header: a repeat with the same key within that window gets the first
 * response and does nothing again. The two calls that are not idempotent, {@code
 * syncs().trigger(...)} and {@code scopedTokens().create(...)}, send a new random key by default,
 * chosen once per call and reused by its retries, so they are retried like safe calls (I/O errors,
 * 408, 429, 5xx). {@link Builder#idempotencyKey(String)} sends your own key on any write (use one
 * key per logical operation, to make a repeat of the whole operation, after a crash say, safe as
 * well); {@link Builder#noIdempotencyKey()} sends none, and such a sync or mint is then retried
 * only where the request cannot have reached Stigg.
 *
 * <pre>{@code
 * stigg.destinations().updateSelection(id, request,
 *     StiggRequestOptions.builder().environmentId("env_staging").callTimeout(Duration.ofSeconds(5)).build());
 * }</pre>
 */
public final class StiggRequestOptions {
  /** The header naming the environment in JWT mode. */
  public static final String ENVIRONMENT_ID_HEADER = "X-ENVIRONMENT-ID";

  /** The header naming the account in JWT mode. */
  public static final String ACCOUNT_ID_HEADER = "X-ACCOUNT-ID";

  /** The header carrying a write's idempotency key; Stigg keeps its responses 24 hours. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private StiggRequestOptions() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds per-call options for Stigg; not thread-safe. */
  public static final class Builder {
    private final RequestOptions.Builder options = RequestOptions.builder();
    private String idempotencyKey;
    private boolean noIdempotencyKey;

    private Builder() {}

    /**
     * Sends {@code X-ENVIRONMENT-ID: environmentId} on this call instead of the client's (JWT mode
     * only).
     */
    public Builder environmentId(String environmentId) {
      options.header(ENVIRONMENT_ID_HEADER, Checks.headerValue("environmentId", environmentId));
      return this;
    }

    /**
     * Sends {@code X-ACCOUNT-ID: accountId} on this call instead of the client's (JWT mode only).
     */
    public Builder accountId(String accountId) {
      options.header(ACCOUNT_ID_HEADER, Checks.headerValue("accountId", accountId));
      return this;
    }

    /**
     * Sends {@code Idempotency-Key: key} on this write (1..255 printable ASCII characters): Stigg
     * answers a repeat with the same key, within 24 hours, with the first response without acting
     * again, so the call is retried like a safe call. Use a new key per logical operation; a key
     * reused for a different call gets the first call's response.
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = StiggSettings.checkKey(key);
      this.noIdempotencyKey = false;
      return this;
    }

    /**
     * Sends no {@code Idempotency-Key}, not even the one a sync or a token mint generates by
     * default; such a call is then retried only where the request cannot have reached Stigg.
     */
    public Builder noIdempotencyKey() {
      this.idempotencyKey = null;
      this.noIdempotencyKey = true;
      return this;
    }

    /**
     * Checks, before the call, that every model of its selection ({@code enabledModels} of an
     * update, a create or a token mint) is in {@code catalog}, from an earlier {@code
     * models().list()}: no extra call is made. A model missing from it fails with {@link
     * IllegalArgumentException} naming the model; calls without a selection are not affected.
     */
    public Builder checkModelsAgainst(ModelCatalog catalog) {
      options.set(StiggSettings.MODEL_CATALOG, Checks.notNull("catalog", catalog));
      return this;
    }

    /** Sets the total time of this call, every attempt and wait included (positive). */
    public Builder callTimeout(Duration timeout) {
      options.callTimeout(timeout);
      return this;
    }

    /** Sets the time each attempt of this call may take (positive). */
    public Builder attemptTimeout(Duration timeout) {
      options.attemptTimeout(timeout);
      return this;
    }

    /** Sets the retries after the first attempt for this call (0 or more). */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /** Adds another header for this call. */
    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    /** Builds the options. */
    public RequestOptions build() {
      if (idempotencyKey != null) {
        options.set(StiggSettings.IDEMPOTENCY_KEY, idempotencyKey);
      }
      // Always set, so that a later build() of this builder replaces an earlier choice.
      options.set(StiggSettings.NO_IDEMPOTENCY_KEY, noIdempotencyKey);
      return options.build();
    }
  }
}
