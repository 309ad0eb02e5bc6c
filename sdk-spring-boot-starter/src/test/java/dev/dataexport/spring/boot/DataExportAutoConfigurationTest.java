package dev.dataexport.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.CallListener;
import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakePrequel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class DataExportAutoConfigurationTest {
  static final String STIGG_KEY = "dataexport.stigg.api-key=stigg-test-key-1";
  static final String LAUNCHDARKLY_TOKEN = "dataexport.launchdarkly.access-token=api-test-token-1";
  static final String PREQUEL_KEY = "dataexport.prequel.api-key=sk_test_key_1";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(DataExportAutoConfiguration.class));

  @Test
  void createsNoClientWithoutProperties() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(StiggClient.class);
          assertThat(context).doesNotHaveBean(LaunchDarklyClient.class);
          assertThat(context).doesNotHaveBean(PrequelClient.class);
        });
  }

  @Test
  void createsOnlyTheClientsWhoseVendorIsConfigured() {
    runner
        .withPropertyValues(STIGG_KEY)
        .run(
            context -> {
              assertThat(context).hasSingleBean(StiggClient.class);
              assertThat(context).doesNotHaveBean(LaunchDarklyClient.class);
              assertThat(context).doesNotHaveBean(PrequelClient.class);
            });
    runner
        .withPropertyValues(STIGG_KEY, LAUNCHDARKLY_TOKEN, PREQUEL_KEY)
        .run(
            context -> {
              assertThat(context).hasSingleBean(StiggClient.class);
              assertThat(context).hasSingleBean(LaunchDarklyClient.class);
              assertThat(context).hasSingleBean(PrequelClient.class);
            });
  }

  @Test
  void appliesEveryCommonProperty() {
    runner
        .withPropertyValues(
            PREQUEL_KEY,
            "dataexport.prequel.base-url=https://eu-api.prequel.co",
            "dataexport.prequel.connect-timeout=3s",
            "dataexport.prequel.read-timeout=4s",
            "dataexport.prequel.attempt-timeout=5s",
            "dataexport.prequel.call-timeout=1m",
            "dataexport.prequel.max-retries=5",
            "dataexport.prequel.log-level=debug",
            "dataexport.prequel.api-version=2024-01-01")
        .run(
            context -> {
              PrequelClient client = context.getBean(PrequelClient.class);
              assertThat(client.options().baseUrl()).hasToString("https://eu-api.prequel.co/");
              assertThat(client.options().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(client.options().readTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(client.options().attemptTimeout()).isEqualTo(Duration.ofSeconds(5));
              assertThat(client.options().callTimeout()).isEqualTo(Duration.ofMinutes(1));
              assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(5);
              assertThat(client.options().logLevel()).isEqualTo(LogLevel.DEBUG);
              assertThat(client.apiVersion()).isEqualTo("2024-01-01");
            });
  }

  @Test
  void sendsTheConfiguredCredentialAndApiVersion() throws Exception {
    try (FakePrequel fake = new FakePrequel().acceptApiVersions("2024-01-01")) {
      runner
          .withPropertyValues(
              "dataexport.prequel.api-key=" + fake.apiKey(),
              "dataexport.prequel.base-url=" + fake.baseUrl(),
              "dataexport.prequel.api-version=2024-01-01")
          .run(
              context -> {
                assertThatThrownBy(
                        () ->
                            context.getBean(PrequelClient.class).destinations().get("dst_missing"))
                    .isInstanceOf(dev.dataexport.core.errors.ApiException.NotFound.class);
                assertThat(fake.lastRequest().header("X-API-KEY").orElse(null))
                    .isEqualTo(fake.apiKey());
                assertThat(fake.lastRequest().header("X-Prequel-Api-Version").orElse(null))
                    .isEqualTo("2024-01-01");
              });
    }
  }

  @Test
  void keepsTheSdkDefaultsForUnsetProperties() {
    runner
        .withPropertyValues(LAUNCHDARKLY_TOKEN)
        .run(
            context -> {
              LaunchDarklyClient client = context.getBean(LaunchDarklyClient.class);
              assertThat(client.options().baseUrl())
                  .hasToString(LaunchDarklyClient.DEFAULT_BASE_URL + "/");
              assertThat(client.options().callTimeout())
                  .isEqualTo(dev.dataexport.core.ClientBuilder.DEFAULT_CALL_TIMEOUT);
              assertThat(client.options().okHttpClient()).isNull();
              assertThat(client.options().listeners()).isEmpty();
            });
  }

  @Test
  void closesTheClientsWithTheContext() {
    List<StiggClient> seen = new CopyOnWriteArrayList<>();
    runner
        .withPropertyValues(STIGG_KEY)
        .run(context -> seen.add(context.getBean(StiggClient.class)));
    assertThatThrownBy(
            () ->
                seen.get(0)
                    .destinations()
                    .updateSelection(
                        "dst_1",
                        dev.dataexport.stigg.UpdateSelectionRequest.builder()
                            .integrationId("int_1")
                            .addEnabledModels("customers")
                            .build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void backsOffForTheApplicationsOwnClient() {
    StiggClient own = StiggClient.builder().apiKey("own-stigg-key-1").build();
    try {
      runner
          .withPropertyValues(STIGG_KEY, PREQUEL_KEY)
          .withBean(StiggClient.class, () -> own)
          .run(
              context -> {
                assertThat(context).hasSingleBean(StiggClient.class);
                assertThat(context.getBean(StiggClient.class)).isSameAs(own);
                assertThat(context).hasSingleBean(PrequelClient.class);
              });
    } finally {
      own.close();
    }
  }

  @Test
  void usesTheApplicationsOkHttpClient() {
    OkHttpClient http = new OkHttpClient();
    runner
        .withPropertyValues(STIGG_KEY, LAUNCHDARKLY_TOKEN, PREQUEL_KEY)
        .withBean(OkHttpClient.class, () -> http)
        .run(
            context -> {
              assertThat(context.getBean(StiggClient.class).options().okHttpClient())
                  .isSameAs(http);
              assertThat(context.getBean(LaunchDarklyClient.class).options().okHttpClient())
                  .isSameAs(http);
              assertThat(context.getBean(PrequelClient.class).options().okHttpClient())
                  .isSameAs(http);
            });
  }

  @Test
  void keepsItsOwnOkHttpClientWhenTheApplicationHasSeveral() {
    runner
        .withPropertyValues(STIGG_KEY)
        .withBean("first", OkHttpClient.class, OkHttpClient::new)
        .withBean("second", OkHttpClient.class, OkHttpClient::new)
        .run(
            context ->
                assertThat(context.getBean(StiggClient.class).options().okHttpClient()).isNull());
  }

  @Test
  void addsEveryCallListenerBeanInOrder() {
    runner
        .withPropertyValues(STIGG_KEY)
        .withUserConfiguration(OrderedListeners.class)
        .run(
            context ->
                assertThat(context.getBean(StiggClient.class).options().listeners())
                    .containsExactly(OrderedListeners.FIRST, OrderedListeners.SECOND));
  }

  /** Declares the second listener first, so only @Order can put them in order. */
  @Configuration(proxyBeanMethods = false)
  static class OrderedListeners {
    static final CallListener FIRST = start -> CallListener.Observer.NONE;
    static final CallListener SECOND = start -> CallListener.Observer.NONE;

    @Bean
    @Order(2)
    CallListener secondListener() {
      return SECOND;
    }

    @Bean
    @Order(1)
    CallListener firstListener() {
      return FIRST;
    }
  }
}
