package dev.dataexport.stigg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building the client: auth modes, environment variables and their errors. */
class StiggClientBuilderTest {
  @Test
  void defaultBaseUrlIsStiggProduction() {
    try (StiggClient client = StiggClient.builder().apiKey("key-0001").build()) {
      assertThat(client.options().baseUrl().toString()).isEqualTo("https://api.stigg.io/");
    }
  }

  @Test
  void noCredentials() {
    assertThatThrownBy(() -> StiggClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey(...)")
        .hasMessageContaining("jwt(...)");
  }

  @Test
  void bothModes() {
    assertThatThrownBy(
            () ->
                StiggClient.builder().apiKey("key-0001").jwt("jwt-0001").environmentId("e").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void jwtWithoutEnvironment() {
    assertThatThrownBy(() -> StiggClient.builder().jwt("jwt-0001").accountId("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("environmentId(...) is required with jwt(...)");
  }

  @Test
  void environmentWithApiKey() {
    assertThatThrownBy(() -> StiggClient.builder().apiKey("key-0001").environmentId("e").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apply only to jwt(...)");
    assertThatThrownBy(() -> StiggClient.builder().apiKey("key-0001").accountId("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apply only to jwt(...)");
  }

  @Test
  void environmentAsDefaultHeaderWithApiKey() {
    assertThatThrownBy(
            () ->
                StiggClient.builder()
                    .apiKey("key-0001")
                    .defaultHeader("x-environment-id", "e")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-ENVIRONMENT-ID (default header) applies only to JWT auth");
  }

  @Test
  void badEnvironmentIdValues() {
    assertThatThrownBy(() -> StiggClient.builder().environmentId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environmentId must not be blank");
    assertThatThrownBy(() -> StiggClient.builder().environmentId("env\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 3");
    assertThatThrownBy(() -> StiggClient.builder().environmentId("envé"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "environmentId must contain only printable ASCII characters; found another at index 3");
    assertThatThrownBy(() -> StiggClient.builder().accountId("acc\t1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accountId")
        .hasMessageContaining("index 3");
    assertThatThrownBy(() -> StiggClient.builder().accountId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("accountId must not be null");
  }

  @Test
  void badKeysFailWithoutEchoingThem() {
    String canary = "sk_canary_\nDEADBEEF";
    assertThatThrownBy(() -> StiggClient.builder().apiKey(canary))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> assertThat(e.getMessage()).doesNotContain("DEADBEEF").doesNotContain("sk_canary"));
    assertThatThrownBy(() -> StiggClient.builder().jwt(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bearer token must not be blank");
    assertThatThrownBy(() -> StiggClient.builder().apiKey(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void fromEnvReadsKeyAndBaseUrl() {
    try (StiggClient client =
        StiggClient.fromEnv(
            Map.of(
                "STIGG_API_KEY",
                "k_env_0001",
                "STIGG_BASE_URL",
                "https://stigg.example.com/base"))) {
      assertThat(client.options().baseUrl().toString()).isEqualTo("https://stigg.example.com/base");
      assertThat(client.options().credentials().headerName()).isEqualTo("X-API-KEY");
      assertThat(client.options().credentials().headerValue().reveal()).isEqualTo("k_env_0001");
    }
  }

  @Test
  void fromEnvWithEmptyBaseUrlUsesTheDefault() {
    try (StiggClient client =
        StiggClient.fromEnv(Map.of("STIGG_API_KEY", "k_env_0001", "STIGG_BASE_URL", ""))) {
      assertThat(client.options().baseUrl().toString()).isEqualTo("https://api.stigg.io/");
    }
  }

  @Test
  void fromEnvWithoutKey() {
    assertThatThrownBy(() -> StiggClient.fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("STIGG_API_KEY is not set; set it to a Stigg server API key");
  }

  @Test
  void plainHttpIsRejectedForRemoteHosts() {
    assertThatThrownBy(
            () -> StiggClient.builder().apiKey("key-0001").baseUrl("http://api.stigg.io").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void knownEnumValues() {
    assertThat(SyncStatus.knownValues())
        .extracting(SyncStatus::value)
        .containsExactly("PENDING", "RUNNING", "INCOMPLETE", "FAILED", "SUCCEEDED", "CANCELLED");
    assertThat(ConnectionStatus.knownValues())
        .extracting(ConnectionStatus::value)
        .containsExactly("connected", "failed");
    assertThat(DestinationType.of("snowflake")).isSameAs(DestinationType.SNOWFLAKE);
  }
}
