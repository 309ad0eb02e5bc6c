package dev.dataexport.launchdarkly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {
  @Test
  void escapesTildeBeforeSlashWhenBuiltFromSegments() {
    assertThat(JsonPointer.of("config", "a/b", "m~n", "~1").toString())
        .isEqualTo("/config/a~1b/m~0n/~01");
    assertThat(JsonPointer.of().toString()).isEmpty();
    assertThat(JsonPointer.of("").toString()).isEqualTo("/");
  }

  @Test
  void parsesEscapesBackToRawSegments() {
    assertThat(JsonPointer.parse("/config/a~1b/m~0n/~01").segments())
        .containsExactly("config", "a/b", "m~n", "~1");
    assertThat(JsonPointer.parse("").isRoot()).isTrue();
    assertThat(JsonPointer.parse("/").segments()).containsExactly("");
    assertThat(JsonPointer.parse("/a//b").segments()).containsExactly("a", "", "b");
  }

  @Test
  void roundTripsEveryForm() {
    for (String text :
        List.of(
            "", "/", "/foo", "/foo/0", "/a~1b", "/c%d", "/e^f", "/g|h", "/i\\j", "/k\"l", "/ ",
            "/m~0n")) {
      assertThat(JsonPointer.parse(text).toString()).isEqualTo(text);
      assertThat(JsonPointer.ofSegments(JsonPointer.parse(text).segments()))
          .isEqualTo(JsonPointer.parse(text));
    }
  }

  @Test
  void rejectsInvalidPointersNamingTheRule() {
    assertThatThrownBy(() -> JsonPointer.parse("config/topic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start with '/'");
    assertThatThrownBy(() -> JsonPointer.parse("/a~2b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'~' at index 2");
    assertThatThrownBy(() -> JsonPointer.parse("/a~"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not followed by '0' or '1'");
    assertThatThrownBy(() -> JsonPointer.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonPointer.of("a", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void navigates() {
    JsonPointer pointer = JsonPointer.root().append("config").append(2);
    assertThat(pointer.toString()).isEqualTo("/config/2");
    assertThat(pointer.parent()).isEqualTo(JsonPointer.of("config"));
    assertThat(pointer.last()).isEqualTo("2");
    assertThat(pointer.startsWith(JsonPointer.of("config"))).isTrue();
    assertThat(JsonPointer.of("configuration").startsWith(JsonPointer.of("config"))).isFalse();
    assertThatThrownBy(() -> JsonPointer.root().parent()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pointer.append(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
