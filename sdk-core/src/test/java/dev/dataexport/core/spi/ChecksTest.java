package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one validation vocabulary: each rule at its boundaries, with the exact message a user sees.
 */
class ChecksTest {
  @Test
  void namesAndRequiredFields() {
    assertThat(Checks.name("models", -1)).isEqualTo("models");
    assertThat(Checks.name("models", 0)).isEqualTo("models[0]");
    assertThat(new Checks.NullField("id")).hasMessage("id must not be null");
    assertThat(new Checks.MissingFields("id")).hasMessage("id is required");
    assertThat(new Checks.MissingFields("id", "name")).hasMessage("id, name are required");
    assertThat(Checks.required("id", "x")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.required("id", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id is required");
  }

  @Test
  void nullsNameTheFieldAndTheIndex() {
    assertThat(Checks.notNull("id", "x")).isEqualTo("x");
    assertThat(Checks.notNull("ids", 2, "x")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.notNull("accessToken", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("accessToken must not be null");
    assertThatThrownBy(() -> Checks.notNull("ids", 2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ids[2] must not be null");
    assertThatThrownBy(() -> Checks.notNull("ids", -1, null)).hasMessage("ids must not be null");
  }

  @Test
  void blankAndIdRules() {
    assertThat(Checks.notBlank("id", " a ")).isEqualTo(" a ");
    assertThatThrownBy(() -> Checks.notBlank("id", null)).hasMessage("id must not be null");
    assertThatThrownBy(() -> Checks.notBlank("id", " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatThrownBy(() -> Checks.notBlank("id", "")).hasMessage("id must not be blank");

    assertThat(Checks.id("id", "a b/c%é")).isEqualTo("a b/c%é");
    assertThatThrownBy(() -> Checks.id("id", "ab\ncd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not contain control characters; found one at index 2");
    assertThatThrownBy(() -> Checks.id("id", "\u007fab"))
        .hasMessage("id must not contain control characters; found one at index 0");
    assertThatThrownBy(() -> Checks.id("id", "  ")).hasMessage("id must not be blank");
  }

  @Test
  void lengthCountsCodePointsAndItsBoundsAreInclusive() {
    assertThat(Checks.length("name", "ab", 2, 3)).isEqualTo("ab");
    assertThat(Checks.length("name", "abc", 2, 3)).isEqualTo("abc");
    // Two code points, four UTF-16 units.
    assertThat(Checks.length("name", "\uD83D\uDE00\uD83D\uDE00", 2, 2)).hasSize(4);
    assertThatThrownBy(() -> Checks.length("name", "a", 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be 2..3 characters long, was 1");
    assertThatThrownBy(() -> Checks.length("name", "abcd", 2, 3))
        .hasMessage("name must be 2..3 characters long, was 4");
    assertThatThrownBy(() -> Checks.length("names", 1, "abcd", 2, 3))
        .hasMessage("names[1] must be 2..3 characters long, was 4");
    assertThatThrownBy(() -> Checks.length("name", "   ", 1, 3))
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> Checks.length("names", 0, null, 0, 3))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("names[0] must not be null");
    // With no minimum a blank or empty value is allowed.
    assertThat(Checks.length("name", "", 0, 3)).isEmpty();
    assertThat(Checks.length("name", "  ", 0, 3)).isEqualTo("  ");
  }

  @Test
  void minItemsCountsAndRefusesNullItemsByIndex() {
    assertThat(Checks.minItems("models", List.of("a"), 1)).containsExactly("a");
    assertThat(Checks.minItems("models", List.of(), 0)).isEmpty();
    assertThatThrownBy(() -> Checks.minItems("models", List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("models must have at least 1 item");
    assertThatThrownBy(() -> Checks.minItems("models", List.of("a"), 2))
        .hasMessage("models must have at least 2 items");
    assertThatThrownBy(() -> Checks.minItems("models", Arrays.asList("a", null), 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("models[1] must not be null");
    assertThatThrownBy(() -> Checks.minItems("models", null, 0))
        .hasMessage("models must not be null");
  }

  @Test
  void positiveAndAtLeast() {
    assertThat(Checks.positive("timeout", Duration.ofNanos(1))).isEqualTo(Duration.ofNanos(1));
    assertThatThrownBy(() -> Checks.positive("timeout", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> Checks.positive("timeout", Duration.ofMillis(-1)))
        .hasMessage("timeout must be positive, was PT-0.001S");
    assertThatThrownBy(() -> Checks.positive("timeout", null))
        .hasMessage("timeout must not be null");

    assertThat(Checks.atLeast("retries", 0, 0)).isZero();
    assertThat(Checks.atLeast("retries", 5, 0)).isEqualTo(5);
    assertThatThrownBy(() -> Checks.atLeast("retries", -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retries must be >= 0, was -1");
  }

  @Test
  void headerValuesArePrintableAsciiWithoutEchoingThem() {
    assertThat(Checks.headerValue("apiVersion", " ~")).isEqualTo(" ~");
    assertThatThrownBy(() -> Checks.headerValue("token", "ab\u001fcd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must contain only printable ASCII characters; found another at index 2");
    assertThatThrownBy(() -> Checks.headerValue("token", "abc\u007f"))
        .hasMessage("token must contain only printable ASCII characters; found another at index 3");
    assertThatThrownBy(() -> Checks.headerValue("token", "\tab"))
        .hasMessage("token must contain only printable ASCII characters; found another at index 0");
    assertThatThrownBy(() -> Checks.headerValue("token", "   "))
        .hasMessage("token must not be blank");
  }

  @Test
  void headerNamesAreTokens() {
    assertThat(Checks.headerName("X-API-KEY")).isEqualTo("X-API-KEY");
    assertThat(Checks.headerName("!#$%&'*+-.^_`|~09azAZ")).isEqualTo("!#$%&'*+-.^_`|~09azAZ");
    assertThatThrownBy(() -> Checks.headerName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("header name must not be null");
    assertThatThrownBy(() -> Checks.headerName(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header name must not be empty");
    assertThatThrownBy(() -> Checks.headerName("X Key"))
        .hasMessage("header name has an invalid character at index 1");
    assertThatThrownBy(() -> Checks.headerName(" X"))
        .hasMessage("header name has an invalid character at index 0");
    assertThat(Checks.isToken(" x")).isFalse();
    assertThat(Checks.isToken("X-Key")).isTrue();
    assertThat(Checks.isToken("")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " ", "\t", "\u001f", "\u007f", "\u0080", "é", "(", ")", "<", ">", "@", ",", ";", ":", "\\",
        "\"", "/", "[", "]", "?", "=", "{", "}"
      })
  void everySeparatorControlAndNonAsciiCharacterIsNotATokenCharacter(String bad) {
    assertThat(Checks.isToken("ab" + bad)).isFalse();
    assertThatThrownBy(() -> Checks.headerName("ab" + bad))
        .hasMessage("header name has an invalid character at index 2");
  }

  @Test
  void headerValuesAllowTabButNoOtherControlOrNonAscii() {
    Checks.header("X-Trace", "a\tb ~");
    assertThat(Checks.firstInvalidValueCharacter("a\tb ~")).isEqualTo(-1);
    assertThat(Checks.firstInvalidValueCharacter("ab\u001f")).isEqualTo(2);
    assertThat(Checks.firstInvalidValueCharacter("ab\u007f")).isEqualTo(2);
    assertThat(Checks.firstInvalidValueCharacter("a\u0080")).isEqualTo(1);
    assertThat(Checks.firstInvalidValueCharacter("\r\n")).isZero();
    assertThatThrownBy(() -> Checks.header("X-Trace", "secret\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value of header X-Trace must contain only printable ASCII characters (no CR, LF or"
                + " other control characters); found another at index 6");
    assertThatThrownBy(() -> Checks.header("X-Trace", "\nX-Evil: 1"))
        .hasMessageEndingWith("found another at index 0");
    assertThatThrownBy(() -> Checks.header("X-Trace", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of header X-Trace must not be null");
    assertThatThrownBy(() -> Checks.header("X Trace", "v"))
        .hasMessage("header name has an invalid character at index 1");
  }
}
