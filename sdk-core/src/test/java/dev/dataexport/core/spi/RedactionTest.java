package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.Secret;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scrub layer alone: the credential and the body's secrets never survive in server text. */
class RedactionTest {
  private static final Credentials KEY = Credentials.apiKey("X-API-KEY", "canary-key-123");

  @Test
  void theCredentialAndEveryBodySecretAreMasked() {
    Redaction redaction = new Redaction(KEY, List.of("pw-canary-9"));
    assertThat(redaction.scrub("key canary-key-123 and pw-canary-9, twice: pw-canary-9"))
        .isEqualTo("key " + Secret.MASK + " and " + Secret.MASK + ", twice: " + Secret.MASK);
    assertThat(redaction.scrub("nothing secret")).isEqualTo("nothing secret");
    assertThat(redaction.scrub(null)).isNull();
  }

  @Test
  void secretsAreRecordedOnlyWhileCollectingOnThisThread() {
    Redaction.record("before");
    List<String> sink = new ArrayList<>();
    Redaction.collectInto(sink);
    try {
      Redaction.record("during");
    } finally {
      Redaction.stop();
    }
    Redaction.record("after");
    assertThat(sink).containsExactly("during");
  }

  @Test
  void writingABodyWithTheCoreMapperRecordsItsSecrets() throws Exception {
    List<String> sink = new ArrayList<>();
    Redaction.collectInto(sink);
    try {
      Json.mapper().writeValueAsBytes(java.util.Map.of("password", Secret.of("s3cr3t-canary")));
    } finally {
      Redaction.stop();
    }
    assertThat(sink).containsExactly("s3cr3t-canary");
  }
}
