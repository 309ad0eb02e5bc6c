package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 6902 Appendix A, plus the array index rules of sections 4 and RFC 6901. */
class JsonPatchApplyTest {
  static Stream<Arguments> appendixA() {
    return Stream.of(
        Arguments.of(
            "A.1 adding an object member",
            "{\"foo\":\"bar\"}",
            "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\"}]",
            "{\"baz\":\"qux\",\"foo\":\"bar\"}"),
        Arguments.of(
            "A.2 adding an array element",
            "{\"foo\":[\"bar\",\"baz\"]}",
            "[{\"op\":\"add\",\"path\":\"/foo/1\",\"value\":\"qux\"}]",
            "{\"foo\":[\"bar\",\"qux\",\"baz\"]}"),
        Arguments.of(
            "A.3 removing an object member",
            "{\"baz\":\"qux\",\"foo\":\"bar\"}",
            "[{\"op\":\"remove\",\"path\":\"/baz\"}]",
            "{\"foo\":\"bar\"}"),
        Arguments.of(
            "A.4 removing an array element",
            "{\"foo\":[\"bar\",\"qux\",\"baz\"]}",
            "[{\"op\":\"remove\",\"path\":\"/foo/1\"}]",
            "{\"foo\":[\"bar\",\"baz\"]}"),
        Arguments.of(
            "A.5 replacing a value",
            "{\"baz\":\"qux\",\"foo\":\"bar\"}",
            "[{\"op\":\"replace\",\"path\":\"/baz\",\"value\":\"boo\"}]",
            "{\"baz\":\"boo\",\"foo\":\"bar\"}"),
        Arguments.of(
            "A.6 moving a value",
            "{\"foo\":{\"bar\":\"baz\",\"waldo\":\"fred\"},\"qux\":{\"corge\":\"grault\"}}",
            "[{\"op\":\"move\",\"from\":\"/foo/waldo\",\"path\":\"/qux/thud\"}]",
            "{\"foo\":{\"bar\":\"baz\"},\"qux\":{\"corge\":\"grault\",\"thud\":\"fred\"}}"),
        Arguments.of(
            "A.7 moving an array element",
            "{\"foo\":[\"all\",\"grass\",\"cows\",\"eat\"]}",
            "[{\"op\":\"move\",\"from\":\"/foo/1\",\"path\":\"/foo/3\"}]",
            "{\"foo\":[\"all\",\"cows\",\"eat\",\"grass\"]}"),
        Arguments.of(
            "A.8 testing a value: success",
            "{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}",
            "[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"qux\"},{\"op\":\"test\",\"path\":\"/foo/1\",\"value\":2}]",
            "{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}"),
        Arguments.of(
            "A.10 adding a nested member object",
            "{\"foo\":\"bar\"}",
            "[{\"op\":\"add\",\"path\":\"/child\",\"value\":{\"grandchild\":{}}}]",
            "{\"foo\":\"bar\",\"child\":{\"grandchild\":{}}}"),
        Arguments.of(
            "A.11 ignoring unrecognized elements",
            "{\"foo\":\"bar\"}",
            "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"xyz\":123}]",
            "{\"foo\":\"bar\",\"baz\":\"qux\"}"),
        Arguments.of(
            "A.14 ~ escape ordering",
            "{\"/\":9,\"~1\":10}",
            "[{\"op\":\"test\",\"path\":\"/~01\",\"value\":10}]",
            "{\"/\":9,\"~1\":10}"),
        Arguments.of(
            "A.16 adding an array value",
            "{\"foo\":[\"bar\"]}",
            "[{\"op\":\"add\",\"path\":\"/foo/-\",\"value\":[\"abc\",\"def\"]}]",
            "{\"foo\":[\"bar\",[\"abc\",\"def\"]]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("appendixA")
  void appliesTheRfcExamples(String name, String document, String patch, String expected) {
    JsonNode original = tree(document);
    assertThat(JsonPatch.parse(patch).apply(original)).isEqualTo(tree(expected));
    assertThat(original).isEqualTo(tree(document)); // the argument is never changed
  }

  @Test
  void a9FailedTestIsATestFailure() {
    assertThatThrownBy(
            () ->
                JsonPatch.parse("[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"bar\"}]")
                    .apply(tree("{\"baz\":\"qux\"}")))
        .isInstanceOfSatisfying(
            JsonPatchException.class,
            e -> {
              assertThat(e.isTestFailure()).isTrue();
              assertThat(e.operationIndex()).isZero();
            })
        .hasMessageContaining("operation 0 (test '/baz') failed");
  }

  @Test
  void a12AddingToANonexistentTargetFails() {
    assertThatThrownBy(
            () ->
                JsonPatch.parse("[{\"op\":\"add\",\"path\":\"/baz/bat\",\"value\":\"qux\"}]")
                    .apply(tree("{\"foo\":\"bar\"}")))
        .isInstanceOfSatisfying(
            JsonPatchException.class, e -> assertThat(e.isTestFailure()).isFalse())
        .hasMessageContaining("no value at '/baz'");
  }

  @Test
  void a15ComparingStringsAndNumbersFails() {
    assertThatThrownBy(
            () ->
                JsonPatch.parse("[{\"op\":\"test\",\"path\":\"/~01\",\"value\":\"10\"}]")
                    .apply(tree("{\"/\":9,\"~1\":10}")))
        .isInstanceOfSatisfying(
            JsonPatchException.class, e -> assertThat(e.isTestFailure()).isTrue());
  }

  @Test
  void testComparesNumbersByValueAndObjectsRegardlessOfOrder() {
    JsonNode doc = tree("{\"n\":1,\"o\":{\"a\":1,\"b\":[1,2]}}");
    JsonPatch.parse(
            "[{\"op\":\"test\",\"path\":\"/n\",\"value\":1.0},"
                + "{\"op\":\"test\",\"path\":\"/o\",\"value\":{\"b\":[1,2],\"a\":1}}]")
        .apply(doc);
    assertThatThrownBy(
            () ->
                JsonPatch.parse("[{\"op\":\"test\",\"path\":\"/o/b\",\"value\":[2,1]}]").apply(doc))
        .isInstanceOf(JsonPatchException.class);
  }

  @Test
  void failsAsAWholeWithoutChangingTheDocument() {
    JsonNode doc = tree("{\"a\":1}");
    assertThatThrownBy(
            () -> JsonPatch.builder().replace("/a", 2).remove("/missing").build().apply(doc))
        .isInstanceOfSatisfying(
            JsonPatchException.class, e -> assertThat(e.operationIndex()).isEqualTo(1));
    assertThat(doc).isEqualTo(tree("{\"a\":1}"));
  }

  @Test
  void appliesArrayIndexRules() {
    JsonNode doc = tree("{\"a\":[0,1,2]}");
    assertThat(JsonPatch.builder().add("/a/3", 3).build().apply(doc))
        .isEqualTo(tree("{\"a\":[0,1,2,3]}"));
    assertThat(JsonPatch.builder().add("/a/0", -1).build().apply(doc))
        .isEqualTo(tree("{\"a\":[-1,0,1,2]}"));
    assertThatThrownBy(() -> JsonPatch.builder().add("/a/4", 4).build().apply(doc))
        .hasMessageContaining("array index 4 in '/a/4' is out of range (size 3)");
    assertThatThrownBy(() -> JsonPatch.builder().add("/a/01", 4).build().apply(doc))
        .hasMessageContaining("'01' in '/a/01' is not a valid array index");
    assertThatThrownBy(() -> JsonPatch.builder().remove("/a/-").build().apply(doc))
        .hasMessageContaining("'-' is allowed only as the target of add");
    assertThatThrownBy(() -> JsonPatch.builder().replace("/a/3", 0).build().apply(doc))
        .hasMessageContaining("no value at '/a/3'");
    assertThatThrownBy(() -> JsonPatch.builder().remove("/a/x").build().apply(doc))
        .hasMessageContaining("not a valid array index");
    assertThatThrownBy(() -> JsonPatch.builder().test("/a/99999999999", 0).build().apply(doc))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> JsonPatch.builder().add("/a/1/x", 0).build().apply(doc))
        .hasMessageContaining("not an object or array");
  }

  @Test
  void appliesRootAndSpecialCases() {
    JsonNode doc = tree("{\"a\":{\"b\":1},\"c\":[1]}");
    assertThat(JsonPatch.builder().replace("", 5).build().apply(doc)).isEqualTo(tree("5"));
    assertThat(JsonPatch.builder().add("", tree("[1]")).build().apply(doc)).isEqualTo(tree("[1]"));
    assertThat(JsonPatch.builder().move("/a", "/a").build().apply(doc)).isEqualTo(doc);
    assertThat(JsonPatch.builder().copy("/a", "/c/-").build().apply(doc))
        .isEqualTo(tree("{\"a\":{\"b\":1},\"c\":[1,{\"b\":1}]}"));
    assertThat(JsonPatch.builder().replace("/a/b", null).build().apply(doc))
        .isEqualTo(tree("{\"a\":{\"b\":null},\"c\":[1]}"));
    assertThatThrownBy(() -> JsonPatch.builder().remove("").build().apply(doc))
        .hasMessageContaining("whole document cannot be removed");
    assertThatThrownBy(() -> JsonPatch.builder().move("/nope", "/x").build().apply(doc))
        .hasMessageContaining("no value at '/nope'");
  }

  @Test
  void a13DuplicateMembersInAnOperationAreRejected() {
    assertThatThrownBy(
            () ->
                JsonPatch.parse(
                    "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"op\":\"remove\"}]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate field 'op'");
  }
}
