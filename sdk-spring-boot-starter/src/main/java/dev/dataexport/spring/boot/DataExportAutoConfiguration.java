package dev.dataexport.spring.boot;

import dev.dataexport.core.CallListener;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Creates one client bean per vendor that has {@code dataexport.<vendor>.*} properties ({@link
 * StiggClient}, {@link LaunchDarklyClient}, {@link PrequelClient}), closed with the context. An
 * application's own bean of a client type replaces that client; an application's single {@link
 * OkHttpClient} bean is shared by every client, and every {@link CallListener} bean is added to
 * each client.
 */
@AutoConfiguration
@EnableConfigurationProperties({
  StiggProperties.class,
  LaunchDarklyProperties.class,
  PrequelProperties.class,
  FakesProperties.class
})
public class DataExportAutoConfiguration {
  /** Created by Spring Boot. */
  public DataExportAutoConfiguration() {}

  @Configuration(proxyBeanMethods = false)
  @Conditional(VendorConfiguredCondition.Stigg.class)
  static class Stigg {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    StiggClient stiggClient(
        StiggProperties properties,
        ObjectProvider<OkHttpClient> okHttpClient,
        ObjectProvider<CallListener> listeners,
        ObjectProvider<FakeRedirects> fakes) {
      return new ClientFactory(okHttpClient, listeners, fakes).stigg(properties);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(VendorConfiguredCondition.LaunchDarkly.class)
  static class LaunchDarkly {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    LaunchDarklyClient launchDarklyClient(
        LaunchDarklyProperties properties,
        ObjectProvider<OkHttpClient> okHttpClient,
        ObjectProvider<CallListener> listeners,
        ObjectProvider<FakeRedirects> fakes) {
      return new ClientFactory(okHttpClient, listeners, fakes).launchDarkly(properties);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(VendorConfiguredCondition.Prequel.class)
  static class Prequel {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    PrequelClient prequelClient(
        PrequelProperties properties,
        ObjectProvider<OkHttpClient> okHttpClient,
        ObjectProvider<CallListener> listeners,
        ObjectProvider<FakeRedirects> fakes) {
      return new ClientFactory(okHttpClient, listeners, fakes).prequel(properties);
    }
  }
}
