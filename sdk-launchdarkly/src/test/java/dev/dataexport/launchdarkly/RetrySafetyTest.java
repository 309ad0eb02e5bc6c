package dev.dataexport.launchdarkly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.launchdarkly.internal.LaunchDarklyRequests;
import org.junit.jupiter.api.Test;

class RetrySafetyTest {
  @Test
  void constantAssignmentsAreSafe() {
    assertThat(
            JsonPatch.builder()
                .replace("/on", false)
                .replace("/config/topic", "t")
                .build()
                .isSafeToRepeat())
        .isTrue();
    assertThat(
            JsonPatch.builder()
                .add("/config/topic", "t")
                .test("/name", "n")
                .build()
                .isSafeToRepeat())
        .isTrue();
    assertThat(JsonPatch.builder().replace("/config/list/0", "t").build().isSafeToRepeat())
        .isTrue();
    assertThat(JsonPatch.builder().add("", "{}").build().isSafeToRepeat()).isTrue();
  }

  @Test
  void insertionsRemovalsMovesAndCopiesAreNot() {
    assertThat(JsonPatch.builder().add("/config/list/-", "x").build().isSafeToRepeat()).isFalse();
    assertThat(JsonPatch.builder().add("/config/list/0", "x").build().isSafeToRepeat()).isFalse();
    assertThat(JsonPatch.builder().remove("/config/topic").build().isSafeToRepeat()).isFalse();
    assertThat(JsonPatch.builder().move("/config/a", "/config/b").build().isSafeToRepeat())
        .isFalse();
    assertThat(JsonPatch.builder().copy("/config/a", "/config/b").build().isSafeToRepeat())
        .isFalse();
    assertThat(JsonPatch.builder().replace("/on", true).remove("/name").build().isSafeToRepeat())
        .isFalse();
  }

  @Test
  void aVersionTestMakesAnyPatchSafeButOtherTestsDoNot() {
    JsonPatch guarded =
        JsonPatch.builder().test("/version", 7).add("/config/list/-", "x").remove("/name").build();
    assertThat(guarded.isVersionGuarded()).isTrue();
    assertThat(guarded.isSafeToRepeat()).isTrue();
    JsonPatch testOnName =
        JsonPatch.builder().test("/name", "n").add("/config/list/-", "x").build();
    assertThat(testOnName.isVersionGuarded()).isFalse();
    assertThat(testOnName.isSafeToRepeat()).isFalse();
    assertThat(JsonPatch.builder().test("/config/version", 1).remove("/a").build().isSafeToRepeat())
        .isFalse();
  }

  @Test
  void mergePatchRequestsAreAlwaysSafe() {
    DestinationKey key = DestinationKey.of("p", "e", "d");
    assertThat(
            LaunchDarklyRequests.mergePatch(key, MergePatch.builder().remove("name").build())
                .safeToRepeat())
        .isTrue();
    assertThat(
            LaunchDarklyRequests.patch(key, JsonPatch.builder().remove("/name").build())
                .safeToRepeat())
        .isFalse();
    assertThat(
            LaunchDarklyRequests.patch(
                    key, JsonPatch.builder().replace("/on", true).comment("c").build())
                .safeToRepeat())
        .isTrue();
    assertThat(LaunchDarklyRequests.get(key).safeToRepeat()).isTrue();
  }

  @Test
  void aCommentDoesNotChangeWhetherAPatchIsSafe() {
    JsonPatch unsafe = JsonPatch.builder().remove("/name").build();
    assertThat(unsafe.withComment("why").isSafeToRepeat()).isFalse();
    assertThat(unsafe.withComment("why").isVersionGuarded()).isFalse();
    JsonPatch guarded = JsonPatch.builder().test("/version", 2).build().concat(unsafe);
    assertThat(guarded.withComment("why").isSafeToRepeat()).isTrue();
  }
}
