package dev.dataexport.spring.boot;

import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeServer;
import dev.dataexport.testkit.FakeStigg;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The beans of {@link DataExportFakes}: the three testkit fakes and the clients pointed at them.
 * Runs before {@link DataExportAutoConfiguration}, whose clients then back off. Only imported by
 * {@link DataExportFakes}, never on its own.
 */
@AutoConfiguration(before = DataExportAutoConfiguration.class)
@ConditionalOnClass(FakeServer.class)
@EnableConfigurationProperties({
  StiggProperties.class,
  LaunchDarklyProperties.class,
  PrequelProperties.class
})
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

  /** The Stigg client, pointed at the fake with the fake's key and sleeper. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public StiggClient stiggClient(
      FakeStigg fake, StiggProperties properties, ObjectProvider<OkHttpClient> okHttpClient) {
    return new ClientFactory(okHttpClient)
        .stigg(
            properties, new ClientFactory.Redirect(fake.baseUrl(), fake.apiKey(), fake.sleeper()));
  }

  /** The LaunchDarkly client, pointed at the fake with the fake's token and sleeper. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public LaunchDarklyClient launchDarklyClient(
      FakeLaunchDarkly fake,
      LaunchDarklyProperties properties,
      ObjectProvider<OkHttpClient> okHttpClient) {
    return new ClientFactory(okHttpClient)
        .launchDarkly(
            properties,
            new ClientFactory.Redirect(fake.baseUrl(), fake.accessToken(), fake.sleeper()));
  }

  /** The Prequel client, pointed at the fake with the fake's key and sleeper. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public PrequelClient prequelClient(
      FakePrequel fake, PrequelProperties properties, ObjectProvider<OkHttpClient> okHttpClient) {
    return new ClientFactory(okHttpClient)
        .prequel(
            properties, new ClientFactory.Redirect(fake.baseUrl(), fake.apiKey(), fake.sleeper()));
  }
}
