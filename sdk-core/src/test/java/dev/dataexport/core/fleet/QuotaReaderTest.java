package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.fleet.QuotaReader.Quota;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@link QuotaReader} reads a vendor's quota headers, including the ones it must ignore. */
class QuotaReaderTest {
  private static final QuotaReader LAUNCHDARKLY =
      QuotaReader.remainingAndResetMillis(
          "X-Ratelimit-Reset", "X-Ratelimit-Global-Remaining", "X-Ratelimit-Route-Remaining");

  @Test
  void noneReadsNothingWhateverTheHeaders() {
    assertThat(QuotaReader.none().read(ResponseHeaders.of("X-Ratelimit-Route-Remaining", "0")))
        .isEmpty();
  }

  @Test
  void theSmallestRemainingWinsWhicheverHeaderCarriesIt() {
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Global-Remaining", "7", "X-Ratelimit-Route-Remaining", "3")))
        .contains(new Quota(3, Optional.empty()));
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Global-Remaining", "2", "X-Ratelimit-Route-Remaining", "9")))
        .contains(new Quota(2, Optional.empty()));
  }

  @Test
  void equalRemainingValuesGiveThatValue() {
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Global-Remaining", "4", "X-Ratelimit-Route-Remaining", "4")))
        .contains(new Quota(4, Optional.empty()));
  }

  @Test
  void oneRemainingHeaderIsEnough() {
    assertThat(LAUNCHDARKLY.read(ResponseHeaders.of("X-Ratelimit-Route-Remaining", "0")))
        .contains(new Quota(0, Optional.empty()));
    assertThat(LAUNCHDARKLY.read(ResponseHeaders.of("X-Ratelimit-Global-Remaining", "5")))
        .contains(new Quota(5, Optional.empty()));
  }

  @Test
  void theResetIsEpochMillisecondsAndMayBeFractional() {
    Instant reset = Instant.ofEpochMilli(1_764_000_000_123L);
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Route-Remaining", "1", "X-Ratelimit-Reset", "1764000000123")))
        .contains(new Quota(1, Optional.of(reset)));
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Route-Remaining", " 1 ", "X-Ratelimit-Reset", "1764000000123.9")))
        .contains(new Quota(1, Optional.of(reset)));
  }

  @Test
  void withoutAReadableRemainingThereIsNoQuotaEvenWithAReset() {
    assertThat(LAUNCHDARKLY.read(ResponseHeaders.of("X-Ratelimit-Reset", "1764000000123")))
        .isEmpty();
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Route-Remaining", "many", "X-Ratelimit-Reset", "1764000000123")))
        .isEmpty();
    assertThat(LAUNCHDARKLY.read(ResponseHeaders.empty())).isEmpty();
  }

  @Test
  void anUnreadableHeaderIsIgnoredAndTheReadableOneKept() {
    assertThat(
            LAUNCHDARKLY.read(
                ResponseHeaders.of(
                    "X-Ratelimit-Global-Remaining",
                    "n/a",
                    "X-Ratelimit-Route-Remaining",
                    "6",
                    "X-Ratelimit-Reset",
                    "soon")))
        .contains(new Quota(6, Optional.empty()));
  }

  @Test
  void badHeaderNamesAndAnEmptyListAreRefusedWhenTheReaderIsMade() {
    assertThatThrownBy(() -> QuotaReader.remainingAndResetMillis("X-Reset"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remaining");
    assertThatThrownBy(() -> QuotaReader.remainingAndResetMillis("bad name", "X-Remaining"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuotaReader.remainingAndResetMillis("X-Reset", "bad:name"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuotaReader.remainingAndResetMillis("X-Reset", "X-Left", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("remaining[1] must not be null");
  }

  @Test
  void aQuotaNeedsAResetOptional() {
    assertThatThrownBy(() -> new Quota(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reset");
  }
}
