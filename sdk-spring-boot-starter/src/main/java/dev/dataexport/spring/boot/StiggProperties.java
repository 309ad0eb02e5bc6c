package dev.dataexport.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dataexport.stigg.*} properties: a {@code StiggClient} bean is created when any of them
 * is set, and then {@code dataexport.stigg.api-key} is required.
 */
@ConfigurationProperties(prefix = StiggProperties.PREFIX)
public class StiggProperties extends VendorProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "dataexport.stigg";

  /** Stigg server API key, sent as X-API-KEY; never logged or shown. */
  private String apiKey;

  /** Creates empty properties. */
  public StiggProperties() {}

  /** The server API key, or null when unset. */
  public String getApiKey() {
    return apiKey;
  }

  /** Sets the server API key. */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  boolean hasCredential() {
    return apiKey != null;
  }
}
