package dev.dataexport.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeStigg;
import dev.dataexport.testkit.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code dataexport.fakes.enabled=true} points every client at a testkit fake. */
class DataExportFakesTest {
  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataExportAutoConfiguration.class, DataExportFakesAutoConfiguration.class))
          .withPropertyValues("dataexport.fakes.enabled=true");

  @Test
  void createsAFakeAndAClientPointedAtItPerVendorWithoutAnyProperty() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          FakeStigg stigg = context.getBean(FakeStigg.class);
          FakeLaunchDarkly launchDarkly = context.getBean(FakeLaunchDarkly.class);
          FakePrequel prequel = context.getBean(FakePrequel.class);
          assertThat(context).hasSingleBean(StiggClient.class);
          assertThat(context.getBean(StiggClient.class).options().baseUrl().toString())
              .startsWith(stigg.baseUrl());
          assertThat(context.getBean(LaunchDarklyClient.class).options().baseUrl().toString())
              .startsWith(launchDarkly.baseUrl());
          assertThat(context.getBean(PrequelClient.class).options().baseUrl().toString())
              .startsWith(prequel.baseUrl());
          assertThat(context.getBean(StiggClient.class).options().sleeper())
              .isSameAs(stigg.sleeper());
        });
  }

  @Test
  void replacesTheConfiguredUrlAndCredentialButKeepsTheOtherProperties() {
    runner
        .withPropertyValues(
            "dataexport.stigg.api-key=real-stigg-key-1",
            "dataexport.stigg.base-url=https://api.stigg.io",
            "dataexport.stigg.max-retries=4")
        .run(
            context -> {
              FakeStigg fake = context.getBean(FakeStigg.class);
              fake.addDestination("int_1", "dst_1", "snowflake");
              fake.failNext(1, Fault.rateLimited("Retry-After", "1"));
              StiggClient client = context.getBean(StiggClient.class);
              assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(4);
              client
                  .destinations()
                  .updateSelection(
                      "dst_1",
                      UpdateSelectionRequest.builder()
                          .integrationId("int_1")
                          .addEnabledModels("customers")
                          .build());
              assertThat(fake.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
              assertThat(fake.sleeper().waits()).containsExactly(Duration.ofSeconds(1));
              assertThat(fake.lastRequest().header("X-API-KEY").orElse(null))
                  .isEqualTo(fake.apiKey());
            });
  }

  @Test
  void usesTheApplicationsOwnFake() {
    FakePrequel own = new FakePrequel("sk_test_own_fake");
    try {
      runner
          .withBean(FakePrequel.class, () -> own)
          .run(
              context -> {
                assertThat(context.getBean(FakePrequel.class)).isSameAs(own);
                PrequelClient client = context.getBean(PrequelClient.class);
                assertThat(client.options().baseUrl().toString()).startsWith(own.baseUrl());
                assertThatThrownBy(() -> client.destinations().get("dst_missing"))
                    .isInstanceOf(dev.dataexport.core.errors.ApiException.NotFound.class);
                assertThat(own.lastRequest().header("X-API-KEY").orElse(null))
                    .isEqualTo("sk_test_own_fake");
              });
    } finally {
      own.close();
    }
  }

  @Test
  void closesItsFakesWithTheContext() {
    String[] url = new String[1];
    runner.run(context -> url[0] = context.getBean(FakeStigg.class).baseUrl());
    OkHttpClient http = new OkHttpClient();
    assertThatThrownBy(
            () -> http.newCall(new Request.Builder().url(url[0] + "/").build()).execute().close())
        .isInstanceOf(IOException.class);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void staysOffUnlessEnabled() {
    runner
        .withPropertyValues("dataexport.fakes.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(FakeStigg.class);
              assertThat(context).doesNotHaveBean(StiggClient.class);
            });
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataExportAutoConfiguration.class, DataExportFakesAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(FakePrequel.class));
  }

  @Test
  void leavesTheApplicationsOwnClientAlone() {
    StiggClient own = StiggClient.builder().apiKey("own-stigg-key-1").build();
    try {
      runner
          .withBean(StiggClient.class, () -> own)
          .run(context -> assertThat(context.getBean(StiggClient.class)).isSameAs(own));
    } finally {
      own.close();
    }
  }

  /** A test configuration can bring a seeded fake as a bean. */
  @Configuration(proxyBeanMethods = false)
  static class SeededStigg {
    @Bean
    FakeStigg seeded() {
      return new FakeStigg().addDestination("int_9", "dst_9", "bigquery");
    }
  }

  @Test
  void aSeededFakeBeanIsServed() {
    runner
        .withUserConfiguration(SeededStigg.class)
        .run(
            context -> {
              context
                  .getBean(StiggClient.class)
                  .destinations()
                  .updateSelection(
                      "dst_9",
                      UpdateSelectionRequest.builder()
                          .integrationId("int_9")
                          .addEnabledModels("invoices")
                          .build());
              assertThat(context.getBean(FakeStigg.class).enabledModels("int_9", "dst_9"))
                  .contains(List.of("invoices"));
            });
  }
}
