package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.support.TestVendor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retry layer alone: which statuses and failures are repeated, and the waits servers ask for.
 */
class RetryRulesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "429, false, true", "503, false, true", "408, false, false", "500, false, false",
    "502, false, false", "504, false, false", "408, true, true", "500, true, true",
    "502, true, true", "504, true, true", "400, true, false", "401, true, false",
    "404, true, false", "409, true, false", "422, true, false", "501, true, false"
  })
  void statusesAreRetriedWhenTheServerDidNotActOrTheCallIsSafeToRepeat(
      int status, boolean safe, boolean retried) {
    assertThat(RetryRules.retryableStatus(status, safe)).isEqualTo(retried);
  }

  @Test
  void aFailureIsRetriedWhenNothingWasSentOrTheCallIsSafeToRepeat() {
    assertThat(RetryRules.retryableFailure(false, false)).isTrue();
    assertThat(RetryRules.retryableFailure(false, true)).isTrue();
    assertThat(RetryRules.retryableFailure(true, true)).isTrue();
    assertThat(RetryRules.retryableFailure(true, false)).isFalse();
  }

  @Test
  void timeoutsAreTheSocketsAndOkHttpsOnly() {
    assertThat(RetryRules.isTimeout(new SocketTimeoutException("read timed out"))).isTrue();
    assertThat(RetryRules.isTimeout(new InterruptedIOException("timeout"))).isTrue();
    assertThat(RetryRules.isTimeout(new InterruptedIOException("interrupted"))).isFalse();
    assertThat(RetryRules.isTimeout(new IOException("timeout"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "Retry-After-Ms, 250, PT0.25S",
    "Retry-After-Ms, 1.5, PT0.0015S",
    "Retry-After-Ms, 0, PT0S",
    "Retry-After-Ms, ' 40 ', PT0.04S",
    "Retry-After, ' 2 ', PT2S",
    "Retry-After, 3, PT3S",
    "Retry-After, 0, PT0S",
    "Retry-After, 'Thu, 01 Jan 2026 00:00:07 GMT', PT7S",
    "Retry-After, 'Wed, 31 Dec 2025 23:59:00 GMT', PT0S"
  })
  void theStandardWaitHeadersAreRead(String header, String value, String wait) {
    assertThat(RetryRules.retryAfter(ResponseHeaders.of(header, value), CLOCK))
        .contains(Duration.parse(wait));
  }

  @ParameterizedTest
  @CsvSource({
    "Retry-After, -1",
    "Retry-After, soon",
    "Retry-After, 1.5",
    "Retry-After-Ms, -5",
    "Retry-After-Ms, Infinity",
    "Retry-After-Ms, NaN",
    "X-Other, 3"
  })
  void unreadableOrNegativeWaitsAreNoWait(String header, String value) {
    assertThat(RetryRules.retryAfter(ResponseHeaders.of(header, value), CLOCK)).isEmpty();
  }

  @Test
  void retryAfterMsWinsOverRetryAfterAndAnUnreadableOneFallsThrough() {
    assertThat(
            RetryRules.retryAfter(
                ResponseHeaders.of("Retry-After", "9", "Retry-After-Ms", "100"), CLOCK))
        .contains(Duration.ofMillis(100));
    assertThat(
            RetryRules.retryAfter(
                ResponseHeaders.of("Retry-After", "9", "Retry-After-Ms", "x"), CLOCK))
        .contains(Duration.ofSeconds(9));
  }

  @Test
  void theVendorsResetHeaderIsConsultedOnlyOnA429WithoutAStandardWait() {
    VendorProfile vendor = TestVendor.profile();
    String reset = Long.toString(CLOCK.instant().plusSeconds(2).toEpochMilli());
    ResponseHeaders headers = ResponseHeaders.of("X-RateLimit-Reset", reset);
    assertThat(RetryRules.serverWait(429, headers, CLOCK, vendor)).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryRules.serverWait(503, headers, CLOCK, vendor)).isNull();
    ResponseHeaders both = ResponseHeaders.of("X-RateLimit-Reset", reset, "Retry-After", "1");
    assertThat(RetryRules.serverWait(429, both, CLOCK, vendor)).isEqualTo(Duration.ofSeconds(1));
  }
}
