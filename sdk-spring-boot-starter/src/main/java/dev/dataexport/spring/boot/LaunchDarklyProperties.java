package dev.dataexport.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dataexport.launchdarkly.*} properties: a {@code LaunchDarklyClient} bean is created
 * when any of them is set, and then {@code dataexport.launchdarkly.access-token} is required.
 */
@ConfigurationProperties(prefix = LaunchDarklyProperties.PREFIX)
public class LaunchDarklyProperties extends VendorProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "dataexport.launchdarkly";

  /** LaunchDarkly access token (personal or service), sent in Authorization; never shown. */
  private String accessToken;

  /** LD-API-Version header; default 20240415. */
  private String apiVersion;

  /** Creates empty properties. */
  public LaunchDarklyProperties() {}

  /** The access token, or null when unset. */
  public String getAccessToken() {
    return accessToken;
  }

  /** Sets the access token. */
  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
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
    return accessToken != null;
  }
}
