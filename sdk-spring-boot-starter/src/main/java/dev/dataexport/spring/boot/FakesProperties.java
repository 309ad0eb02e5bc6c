package dev.dataexport.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dataexport.fakes.*} properties: {@code dataexport.fakes.enabled=true} (in a test, or a
 * local profile) points every client bean at an in-process sdk-testkit fake.
 */
@ConfigurationProperties(prefix = FakesProperties.PREFIX)
public class FakesProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "dataexport.fakes";

  /**
   * Whether to start a FakeStigg, FakeLaunchDarkly and FakePrequel bean (needs sdk-testkit on the
   * class path) and point the clients at them with their credentials and recording sleepers.
   */
  private boolean enabled;

  /** Creates the default: fakes off. */
  public FakesProperties() {}

  /** Whether the fakes are on; default false. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Turns the fakes on or off. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
