package dev.dataexport.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.micrometer.DataExportObservations;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStigg;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Micrometer listener is wired when a registry is present, and only then. */
class DataExportMicrometerAutoConfigurationTest {
  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataExportAutoConfiguration.class,
                  DataExportFakesAutoConfiguration.class,
                  DataExportMicrometerAutoConfiguration.class))
          .withPropertyValues("dataexport.fakes.enabled=true");

  @Test
  void noRegistryNoListener() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(DataExportObservations.class);
          assertThat(context.getBean(StiggClient.class).options().listeners()).isEmpty();
        });
  }

  @Test
  void aMeterRegistryGetsACallTimer() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              StiggClient client = context.getBean(StiggClient.class);
              assertThat(client.options().listeners())
                  .containsExactly(context.getBean(DataExportObservations.class));
              update(context.getBean(FakeStigg.class), client);
              assertThat(
                      context
                          .getBean(MeterRegistry.class)
                          .find(DataExportObservations.CALL)
                          .timer()
                          .count())
                  .isEqualTo(1);
            });
  }

  @Test
  void anObservationRegistryGetsTheCallObservation() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    runner
        .withBean(ObservationRegistry.class, () -> observations)
        .run(
            context -> {
              update(context.getBean(FakeStigg.class), context.getBean(StiggClient.class));
              TestObservationRegistryAssert.assertThat(observations)
                  .hasObservationWithNameEqualTo(DataExportObservations.CALL);
            });
  }

  @Test
  void theApplicationsOwnListenerBeanWins() {
    DataExportObservations own = DataExportObservations.create(new SimpleMeterRegistry());
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(DataExportObservations.class, () -> own)
        .run(
            context ->
                assertThat(context.getBean(StiggClient.class).options().listeners())
                    .containsExactly(own));
  }

  private static void update(FakeStigg fake, StiggClient client) {
    fake.addDestination("int_1", "dst_1", "snowflake");
    client
        .destinations()
        .updateSelection(
            "dst_1",
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("customers")
                .build());
  }
}
