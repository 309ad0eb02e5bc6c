package dev.dataexport.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStigg;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

/** What a user writes: a Spring Boot test whose clients talk to the fakes, by one property. */
@SpringBootTest(
    classes = DataExportFakesSpringBootTest.App.class,
    properties = {"dataexport.fakes.enabled=true", "dataexport.stigg.api-key=production-key-1"})
class DataExportFakesSpringBootTest {
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  @Autowired StiggClient stigg;
  @Autowired FakeStigg fake;

  @Test
  void theAutoConfiguredClientTalksToTheFake() {
    fake.addDestination("int_1", "dst_1", "snowflake");
    stigg
        .destinations()
        .updateSelection(
            "dst_1",
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("customers")
                .build());
    assertThat(fake.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
  }
}
