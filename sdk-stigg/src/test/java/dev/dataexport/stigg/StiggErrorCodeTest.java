package dev.dataexport.stigg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The open enum of Stigg error codes holds exactly the codes the reference page documents, per
 * status.
 */
class StiggErrorCodeTest {
  @Test
  void documentedCodesPerStatus() {
    assertThat(StiggErrorCode.documentedFor(400))
        .hasSize(133)
        .contains(
            StiggErrorCode.BAD_USER_INPUT,
            StiggErrorCode.DATA_EXPORT_INTEGRATION_ERROR,
            StiggErrorCode.API_KEY_HAS_EXPIRY);
    assertThat(StiggErrorCode.documentedFor(401)).containsExactly(StiggErrorCode.UNAUTHENTICATED);
    assertThat(StiggErrorCode.documentedFor(403))
        .containsExactly(
            StiggErrorCode.IDENTITY_FORBIDDEN,
            StiggErrorCode.ACCESS_DENIED_ERROR,
            StiggErrorCode.NO_FEATURE_ENTITLEMENT_ERROR);
    assertThat(StiggErrorCode.documentedFor(404))
        .hasSize(38)
        .contains(StiggErrorCode.INTEGRATION_NOT_FOUND, StiggErrorCode.ENVIRONMENT_MISSING);
    assertThat(StiggErrorCode.documentedFor(429))
        .containsExactly(StiggErrorCode.RATE_LIMIT_EXCEEDED);
    assertThat(StiggErrorCode.documentedFor(500)).isEmpty();
    assertThat(StiggErrorCode.knownValues()).hasSize(133 + 1 + 3 + 38 + 1).doesNotHaveDuplicates();
  }

  @Test
  void matchesTheReferencePageWhenAvailable() throws IOException {
    Path page = Path.of("/work/shared/reference/stigg-update-destination-selection.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(page), "reference page not on this machine");
    Map<Integer, List<String>> documented = parse(Files.readAllLines(page));
    assertThat(documented.keySet()).containsExactly(400, 401, 403, 404, 429);
    documented.forEach(
        (status, codes) ->
            assertThat(StiggErrorCode.documentedFor(status))
                .extracting(StiggErrorCode::value)
                .containsExactlyElementsOf(codes));
  }

  @Test
  void unknownCodesRoundTrip() {
    StiggErrorCode code = StiggErrorCode.of("BrandNewError");
    assertThat(code.isKnown()).isFalse();
    assertThat(code.value()).isEqualTo("BrandNewError");
    assertThat(code).isEqualTo(StiggErrorCode.of("BrandNewError"));
    assertThat(StiggErrorCode.of("BadUserInput")).isSameAs(StiggErrorCode.BAD_USER_INPUT);
  }

  private static Map<Integer, List<String>> parse(List<String> lines) {
    Map<String, Integer> schemas =
        Map.of(
            "BadInputErrorResponseDto",
            400,
            "UnauthenticatedErrorResponseDto",
            401,
            "ForbiddenErrorResponseDto",
            403,
            "NotFoundErrorResponseDto",
            404,
            "TooManyRequestsErrorResponseDto",
            429);
    Map<Integer, List<String>> result = new LinkedHashMap<>();
    Pattern schema = Pattern.compile("^    (\\w+ErrorResponseDto):$");
    Pattern item = Pattern.compile("^\\s+- (\\w+)$");
    List<String> current = null;
    boolean inEnum = false;
    for (String line : lines) {
      Matcher m = schema.matcher(line);
      if (m.matches()) {
        current = new ArrayList<>();
        result.put(schemas.get(m.group(1)), current);
        inEnum = false;
      } else if (current != null && line.trim().equals("enum:")) {
        inEnum = true;
      } else if (current != null && inEnum) {
        Matcher code = item.matcher(line);
        if (code.matches()) {
          current.add(code.group(1));
        } else {
          inEnum = false;
        }
      }
    }
    return result;
  }
}
