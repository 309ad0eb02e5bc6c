package dev.dataexport.stigg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.VendorProfile.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How Stigg's error bodies are read into a code and a message, including the odd shapes. */
class StiggProfileTest {
  private static ErrorBody parse(String body) throws IOException {
    return StiggProfile.parseError(
        400, ResponseHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCodeAndAMessageAreRead() throws IOException {
    assertThat(parse("{\"code\":\"IntegrationNotFound\",\"message\":\"no such integration\"}"))
        .isEqualTo(new ErrorBody("IntegrationNotFound", "no such integration"));
  }

  @Test
  void anArrayMessageIsJoinedAndNonTextPartsKeptAsJson() throws IOException {
    assertThat(parse("{\"message\":[\"name is required\",\"id must be a string\",7]}"))
        .isEqualTo(new ErrorBody(null, "name is required; id must be a string; 7"));
  }

  @Test
  void aNonTextCodeIsDroppedAndANonTextMessageKeptAsJson() throws IOException {
    assertThat(parse("{\"code\":12,\"message\":{\"reason\":\"x\"}}"))
        .isEqualTo(new ErrorBody(null, "{\"reason\":\"x\"}"));
  }

  @Test
  void aNullOrMissingMessageIsNoMessage() throws IOException {
    assertThat(parse("{\"code\":\"Conflict\",\"message\":null}"))
        .isEqualTo(new ErrorBody("Conflict", null));
    assertThat(parse("{\"code\":\"Conflict\"}")).isEqualTo(new ErrorBody("Conflict", null));
  }

  @Test
  void anEmptyBodyOrOneThatIsNotAnObjectHasNeither() throws IOException {
    assertThat(parse("")).isEqualTo(ErrorBody.empty());
    assertThat(parse("[\"IntegrationNotFound\"]")).isEqualTo(ErrorBody.empty());
    assertThat(parse("\"IntegrationNotFound\"")).isEqualTo(ErrorBody.empty());
  }
}
