package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan's text shows the exact request and never a secret. */
class PlannedRequestTest {
  private static final String CANARY = "CANARY-secret-123";

  private static Map<String, Object> body() {
    Map<String, Object> auth = new LinkedHashMap<>();
    auth.put("username", "exporter");
    auth.put("password", Secret.of(CANARY));
    Map<String, Object> postgres = new LinkedHashMap<>();
    postgres.put("host", "db.example.com");
    postgres.put("password_auth", auth);
    postgres.put("api_key", CANARY); // a plain string under a sensitive name
    return Map.of("destination", postgres);
  }

  @Test
  void aPlanNeverShowsASecretWhereverItIs() throws Exception {
    PlannedRequest patch =
        PlannedRequest.of(
            "PATCH",
            List.of("destinations", "id/with space%ü"),
            List.of(
                Map.of("op", "replace", "path", "/config/writeKey", "value", CANARY),
                Map.of("op", "replace", "path", "/on", "value", false)));
    PlannedRequest update = PlannedRequest.of("PATCH", List.of("destinations", "d1"), body());
    FleetWrite write = FleetWrite.of(update, () -> "sent");
    ItemOutcome<String> outcome =
        new ItemOutcome<>("d1", "d1", ItemOutcome.Status.CHANGED, update, null, 0, 0, write);
    FleetPlan<String> plan =
        new FleetPlan<>(
            List.of(outcome),
            new FleetResult(
                new long[5],
                0,
                java.time.Duration.ZERO,
                FleetResult.Stop.COMPLETED,
                null,
                List.of()));

    for (String text :
        List.of(
            patch.toString(),
            update.toString(),
            write.toString(),
            outcome.toString(),
            plan.toString(),
            update.body().orElseThrow().toString())) {
      assertThat(text).doesNotContain(CANARY).contains(Secret.MASK);
    }
    assertThat(patch.path()).isEqualTo("/destinations/id%2Fwith%20space%25%C3%BC");
    assertThat(patch.toString()).startsWith("PATCH /destinations/id%2Fwith%20space%25%C3%BC [{");
    assertThat(patch.body())
        .contains(
            Json.mapper()
                .readTree(
                    "[{\"op\":\"replace\",\"path\":\"/config/writeKey\",\"value\":\"****\"},"
                        + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]"));
  }

  @Test
  void theBodyIsTheRequestsJsonWithOnlySecretsMasked() throws Exception {
    PlannedRequest update = PlannedRequest.of("PATCH", List.of("destinations", "d1"), body());
    JsonNode expected =
        Json.mapper()
            .readTree(
                "{\"destination\":{\"host\":\"db.example.com\",\"password_auth\":{\"username\":\"exporter\","
                    + "\"password\":\"****\"},\"api_key\":\"****\"}}");
    assertThat(update.body()).contains(expected);
    assertThat(update.method()).isEqualTo("PATCH");
    assertThat(PlannedRequest.of("DELETE", List.of("d1"), null).toString()).isEqualTo("DELETE /d1");
  }

  @Test
  void aVendorsApiRequestIsDescribedExactlyWithSensitiveHeadersMasked() {
    ApiRequest request =
        ApiRequest.builder(ApiRequest.HttpMethod.PATCH)
            .path("api", "v1")
            .pathParam("destinationId", "dst/1")
            .query("dryRun", "false")
            .header("X-ENVIRONMENT-ID", "env_1")
            .header("X-Token", CANARY)
            .jsonBody(body())
            .build();
    PlannedRequest planned = PlannedRequest.of(request);
    assertThat(planned.path()).isEqualTo("/api/v1/dst%2F1");
    assertThat(planned.query()).containsExactly(Map.entry("dryRun", "false"));
    assertThat(planned.headers())
        .containsExactly(Map.entry("X-ENVIRONMENT-ID", "env_1"), Map.entry("X-Token", "****"));
    assertThat(planned.toString())
        .startsWith(
            "PATCH /api/v1/dst%2F1?dryRun=false [X-ENVIRONMENT-ID: env_1] [X-Token: ****] {")
        .doesNotContain(CANARY);
  }

  @Test
  void badPartsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> PlannedRequest.of("PAT CH", List.of("a"), null))
        .hasMessage("method must be an HTTP token");
    assertThatThrownBy(() -> PlannedRequest.of("PATCH", List.of("a", ".."), null))
        .hasMessage(
            "pathSegments[1] must not be '.' or '..' (a URL cannot carry them as a segment)");
    assertThatThrownBy(() -> FleetWrite.of(null, () -> 1)).hasMessage("request must not be null");
  }
}
