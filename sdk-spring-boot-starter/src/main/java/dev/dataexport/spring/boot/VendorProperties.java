package dev.dataexport.spring.boot;

import dev.dataexport.core.ClientOptions.LogLevel;
import java.time.Duration;

/**
 * The client settings every vendor's {@code dataexport.<vendor>.*} properties share; an unset value
 * keeps the SDK's default. Bound once at start-up, so not meant to be shared across threads while
 * binding.
 */
public abstract class VendorProperties {
  /** Base URL of the vendor's API (a regional or self-hosted instance); default the vendor's. */
  private String baseUrl;

  /** Time to establish a connection; default 10s. */
  private Duration connectTimeout;

  /** Time a read or write may wait for data; default 30s. */
  private Duration readTimeout;

  /** Time one attempt may take, from connecting to the last byte read; default 60s. */
  private Duration attemptTimeout;

  /** Total time of a call, every attempt and every wait between them; default 3m. */
  private Duration callTimeout;

  /** How many times a failed call is retried where that is safe; default 2. */
  private Integer maxRetries;

  /** What the client logs (off, info or debug); default from DATAEXPORT_LOG, else off. */
  private LogLevel logLevel;

  /** For the vendor subclasses. */
  protected VendorProperties() {}

  /** The base URL, or null for the vendor's default. */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** Sets the base URL. */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The connect timeout, or null for the default. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the connect timeout. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The read and write timeout, or null for the default. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the read and write timeout. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The time limit of one attempt, or null for the default. */
  public Duration getAttemptTimeout() {
    return attemptTimeout;
  }

  /** Sets the time limit of one attempt. */
  public void setAttemptTimeout(Duration attemptTimeout) {
    this.attemptTimeout = attemptTimeout;
  }

  /** The time limit of a whole call, or null for the default. */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** Sets the time limit of a whole call. */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** The number of retries, or null for the default. */
  public Integer getMaxRetries() {
    return maxRetries;
  }

  /** Sets the number of retries. */
  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  /** The log level, or null for the default. */
  public LogLevel getLogLevel() {
    return logLevel;
  }

  /** Sets the log level. */
  public void setLogLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
  }

  /** Never shows a credential: only which settings are present. */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "{baseUrl="
        + baseUrl
        + ", credential="
        + (hasCredential() ? "****" : "unset")
        + "}";
  }

  /** Whether the vendor's credential property is set. */
  abstract boolean hasCredential();
}
