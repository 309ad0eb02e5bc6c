package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStigg;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The README's "Spring Boot" samples, line for line; the test at the end runs the test sample. */
class SpringBootReadmeSamples {
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  static class BillingExports {
    private final StiggClient stigg;

    BillingExports(StiggClient stigg) {          // the auto-configured bean
      this.stigg = stigg;
    }

    void exportCustomers(String destinationId) {
      stigg.destinations().updateSelection(destinationId,
          UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers").build());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HttpConfig {
    @Bean
    OkHttpClient okHttpClient() {                // the clients use it (proxy, TLS, pool), and never close it
      return new OkHttpClient.Builder().build();
    }
  }

  @SpringBootTest(classes = App.class, properties = "dataexport.fakes.enabled=true")
  static class ExportTest {
    @Autowired StiggClient stigg;                // pointed at the fake, with the fake's key
    @Autowired FakeStigg fake;

    @Test
    void exports() {
      fake.addDestination("int_1", "dst_1", "snowflake");
      new BillingExports(stigg).exportCustomers("dst_1");
      assertThat(fake.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
    }
  }
}
