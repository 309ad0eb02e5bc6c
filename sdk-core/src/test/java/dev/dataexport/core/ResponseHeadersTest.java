package dev.dataexport.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Response headers: case-insensitive look-ups, order kept, nothing copied that need not be. */
class ResponseHeadersTest {
  private final ResponseHeaders headers =
      ResponseHeaders.of(
          "Retry-After", "2", "X-Request-Id", "r-1", "retry-after", "5", "Set-Cookie", "a=1");

  @Test
  void firstIsCaseInsensitiveAndTakesTheFirstLine() {
    assertThat(headers.first("retry-after")).contains("2");
    assertThat(headers.first("RETRY-AFTER")).contains("2");
    assertThat(headers.first("x-request-id")).contains("r-1");
    assertThat(headers.first("Retry-After-Ms")).isEmpty();
    assertThat(ResponseHeaders.empty().first("Retry-After")).isEmpty();
  }

  @Test
  void allLinesOfANameInOrder() {
    assertThat(headers.all("RETRY-after")).containsExactly("2", "5");
    assertThat(headers.all("Location")).isEmpty();
  }

  @Test
  void linesKeepTheirOrderAndTheNamesAsReceived() {
    assertThat(headers.size()).isEqualTo(4);
    assertThat(headers.name(0)).isEqualTo("Retry-After");
    assertThat(headers.name(2)).isEqualTo("retry-after");
    assertThat(headers.value(1)).isEqualTo("r-1");
    assertThat(headers.value(3)).isEqualTo("a=1");
  }

  @Test
  void namesAndMapAreLowerCased() {
    assertThat(headers.names())
        .containsExactlyInAnyOrder("retry-after", "x-request-id", "set-cookie");
    assertThat(headers.asMap())
        .containsEntry("retry-after", List.of("2", "5"))
        .containsEntry("x-request-id", List.of("r-1"))
        .hasSize(3);
    assertThat(headers.toString()).isEqualTo(headers.asMap().toString()).contains("r-1");
  }

  @Test
  void emptyIsOneSharedInstanceAndWrappingNoHeadersGivesIt() {
    assertThat(ResponseHeaders.empty().size()).isZero();
    assertThat(ResponseHeaders.empty().names()).isEmpty();
    assertThat(ResponseHeaders.wrap(Headers.of())).isSameAs(ResponseHeaders.empty());
    assertThat(ResponseHeaders.wrap(Headers.of("A", "1")).first("a")).contains("1");
  }

  @Test
  void equalityIsByLines() {
    ResponseHeaders same = ResponseHeaders.wrap(Headers.of("A", "1", "B", "2"));
    assertThat(same).isEqualTo(ResponseHeaders.of("A", "1", "B", "2"));
    assertThat(same).hasSameHashCodeAs(ResponseHeaders.of("A", "1", "B", "2"));
    assertThat(same.hashCode()).isNotEqualTo(ResponseHeaders.of("A", "2", "B", "2").hashCode());
    assertThat(same).isNotEqualTo(ResponseHeaders.of("A", "1"));
    assertThat(same).isNotEqualTo(ResponseHeaders.of("B", "2", "A", "1"));
    assertThat(same).isNotEqualTo(Map.of("a", List.of("1")));
    assertThat(same).isNotEqualTo(null);
  }
}
