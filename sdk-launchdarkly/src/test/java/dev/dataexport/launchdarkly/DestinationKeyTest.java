package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compound key: each part checked with the SDK's vocabulary when the key is made. */
class DestinationKeyTest {
  @Test
  void holdsItsPartsAndPrintsThemAsAPath() {
    DestinationKey key = DestinationKey.of("proj", "production", "dest-1");
    assertThat(key.projectKey()).isEqualTo("proj");
    assertThat(key.environmentKey()).isEqualTo("production");
    assertThat(key.id()).isEqualTo("dest-1");
    assertThat(key).hasToString("proj/production/dest-1");
    assertThat(key).isEqualTo(new DestinationKey("proj", "production", "dest-1"));
    assertThat(DestinationKey.of("proj/with slash", "env?#%", "id é"))
        .hasToString("proj/with slash/env?#%/id é");
  }

  @Test
  void rejectsNullPartsNamingThem() {
    Class<NullPointerException> npe = NullPointerException.class;
    rejects(npe, "projectKey must not be null", () -> DestinationKey.of(null, "e", "d"));
    rejects(npe, "environmentKey must not be null", () -> DestinationKey.of("p", null, "d"));
    rejects(npe, "id must not be null", () -> DestinationKey.of("p", "e", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \n "})
  void rejectsBlankAndWhitespaceOnlyParts(String blank) {
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    rejects(iae, "projectKey must not be blank", () -> DestinationKey.of(blank, "e", "d"));
    rejects(iae, "environmentKey must not be blank", () -> DestinationKey.of("p", blank, "d"));
    rejects(iae, "id must not be blank", () -> DestinationKey.of("p", "e", blank));
  }

  @Test
  void rejectsControlCharactersAndDotSegments() {
    rejects(
        IllegalArgumentException.class,
        "environmentKey must not contain control characters; found one at index 1",
        () -> DestinationKey.of("p", "e\n1", "d"));
    assertThatThrownBy(() -> DestinationKey.of("p", "e", ".."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be '.' or '..'");
    assertThatThrownBy(() -> DestinationKey.of(".", "e", "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("projectKey must not be '.' or '..'");
  }
}
