package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.testkit.FakeLaunchDarkly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the README's LaunchDarkly lifecycle sample against the fake. */
class LaunchDarklyReadmeSamplesRunTest {
  @RegisterExtension final FakeLaunchDarkly fake = new FakeLaunchDarkly();

  @Test
  void theLifecycleSampleCreatesFindsUpdatesAndDeletes() {
    assertThat(LaunchDarklyReadmeSamples.lifecycle(fake.client())).isTrue();
    assertThat(fake.destinationKeys()).isEmpty();
    assertThat(fake.requests())
        .extracting(r -> r.method())
        .containsExactly("POST", "GET", "GET", "PATCH", "DELETE");
  }
}
