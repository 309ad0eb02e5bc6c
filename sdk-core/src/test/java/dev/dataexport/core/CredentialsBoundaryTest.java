package dev.dataexport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Credentials at the edges of each rule, and what makes two of them the same. */
class CredentialsBoundaryTest {
  @Test
  void sevenCharactersAreRefusedAndEightAccepted() {
    assertThatThrownBy(() -> Credentials.bearer("1234567"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bearer token must be at least 8 characters long, was 7");
    assertThatThrownBy(() -> Credentials.authorization("1234567"))
        .hasMessage("Authorization value must be at least 8 characters long, was 7");
    assertThat(Credentials.bearer("12345678").headerValue().reveal()).isEqualTo("Bearer 12345678");
    assertThat(Credentials.MIN_LENGTH).isEqualTo(8);
  }

  @Test
  void printableAsciiFromSpaceToTildeIsAcceptedInside() {
    String edges = "a ~!\"#}|{a";
    assertThat(Credentials.authorization(edges).headerValue().reveal()).isEqualTo(edges);
    assertThat(Credentials.apiKey("X-API-KEY", edges).headerValue().reveal()).isEqualTo(edges);
  }

  @Test
  void theFirstBadCharacterDecidesTheMessageAndItsIndex() {
    assertThatThrownBy(() -> Credentials.bearer("abcdefgh\u001f"))
        .hasMessage(
            "bearer token must not contain control characters (CR, LF, ...); found one at index 8");
    assertThatThrownBy(() -> Credentials.bearer("abcdefgh\u007f"))
        .hasMessage(
            "bearer token must not contain control characters (CR, LF, ...); found one at index 8");
    assertThatThrownBy(() -> Credentials.bearer("abcdefgh\u0080"))
        .hasMessage(
            "bearer token must contain only printable ASCII characters; found another at index 8");
    assertThatThrownBy(() -> Credentials.bearer("\u00e9bcdefgh\n"))
        .hasMessage(
            "bearer token must contain only printable ASCII characters; found another at index 0");
    assertThatThrownBy(() -> Credentials.bearer("abcdefgh "))
        .hasMessage("bearer token must not start or end with whitespace");
    assertThatThrownBy(() -> Credentials.bearer(" abcdefgh"))
        .hasMessage("bearer token must not start or end with whitespace");
    assertThatThrownBy(() -> Credentials.bearer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bearer token must not be null");
    assertThatThrownBy(() -> Credentials.authorization(null))
        .hasMessage("Authorization value must not be null");
  }

  @Test
  void theHeaderAndItsPrefix() {
    Credentials key = Credentials.apiKey("X-API-KEY", "key-12345");
    assertThat(key.headerName()).isEqualTo("X-API-KEY");
    assertThat(key.headerValue().reveal()).isEqualTo("key-12345");
    Credentials raw = Credentials.authorization("api-12345");
    assertThat(raw.headerName()).isEqualTo("Authorization");
    assertThat(raw.headerValue().reveal()).isEqualTo("api-12345");
    assertThat(raw).hasToString("Credentials{Authorization: ****}");
    assertThat(Credentials.bearer("tok-12345").headerName()).isEqualTo("Authorization");
  }

  @Test
  void theSameHeaderIgnoringCaseThePrefixAndTheValueMakeEqualCredentials() {
    Credentials key = Credentials.apiKey("X-API-KEY", "key-12345");
    assertThat(key).isEqualTo(Credentials.apiKey("x-api-key", "key-12345"));
    assertThat(key).hasSameHashCodeAs(Credentials.apiKey("x-api-key", "key-12345"));
    assertThat(key).isNotEqualTo(Credentials.apiKey("X-Other-Key", "key-12345"));
    assertThat(key).isNotEqualTo(Credentials.apiKey("X-API-KEY", "key-12346"));
    assertThat(Credentials.bearer("key-12345"))
        .isNotEqualTo(Credentials.authorization("key-12345"));
    assertThat(Credentials.authorization("Bearer key-12345"))
        .isNotEqualTo(Credentials.bearer("key-12345"));
    assertThat(key).isNotEqualTo("key-12345");
    assertThat(key.hashCode())
        .as("the hash says nothing about the value")
        .isEqualTo(Credentials.apiKey("X-API-KEY", "another-99").hashCode());
    assertThat(key.hashCode()).isNotEqualTo(Credentials.bearer("key-12345").hashCode());
  }

  @Test
  void scrubbingMasksTheValueNotThePrefix() {
    Credentials bearer = Credentials.bearer("tok-12345");
    assertThat(bearer.scrub("Bearer tok-12345 was refused")).isEqualTo("Bearer **** was refused");
    assertThat(bearer.scrub("xtok-12345")).isEqualTo("xtok-12345");
  }
}
