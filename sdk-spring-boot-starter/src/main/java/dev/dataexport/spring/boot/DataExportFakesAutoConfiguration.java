package dev.dataexport.spring.boot;

import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeServer;
import dev.dataexport.testkit.FakeStigg;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * With {@code dataexport.fakes.enabled=true}: a {@link FakeStigg}, {@link FakeLaunchDarkly} and
 * {@link FakePrequel} bean (an application's own, for example seeded, fake bean is used instead),
 * closed with the context, and the client beans of {@link DataExportAutoConfiguration} pointed at
 * them with the fakes' credentials and recording sleepers; the other {@code dataexport.*}
 * properties still apply.
 */
@AutoConfiguration(before = DataExportAutoConfiguration.class)
@ConditionalOnClass(FakeServer.class)
@ConditionalOnProperty(prefix = FakesProperties.PREFIX, name = "enabled", havingValue = "true")
public class DataExportFakesAutoConfiguration {
  /** Created by Spring Boot. */
  public DataExportFakesAutoConfiguration() {}

  /** A Stigg fake, started when first asked for its URL; closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public FakeStigg fakeStigg() {
    return new FakeStigg();
  }

  /** A LaunchDarkly fake, started when first asked for its URL; closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public FakeLaunchDarkly fakeLaunchDarkly() {
    return new FakeLaunchDarkly();
  }

  /** A Prequel fake, started when first asked for its URL; closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public FakePrequel fakePrequel() {
    return new FakePrequel();
  }

  @Bean
  FakeRedirects dataExportFakeRedirects(
      FakeStigg stigg, FakeLaunchDarkly launchDarkly, FakePrequel prequel) {
    return new FakeRedirects() {
      @Override
      public ClientFactory.Redirect stigg() {
        return new ClientFactory.Redirect(stigg.baseUrl(), stigg.apiKey(), stigg.sleeper());
      }

      @Override
      public ClientFactory.Redirect launchDarkly() {
        return new ClientFactory.Redirect(
            launchDarkly.baseUrl(), launchDarkly.accessToken(), launchDarkly.sleeper());
      }

      @Override
      public ClientFactory.Redirect prequel() {
        return new ClientFactory.Redirect(prequel.baseUrl(), prequel.apiKey(), prequel.sleeper());
      }
    };
  }
}
