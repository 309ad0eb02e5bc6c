package dev.dataexport.stigg;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Checks;
import java.time.Duration;

/**
 * Builds the {@link RequestOptions} of one Stigg call, adding the JWT-mode headers: {@code
 * environmentId(...)} and {@code accountId(...)} replace the client's {@code X-ENVIRONMENT-ID} /
 * {@code X-ACCOUNT-ID} for this call. A client that authenticates with an API key rejects them
 * (Stigg ignores both headers for API keys, so sending one would only hide a mistake).
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

  private StiggRequestOptions() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds per-call options for Stigg; not thread-safe. */
  public static final class Builder {
    private final RequestOptions.Builder options = RequestOptions.builder();

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
      return options.build();
    }
  }
}
