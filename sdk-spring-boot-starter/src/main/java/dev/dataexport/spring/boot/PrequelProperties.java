package dev.dataexport.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dataexport.prequel.*} properties: a {@code PrequelClient} bean is created when any of
 * them is set, and then {@code dataexport.prequel.api-key} is required.
 */
@ConfigurationProperties(prefix = PrequelProperties.PREFIX)
public class PrequelProperties extends VendorProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "dataexport.prequel";

  /** Prequel API key (sk_...), sent as X-API-KEY; never logged or shown. */
  private String apiKey;

  /** X-Prequel-Api-Version header; default 2023-12-01. */
  private String apiVersion;

  /** Creates empty properties. */
  public PrequelProperties() {}

  /** The API key, or null when unset. */
  public String getApiKey() {
    return apiKey;
  }

  /** Sets the API key. */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** The API version, or null for the default. */
  public String getApiVersion() {
    return apiVersion;
  }

  /** Sets the API version. */
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  @Override
  boolean hasCredential() {
    return apiKey != null;
  }
}
