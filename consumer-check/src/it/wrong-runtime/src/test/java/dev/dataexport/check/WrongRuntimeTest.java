package dev.dataexport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A wrong runtime fails when the first builder is made, with the version found and the fix. */
class WrongRuntimeTest {
  private static final String JACKSON =
      "dataexport-java needs Jackson 2.15.0 or newer, but jackson-databind 2.14.3 is on the class"
          + " path: import com.fasterxml.jackson:jackson-bom 2.15.0 or newer in your"
          + " dependencyManagement (or drop the pin that holds Jackson back)";
  private static final String OKHTTP =
      "dataexport-java found com.squareup.okhttp3:okhttp 5.5.1, which has no classes for Maven"
          + " builds since OkHttp 5: add com.squareup.okhttp3:okhttp-jvm 5.5.1 (or import"
          + " com.squareup.okhttp3:okhttp-bom 5.5.1 and depend on okhttp-jvm), as the README's"
          + " OkHttp 5 section shows";

  private static void failsWithTheFix(Executable build) {
    String expected = "jackson".equals(System.getProperty("wrong.runtime")) ? JACKSON : OKHTTP;
    IllegalStateException e = assertThrows(IllegalStateException.class, build);
    assertEquals(expected, e.getMessage());
  }

  @Test
  void buildingAStiggClientFailsAtOnce() {
    failsWithTheFix(() -> StiggClient.builder().apiKey("CANARY-secret-123").build());
  }

  @Test
  void soDoTheOtherClientsEveryTime() {
    failsWithTheFix(LaunchDarklyClient::builder);
    failsWithTheFix(PrequelClient::builder);
    failsWithTheFix(StiggClient::builder);
  }
}
