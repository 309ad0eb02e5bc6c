package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.ResponseHeaders;
import java.io.IOException;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** What the scrub layer gives the printable surfaces: headers, descriptions and causes. */
class RedactionSurfacesTest {
  private static final String KEY = "CANARY-key-77";
  private static final String PASSWORD = "CANARY-pw-88";
  private final Redaction redaction =
      new Redaction(Credentials.apiKey("X-API-KEY", KEY), List.of(PASSWORD));

  @Test
  void headersAreScrubbedValueByValueKeepingNamesAndOrder() {
    Headers received =
        Headers.of(
            "X-Request-Id",
            "r-1",
            "WWW-Authenticate",
            "Bearer error=\"invalid\", key=\"" + KEY + "\"",
            "Location",
            "https://elsewhere.example/?pw=" + PASSWORD,
            "x-trace",
            "t-2");

    ResponseHeaders scrubbed = redaction.headers(received);

    assertThat(scrubbed.size()).isEqualTo(4);
    assertThat(scrubbed.name(0)).isEqualTo("X-Request-Id");
    assertThat(scrubbed.value(0)).isEqualTo("r-1");
    assertThat(scrubbed.name(1)).isEqualTo("WWW-Authenticate");
    assertThat(scrubbed.value(1)).isEqualTo("Bearer error=\"invalid\", key=\"****\"");
    assertThat(scrubbed.value(2)).isEqualTo("https://elsewhere.example/?pw=****");
    assertThat(scrubbed.name(3)).isEqualTo("x-trace");
    assertThat(scrubbed.value(3)).isEqualTo("t-2");
  }

  @Test
  void headersWithoutASecretAreWrappedNotCopied() {
    Headers clean = Headers.of("X-Request-Id", "r-1", "Retry-After", "2");
    assertThat(redaction.headers(clean)).isEqualTo(ResponseHeaders.wrap(clean));
    assertThat(redaction.headers(Headers.of())).isSameAs(ResponseHeaders.empty());
    // Only the first value holds a secret: every later one is still copied across.
    Headers first = Headers.of("A", KEY, "B", "b", "C", "c");
    assertThat(redaction.headers(first))
        .isEqualTo(ResponseHeaders.of("A", "****", "B", "b", "C", "c"));
  }

  @Test
  void aDescriptionIsTheClassAndTheScrubbedMessage() {
    assertThat(redaction.describe(new IOException("key " + KEY + " refused")))
        .isEqualTo("IOException (key **** refused)");
    assertThat(redaction.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
  }

  @Test
  void aCauseIsKeptOnlyWhenNoMessageInItsChainHoldsASecret() {
    IOException clean = new IOException("outer", new IllegalStateException("inner"));
    assertThat(redaction.safeCause(clean)).isSameAs(clean);
    assertThat(redaction.safeCause(new IOException((String) null))).isNotNull();
    assertThat(redaction.safeCause(null)).isNull();

    assertThat(redaction.safeCause(new IOException("echo " + KEY))).isNull();
    IOException deep =
        new IOException("outer", new RuntimeException("middle", new Error("pw " + PASSWORD)));
    assertThat(redaction.safeCause(deep)).isNull();
  }

  @Test
  void aSecondSecretIsScrubbedAfterTheFirst() {
    Redaction two = new Redaction(Credentials.apiKey("X-API-KEY", KEY), List.of("one-1", "two-2"));
    assertThat(two.scrub("one-1 two-2 " + KEY)).isEqualTo("**** **** ****");
  }
}
