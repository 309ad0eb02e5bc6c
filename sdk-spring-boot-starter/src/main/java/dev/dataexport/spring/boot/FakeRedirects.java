package dev.dataexport.spring.boot;

/**
 * Where {@code dataexport.fakes.enabled=true} sends each client: a bean of the fakes'
 * configuration, so that the client beans never name a testkit type (the testkit is optional).
 */
interface FakeRedirects {
  ClientFactory.Redirect stigg();

  ClientFactory.Redirect launchDarkly();

  ClientFactory.Redirect prequel();
}
