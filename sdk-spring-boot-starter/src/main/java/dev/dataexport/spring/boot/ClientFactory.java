package dev.dataexport.spring.boot;

import dev.dataexport.core.CallListener;
import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the vendor clients from their properties. Every failure names the property it came from
 * and carries the SDK's own message, which never contains a credential.
 */
final class ClientFactory {
  /**
   * Where a testkit fake (dataexport.fakes.enabled) redirects a client: its URL, credential and
   * recording sleeper replace the properties' base URL and credential; the others still apply.
   */
  record Redirect(String baseUrl, String credential, Sleeper sleeper) {}

  private final ObjectProvider<OkHttpClient> okHttpClient;
  private final ObjectProvider<CallListener> listeners;
  private final FakeRedirects fakes;

  ClientFactory(
      ObjectProvider<OkHttpClient> okHttpClient,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<FakeRedirects> fakes) {
    this.okHttpClient = okHttpClient;
    this.listeners = listeners;
    this.fakes = fakes.getIfAvailable();
  }

  StiggClient stigg(StiggProperties properties) {
    Redirect redirect = fakes == null ? null : fakes.stigg();
    String prefix = StiggProperties.PREFIX;
    StiggClient.Builder builder = StiggClient.builder();
    String key =
        credential(prefix + ".api-key", properties.getApiKey(), redirect, "a Stigg server API key");
    apply(prefix + ".api-key", () -> builder.apiKey(key));
    common(builder, properties, prefix, redirect);
    return build(prefix, builder::build);
  }

  LaunchDarklyClient launchDarkly(LaunchDarklyProperties properties) {
    Redirect redirect = fakes == null ? null : fakes.launchDarkly();
    String prefix = LaunchDarklyProperties.PREFIX;
    LaunchDarklyClient.Builder builder = LaunchDarklyClient.builder();
    String token =
        credential(
            prefix + ".access-token",
            properties.getAccessToken(),
            redirect,
            "a LaunchDarkly access token");
    apply(prefix + ".access-token", () -> builder.accessToken(token));
    if (properties.getApiVersion() != null) {
      apply(prefix + ".api-version", () -> builder.apiVersion(properties.getApiVersion()));
    }
    common(builder, properties, prefix, redirect);
    return build(prefix, builder::build);
  }

  PrequelClient prequel(PrequelProperties properties) {
    Redirect redirect = fakes == null ? null : fakes.prequel();
    String prefix = PrequelProperties.PREFIX;
    PrequelClient.Builder builder = PrequelClient.builder();
    String key =
        credential(
            prefix + ".api-key", properties.getApiKey(), redirect, "a Prequel API key (sk_...)");
    apply(prefix + ".api-key", () -> builder.apiKey(key));
    if (properties.getApiVersion() != null) {
      apply(prefix + ".api-version", () -> builder.apiVersion(properties.getApiVersion()));
    }
    common(builder, properties, prefix, redirect);
    return build(prefix, builder::build);
  }

  private static String credential(String property, String value, Redirect redirect, String what) {
    if (redirect != null) {
      return redirect.credential();
    }
    if (value == null) {
      throw new InvalidDataExportPropertyException(
          property,
          "it is not set; it must hold "
              + what
              + " when any other "
              + vendorPrefix(property)
              + ".* property is set",
          null);
    }
    return value;
  }

  private <B extends ClientBuilder<B>> void common(
      B builder, VendorProperties properties, String prefix, Redirect redirect) {
    String baseUrl = redirect != null ? redirect.baseUrl() : properties.getBaseUrl();
    if (baseUrl != null) {
      apply(prefix + ".base-url", () -> builder.baseUrl(baseUrl));
    }
    if (properties.getConnectTimeout() != null) {
      apply(
          prefix + ".connect-timeout",
          () -> builder.connectTimeout(properties.getConnectTimeout()));
    }
    if (properties.getReadTimeout() != null) {
      apply(prefix + ".read-timeout", () -> builder.readTimeout(properties.getReadTimeout()));
    }
    if (properties.getAttemptTimeout() != null) {
      apply(
          prefix + ".attempt-timeout",
          () -> builder.attemptTimeout(properties.getAttemptTimeout()));
    }
    if (properties.getCallTimeout() != null) {
      apply(prefix + ".call-timeout", () -> builder.callTimeout(properties.getCallTimeout()));
    }
    if (properties.getMaxRetries() != null) {
      apply(prefix + ".max-retries", () -> builder.maxRetries(properties.getMaxRetries()));
    }
    if (properties.getLogLevel() != null) {
      builder.logLevel(properties.getLogLevel());
    }
    // A single OkHttpClient bean is the application's HTTP set-up (proxy, TLS, pool); with several
    // there is no telling which one is meant, so the SDK keeps its own.
    okHttpClient.ifUnique(builder::okHttpClient);
    // Every listener bean (the Micrometer one included), in @Order / Ordered order.
    listeners.orderedStream().forEach(builder::addListener);
    if (redirect != null) {
      builder.sleeper(redirect.sleeper());
    }
  }

  /** Runs one builder setter, naming {@code property} if it rejects the value. */
  private static void apply(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException rejected) {
      throw new InvalidDataExportPropertyException(property, rejected.getMessage(), rejected);
    }
  }

  /** Builds the client; the only setting checked as late as this is the base URL. */
  private static <C> C build(String prefix, Supplier<C> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException rejected) {
      String message = String.valueOf(rejected.getMessage());
      String property = message.startsWith("baseUrl") ? prefix + ".base-url" : prefix;
      throw new InvalidDataExportPropertyException(property, message, rejected);
    }
  }

  /** {@code dataexport.stigg} of {@code dataexport.stigg.api-key}. */
  static String vendorPrefix(String property) {
    int first = property.indexOf('.');
    int second = first < 0 ? -1 : property.indexOf('.', first + 1);
    return second < 0 ? property : property.substring(0, second);
  }
}
