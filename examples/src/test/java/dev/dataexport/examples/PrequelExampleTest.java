package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the Prequel example against the fake, and checks its usage errors for the real API. */
class PrequelExampleTest {

  @Test
  void runsOfflineAgainstTheFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PrequelExample.run(
        Map.of(), new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("offline against FakePrequel")
        .contains("Before: dst_demo (postgres) every 60 min, enabled, auth password_auth")
        .contains("After:  dst_demo (postgres) every 15 min, enabled, auth password_auth")
        .doesNotContain("new-demo-password")
        .doesNotContain("old-demo-password");
    assertThat(output.lines()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void realApiModeNeedsIdUserAndPasswordBeforeSendingAnything() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> PrequelExample.run(Map.of("PREQUEL_API_KEY", "sk_test_x"), new String[0], out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(PrequelExample.USAGE);
    assertThatThrownBy(
            () ->
                PrequelExample.run(
                    Map.of("PREQUEL_API_KEY", "sk_test_x", "PREQUEL_NEW_PASSWORD", "CANARY-pw"),
                    new String[] {"dst_1"},
                    out))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("CANARY"));
    assertThat(bytes.size()).isZero();
  }
}
