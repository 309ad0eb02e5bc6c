package dev.dataexport.spring.boot;

import dev.dataexport.micrometer.DataExportObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With sdk-micrometer on the class path and a {@link MeterRegistry} or {@link ObservationRegistry}
 * bean: a {@link DataExportObservations} listener bean, which {@link DataExportAutoConfiguration}
 * adds to every client (an application's own bean replaces it). Runs after Boot's metrics and
 * observation auto-configuration (3.5 and 4.0 names) so their registries are seen.
 */
@AutoConfiguration(
    before = DataExportAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass({DataExportObservations.class, MeterRegistry.class, ObservationRegistry.class})
public class DataExportMicrometerAutoConfiguration {
  /** Created by Spring Boot. */
  public DataExportMicrometerAutoConfiguration() {}

  /**
   * The listener: observations in the application's ObservationRegistry when there is one (so a
   * tracing bridge sees them), else meters only; retry and rate-limit meters in its MeterRegistry
   * (Micrometer's global registry when it has only an ObservationRegistry).
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(RegistryPresent.class)
  public DataExportObservations dataExportObservations(
      ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
    ObservationRegistry observationRegistry = observations.getIfUnique();
    MeterRegistry meterRegistry = meters.getIfUnique(() -> Metrics.globalRegistry);
    return observationRegistry != null
        ? DataExportObservations.create(observationRegistry, meterRegistry)
        : DataExportObservations.create(meterRegistry);
  }

  /** A MeterRegistry or an ObservationRegistry bean. */
  static final class RegistryPresent extends AnyNestedCondition {
    RegistryPresent() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(MeterRegistry.class)
    static final class Meters {}

    @ConditionalOnBean(ObservationRegistry.class)
    static final class Observations {}
  }
}
