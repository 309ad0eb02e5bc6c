package dev.dataexport.launchdarkly.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.MergePatch;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks hand back what they accepted, so callers can check and use a value in one step. */
class LaunchDarklyChecksTest {
  @Test
  void aValidKeyIsReturnedAsGiven() {
    assertThat(LaunchDarklyChecks.key("projectKey", "my-project")).isEqualTo("my-project");
    assertThatThrownBy(() -> LaunchDarklyChecks.key("projectKey", ".."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("projectKey");
  }

  @Test
  void aValidPatchIsReturnedAsGiven() {
    JsonPatch patch = JsonPatch.builder().replace("/on", true).build();
    assertThat(LaunchDarklyChecks.patch(patch)).isSameAs(patch);
  }

  @Test
  void aValidMergePatchIsReturnedAsGiven() {
    MergePatch patch = MergePatch.of(Map.of("on", true));
    assertThat(LaunchDarklyChecks.mergePatch(patch)).isSameAs(patch);
  }
}
