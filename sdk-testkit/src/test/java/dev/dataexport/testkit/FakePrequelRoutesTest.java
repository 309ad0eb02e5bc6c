package dev.dataexport.testkit;

import static dev.dataexport.testkit.FakePrequelFixtures.follow;
import static dev.dataexport.testkit.FakePrequelFixtures.json;
import static dev.dataexport.testkit.FakePrequelFixtures.postgresBlock;
import static dev.dataexport.testkit.FakePrequelFixtures.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake's lifecycle routes spoken to with a plain HTTP client: paging, create, delete, the
 * connection tests and Prequel's error envelope.
 */
class FakePrequelRoutesTest {
  @RegisterExtension final FakePrequel fake = new FakePrequel();

  private static final String NEW_POSTGRES =
      "{\"destination\": {\"vendor\": \"postgres\", \"name\": \"acme\", \"recipient_id\":"
          + " \"rcp_acme\", \"postgres\": {\"host\": \"db\", \"port\": 5432, \"auth_method\":"
          + " \"password_auth\", \"password_auth\": {\"username\": \"u\", \"password\":"
          + " \"CANARY-secret-123\"}}}}";

  private void seed(int count) {
    for (int i = 1; i <= count; i++) {
      fake.addDestination(String.format("dst_%02d", i), "postgres", postgresBlock("pw-" + i));
    }
  }

  private static List<String> ids(JsonNode page, String field) {
    List<String> ids = new ArrayList<>();
    page.path("data").path(field).forEach(item -> ids.add(item.path("id").textValue()));
    return ids;
  }

  @Test
  void pagesHonourThePageSizeAndFollowAnOpaqueCursorOnTheBaseUrl() {
    seed(5);

    JsonNode first = json(send(fake, "GET", "/destinations?page_size=2", null));
    assertThat(ids(first, "destinations")).containsExactly("dst_01", "dst_02");
    assertThat(first.path("has_next").booleanValue()).isTrue();
    String next = first.path("next_url").textValue();
    assertThat(next).startsWith(fake.baseUrl() + "/destinations?");
    String cursor = HttpUrl.get(next).queryParameter("cursor");
    assertThat(cursor).isNotBlank().doesNotContain("dst_").doesNotContain("2");
    assertThat(HttpUrl.get(next).queryParameter("page_size")).isEqualTo("2");

    JsonNode second = json(follow(fake, next));
    assertThat(ids(second, "destinations")).containsExactly("dst_03", "dst_04");
    JsonNode third = json(follow(fake, second.path("next_url").textValue()));
    assertThat(ids(third, "destinations")).containsExactly("dst_05");
    assertThat(third.path("has_next").booleanValue()).isFalse();
    assertThat(third.path("next_url").isNull()).isTrue();
    assertThat(third.path("data").path("destinations").get(0).has("id")).isTrue();
  }

  @Test
  void theDefaultPageIsTenAndAHundredIsTheMost() {
    seed(12);

    assertThat(ids(json(send(fake, "GET", "/destinations", null)), "destinations")).hasSize(10);
    assertThat(ids(json(send(fake, "GET", "/destinations?page_size=100", null)), "destinations"))
        .hasSize(12);
    HttpResponse<String> tooBig = send(fake, "GET", "/destinations?page_size=101", null);
    assertThat(tooBig.statusCode()).isEqualTo(400);
    assertThat(json(tooBig).path("message").textValue()).contains("page_size");
    assertThat(send(fake, "GET", "/destinations?page_size=0", null).statusCode()).isEqualTo(400);
    assertThat(send(fake, "GET", "/destinations?cursor=made-up", null).statusCode()).isEqualTo(400);
  }

  @Test
  void anEmptyListIsOnePageWithoutANext() {
    JsonNode page = json(send(fake, "GET", "/destinations", null));

    assertThat(page.path("data").path("destinations").isArray()).isTrue();
    assertThat(page.path("data").path("destinations")).isEmpty();
    assertThat(page.path("has_next").booleanValue()).isFalse();
  }

  @Test
  void aDestinationDeletedBetweenPagesSkipsNoOther() {
    seed(4);
    JsonNode first = json(send(fake, "GET", "/destinations?page_size=2", null));

    assertThat(send(fake, "DELETE", "/destinations/dst_01", null).statusCode()).isEqualTo(200);

    assertThat(ids(json(follow(fake, first.path("next_url").textValue())), "destinations"))
        .containsExactly("dst_03", "dst_04");
  }

  @Test
  void createStoresTheCredentialAndAnswersWithoutIt() {
    HttpResponse<String> created = send(fake, "POST", "/destinations", NEW_POSTGRES);

    assertThat(created.statusCode()).isEqualTo(200);
    JsonNode destination = json(created).path("data").path("destination");
    String id = destination.path("id").textValue();
    assertThat(destination.path("vendor").textValue()).isEqualTo("postgres");
    assertThat(destination.path("recipient_id").textValue()).isEqualTo("rcp_acme");
    assertThat(destination.path("frequency_minutes").intValue()).isEqualTo(60);
    assertThat(destination.path("postgres").path("auth_method").textValue())
        .isEqualTo("password_auth");
    assertThat(created.body())
        .doesNotContain("CANARY-secret-123")
        .doesNotContain("password_auth\":{");
    assertThat(fake.storedDestination(id).orElseThrow().toString()).contains("CANARY-secret-123");
    assertThat(send(fake, "GET", "/destinations/" + id, null).body())
        .doesNotContain("CANARY-secret-123");
    assertThat(fake.destinationCount()).isEqualTo(1);

    HttpResponse<String> again = send(fake, "POST", "/destinations", NEW_POSTGRES);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(fake.destinationCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"destination\": {\"name\": \"a\", \"recipient_id\": \"r\", \"postgres\": {}}}"
            + "|destination.vendor must be one of",
        "{\"destination\": {\"vendor\": \"postgres\", \"recipient_id\": \"r\", \"postgres\": {}}}"
            + "|destination.name is required",
        "{\"destination\": {\"vendor\": \"postgres\", \"name\": \"a\", \"postgres\": {}}}"
            + "|destination.recipient_id is required",
        "{\"destination\": {\"vendor\": \"postgres\", \"name\": \"a\", \"recipient_id\": \"r\"}}"
            + "|destination.postgres is required",
        "{\"destination\": {\"vendor\": \"postgres\", \"name\": \"a\", \"recipient_id\": \"r\","
            + " \"postgres\": {\"auth_method\": \"password_auth\"}}}"
            + "|destination.postgres.password_auth is required",
        "{\"destination\": {\"vendor\": \"postgres\", \"name\": \"a\", \"recipient_id\": \"r\","
            + " \"postgres\": {}, \"s3\": {}}}"
            + "|only one vendor configuration",
        "{\"other\": {}}|unknown field 'other'",
      })
  void anIncompleteCreateOrTestIsA400NamingTheField(String body, String message) {
    for (String path : List.of("/destinations", "/test-destination")) {
      HttpResponse<String> refused = send(fake, "POST", path, body);

      assertThat(refused.statusCode()).isEqualTo(400);
      JsonNode envelope = json(refused);
      assertThat(envelope.path("status").textValue()).isEqualTo("error");
      assertThat(envelope.path("data").isNull()).isTrue();
      assertThat(envelope.path("message").textValue()).contains(message);
    }
    assertThat(fake.destinationCount()).isZero();
  }

  @Test
  void aPatchCannotChangeTheVendorOrRecipient() {
    seed(1);

    HttpResponse<String> refused =
        send(fake, "PATCH", "/destinations/dst_01", "{\"destination\": {\"recipient_id\": \"x\"}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("message").textValue()).contains("recipient_id");
  }

  @Test
  void deleteRemovesAndASecondDeleteIs404() {
    seed(1);

    HttpResponse<String> deleted = send(fake, "DELETE", "/destinations/dst_01", null);

    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(json(deleted).path("status").textValue()).isEqualTo("success");
    assertThat(json(deleted).path("data").isObject()).isTrue();
    assertThat(fake.storedDestination("dst_01")).isEmpty();
    assertThat(send(fake, "DELETE", "/destinations/dst_01", null).statusCode()).isEqualTo(404);
    assertThat(send(fake, "GET", "/destinations/dst_01", null).statusCode()).isEqualTo(404);
  }

  @Test
  void connectionTestsAnswerTheConfiguredVerdictInsideASuccessEnvelope() {
    seed(2);
    String empty = "{\"destination\": {}}";

    JsonNode passed = json(send(fake, "POST", "/destinations/dst_01/test-connection", empty));
    assertThat(passed.path("status").textValue()).isEqualTo("success");
    assertThat(passed.path("data").path("status").textValue()).isEqualTo("success");

    fake.connectionTestVerdict("dst_02", "failure", "could not connect to db.example.com:5432");
    JsonNode failed = json(send(fake, "POST", "/destinations/dst_02/test-connection", empty));
    assertThat(failed.path("status").textValue()).isEqualTo("success");
    assertThat(failed.path("data").path("status").textValue()).isEqualTo("failure");
    assertThat(failed.path("data").path("message").textValue()).contains("could not connect");

    fake.connectionTestVerdict("failure", "bad password");
    JsonNode fresh = json(send(fake, "POST", "/test-destination", NEW_POSTGRES));
    assertThat(fresh.path("data").path("status").textValue()).isEqualTo("failure");
    assertThat(fresh.path("data").path("message").textValue()).isEqualTo("bad password");
    assertThat(fake.destinationCount()).isEqualTo(2); // a test saves nothing

    HttpResponse<String> wrongBlock =
        send(
            fake,
            "POST",
            "/destinations/dst_01/test-connection",
            "{\"destination\": {\"s3\": {}}}");
    assertThat(wrongBlock.statusCode()).isEqualTo(400);
    assertThat(send(fake, "POST", "/destinations/nope/test-connection", empty).statusCode())
        .isEqualTo(404);
  }

  @Test
  void everyRouteChecksMethodKeyAndAccess() {
    seed(1);
    fake.denyAccessTo("dst_01");

    assertThat(send(fake, "PUT", "/destinations", "{}").statusCode()).isEqualTo(405);
    assertThat(send(fake, "GET", "/test-destination", null).statusCode()).isEqualTo(405);
    assertThat(send(fake, "DELETE", "/transfers/t1", null).statusCode()).isEqualTo(405);
    assertThat(send(fake, "GET", "/destinations/dst_01/other", null).statusCode()).isEqualTo(404);
    assertThat(send(fake, "GET", "/destinations/dst_01/transfers", null).statusCode())
        .isEqualTo(403);
    assertThat(send(fake, "POST", "/destinations/dst_01/transfer", "{}").statusCode())
        .isEqualTo(403);
    assertThat(ids(json(send(fake, "GET", "/destinations", null)), "destinations")).isEmpty();
    HttpResponse<String> unknownVendor =
        send(
            fake,
            "POST",
            "/destinations",
            NEW_POSTGRES.replace("\"vendor\": \"postgres\"", "\"vendor\": \"nosuchvendor\""));
    assertThat(unknownVendor.statusCode()).isEqualTo(400);
    assertThat(json(unknownVendor).path("message").textValue())
        .startsWith("destination.vendor must be one of [abs, athena");
  }

  @Test
  void lifecycleRoutesNeedTheKey() throws Exception {
    HttpResponse<String> anonymous =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(fake.baseUrl() + "/transfers"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(json(anonymous).path("status").textValue()).isEqualTo("error");
  }
}
