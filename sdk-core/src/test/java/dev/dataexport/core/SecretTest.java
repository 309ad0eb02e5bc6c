package dev.dataexport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A secret value: masked when printed, compared by value, scrubbed only as a whole word. */
class SecretTest {
  private static final String VALUE = "CANARY-secret-123";

  @Test
  void itIsMaskedWhenPrintedAndRevealedOnlyOnRequest() {
    Secret secret = Secret.of(VALUE);
    assertThat(secret).hasToString("****");
    assertThat(String.valueOf(secret)).doesNotContain(VALUE);
    assertThat(secret.reveal()).isEqualTo(VALUE);
  }

  @Test
  void nullAndEmptyAreRefusedWithoutAValueInTheMessage() {
    assertThatThrownBy(() -> Secret.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secret value");
    assertThatThrownBy(() -> Secret.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret value must not be empty");
    assertThat(Secret.of("k").reveal()).isEqualTo("k");
  }

  @Test
  void equalityIsByValueAndTheHashSaysNothingAboutIt() {
    assertThat(Secret.of(VALUE)).isEqualTo(Secret.of(VALUE));
    assertThat(Secret.of(VALUE)).isNotEqualTo(Secret.of(VALUE + "4"));
    assertThat(Secret.of(VALUE)).isNotEqualTo(Secret.of("CANARY-secret-124"));
    assertThat(Secret.of(VALUE)).isNotEqualTo(VALUE);
    assertThat(Secret.of(VALUE).hashCode())
        .isEqualTo(Secret.of("other").hashCode())
        .isEqualTo(0x5ec7e7);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // whole occurrences, at the start, the end, alone, next to punctuation
        "k|k|****",
        "k=k|k|****=****",
        "key=k.|k|key=****.",
        "\"k\"|k|\"****\"",
        // inside a word, before or after a letter or digit: left alone
        "PackageGroupNotFound|k|PackageGroupNotFound",
        "k1 1k|k|k1 1k",
        // adjacent and repeated occurrences, and one that overlaps a masked one
        "ab ab|ab|**** ****",
        "ab-ab-ab|ab|****-****-****",
        "aaa a|aa|aaa a",
        "aa-aa|aa|****-****",
        "---|--|****-",
        // a longer value inside punctuation
        "Bearer CANARY-1.|CANARY-1|Bearer ****.",
        "xCANARY-1 CANARY-1|CANARY-1|xCANARY-1 ****",
      })
  void scrubbingMasksWholeOccurrencesOnly(String text, String secret, String scrubbed) {
    assertThat(Secret.scrub(text, secret)).isEqualTo(scrubbed);
    assertThat(Secret.of(secret).scrubFrom(text)).isEqualTo(scrubbed);
  }

  @Test
  void scrubbingLeavesNullTextAndTextWithoutTheSecretAsTheyAre() {
    assertThat(Secret.scrub(null, "k")).isNull();
    String text = "nothing to see";
    assertThat(Secret.scrub(text, "zz")).isSameAs(text);
    assertThat(Secret.scrub(text, "")).isSameAs(text);
    // Only inside words: the text is returned unchanged, not a copy.
    assertThat(Secret.scrub("PackageGroup", "k")).isSameAs("PackageGroup");
  }
}
