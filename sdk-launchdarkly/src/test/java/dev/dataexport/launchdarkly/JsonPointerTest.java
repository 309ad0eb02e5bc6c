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

  @Test
  void aParsedPointerAnswersLikeOneBuiltFromSegments() {
    // parse() keeps only the text and splits on first use: every answer must be the same as for
    // the pointer built from the raw segments.
    for (List<String> segments :
        List.of(
            List.of("config", "a/b"),
            List.of("m~n"),
            List.of("~1", ""),
            List.of("a", "", "b"),
            List.of(""),
            List.of("_links", "self"))) {
      JsonPointer built = JsonPointer.ofSegments(segments);
      JsonPointer parsed = JsonPointer.parse(built.toString());
      assertThat(parsed.last()).isEqualTo(built.last());
      assertThat(parsed.segments()).isEqualTo(segments);
      assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
      assertThat(JsonPointer.parse(built.toString()).last())
          .isEqualTo(segments.get(segments.size() - 1));
      assertThat(parsed.parent()).isEqualTo(built.parent());
      assertThat(parsed.startsWith(built.parent())).isTrue();
      assertThat(parsed.isRoot()).isFalse();
    }
    // A segment holding an escaped '/' is one segment: "/a~1b" does not lie below "/a".
    assertThat(JsonPointer.parse("/a~1b").startsWith(JsonPointer.of("a"))).isFalse();
    assertThat(JsonPointer.parse("/a/b").startsWith(JsonPointer.parse("/a"))).isTrue();
    assertThat(JsonPointer.parse("/a").startsWith(JsonPointer.root())).isTrue();
    assertThat(JsonPointer.root().startsWith(JsonPointer.parse("/a"))).isFalse();
    assertThat(JsonPointer.parse("/_links/self").firstSegmentStartsWith("_")).isTrue();
    assertThat(JsonPointer.parse("/config/_x").firstSegmentStartsWith("_")).isFalse();
    assertThat(JsonPointer.root().firstSegmentStartsWith("_")).isFalse();
  }
}
