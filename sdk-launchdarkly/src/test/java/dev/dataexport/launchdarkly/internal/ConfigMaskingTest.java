package dev.dataexport.launchdarkly.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.spi.VendorProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigMaskingTest {
  private static final List<String> NAMES =
      List.of(
          "apiKey",
          "api_key",
          "API-KEY",
          "writeKey",
          "write__key",
          "policyKey",
          "password",
          "Password_",
          "secret",
          "clientSecret",
          "connection-string",
          "serviceAccountKey",
          "apiKeys",
          "api",
          "apikeyx",
          "xapikey",
          "passwor",
          "streamName",
          "topic",
          "",
          "_",
          "-_-");

  @Test
  void comparesInPlaceExactlyAsTheNormalizedSetLookup() {
    for (String name : NAMES) {
      boolean expected = ConfigMasking.SECRET_MEMBERS.contains(VendorProfile.normalize(name));
      assertThat(ConfigMasking.isSecret(name)).as(name).isEqualTo(expected);
      String path = "/config/" + name;
      assertThat(ConfigMasking.isSecret(path, path.lastIndexOf('/') + 1))
          .as(path)
          .isEqualTo(expected);
    }
    assertThat(ConfigMasking.isSecret("writeKey")).isTrue();
    assertThat(ConfigMasking.isSecret("streamName")).isFalse();
  }

  @Test
  void masksSecretsInsideArraysAndNestedObjectsAndLeavesTheRest() throws Exception {
    com.fasterxml.jackson.databind.JsonNode config =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                "{\"streams\":[{\"name\":\"a\",\"writeKey\":\"wk-canary-1\"},"
                    + "[{\"password\":\"pw-canary-2\"}]],"
                    + "\"auth\":{\"token\":\"tk-canary-3\",\"user\":\"u\"},"
                    + "\"secret\":null,\"apiKey\":{\"id\":\"k1\"}}");
    assertThat(ConfigMasking.mask(config))
        .isEqualTo(
            "{\"streams\":[{\"name\":\"a\",\"writeKey\":\"****\"},[{\"password\":\"****\"}]],"
                + "\"auth\":{\"token\":\"****\",\"user\":\"u\"},"
                + "\"secret\":null,\"apiKey\":{\"id\":\"k1\"}}");
    assertThat(config.toString()).contains("wk-canary-1"); // the argument is not changed
  }
}
