package dev.dataexport.testkit;

import static dev.dataexport.testkit.FakePrequelFixtures.follow;
import static dev.dataexport.testkit.FakePrequelFixtures.json;
import static dev.dataexport.testkit.FakePrequelFixtures.postgresBlock;
import static dev.dataexport.testkit.FakePrequelFixtures.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake's transfers over plain HTTP: their run on the fake's clock, filters and paging. */
class FakePrequelTransfersTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  @RegisterExtension final FakePrequel fake = new FakePrequel();

  @BeforeEach
  void seed() {
    fake.clock(Clock.fixed(T0, ZoneOffset.UTC));
    fake.addDestination("dst_1", "postgres", postgresBlock("pw-1"));
    fake.addDestination("dst_2", "postgres", postgresBlock("pw-2"));
  }

  private String start(String destinationId, String body) {
    HttpResponse<String> started =
        send(fake, "POST", "/destinations/" + destinationId + "/transfer", body);
    assertThat(started.statusCode()).isEqualTo(200);
    return json(started).path("data").path("transfer_id").textValue();
  }

  private JsonNode transfer(String id) {
    return json(send(fake, "GET", "/transfers/" + id, null)).path("data").path("transfer");
  }

  private List<String> listed(String path) {
    HttpResponse<String> page = send(fake, "GET", path, null);
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json(page).path("data").path("transfers").forEach(t -> ids.add(t.path("id").textValue()));
    return ids;
  }

  @Test
  void aTransferRunsPendingRunningSuccessOnTheFakesClock() {
    String id =
        start(
            "dst_1",
            "{\"full_refresh\": true, \"models\": [\"events\", \"users\"], \"tags\": {\"team\":"
                + " \"data-eng\"}}");

    JsonNode pending = transfer(id);
    assertThat(pending.path("status").textValue()).isEqualTo("PENDING");
    assertThat(pending.path("submitted_at").textValue()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(pending.path("started_at").isNull()).isTrue();
    assertThat(pending.path("destination_id").textValue()).isEqualTo("dst_1");
    assertThat(pending.path("is_full_refresh").booleanValue()).isTrue();
    assertThat(pending.path("tags").path("team").textValue()).isEqualTo("data-eng");

    fake.advanceClock(Duration.ofSeconds(1));
    assertThat(transfer(id).path("status").textValue()).isEqualTo("RUNNING");
    assertThat(transfer(id).path("started_at").textValue()).isEqualTo("2024-05-01T10:00:01Z");

    fake.advanceClock(Duration.ofSeconds(4));
    JsonNode done = transfer(id);
    assertThat(done.path("status").textValue()).isEqualTo("SUCCESS");
    assertThat(done.path("ended_at").textValue()).isEqualTo("2024-05-01T10:00:05Z");
    assertThat(done.path("rows_transferred").longValue()).isEqualTo(200);
    assertThat(done.path("model_metrics")).hasSize(2);
    assertThat(done.path("models_snapshot").get(1).path("model_id").textValue()).isEqualTo("users");

    JsonNode destination =
        json(send(fake, "GET", "/destinations/dst_1", null)).path("data").path("destination");
    assertThat(destination.path("last_completed_transfer").path("id").textValue()).isEqualTo(id);
    assertThat(destination.path("last_successful_transfer_ended_at").textValue())
        .isEqualTo("2024-05-01T10:00:05Z");
  }

  @Test
  void aDestinationToldToFailEndsItsTransfersInErrorWithModelErrors() {
    fake.failTransfersOf("dst_2").transferTimings(Duration.ZERO, Duration.ofSeconds(10));
    String id = start("dst_2", "{\"models\": [\"events\"]}");
    assertThat(transfer(id).path("status").textValue()).isEqualTo("RUNNING");

    fake.advanceClock(Duration.ofSeconds(10));

    JsonNode failed = transfer(id);
    assertThat(failed.path("status").textValue()).isEqualTo("ERROR");
    assertThat(failed.path("model_metrics").get(0).path("error").path("error_code").textValue())
        .isEqualTo("FAKE_TRANSFER_FAILED");
    JsonNode destination =
        json(send(fake, "GET", "/destinations/dst_2", null)).path("data").path("destination");
    assertThat(destination.path("last_completed_transfer").path("status").textValue())
        .isEqualTo("ERROR");
    assertThat(destination.has("last_successful_transfer_ended_at")).isFalse();
  }

  @Test
  void listsFilterByDestinationStatusTagsAndEndTime() {
    String early = start("dst_1", "{\"tags\": {\"run\": \"a\"}}");
    fake.advanceClock(Duration.ofMinutes(1));
    String later = start("dst_2", "{\"tags\": {\"run\": \"b\", \"team\": \"x\"}}");
    fake.advanceClock(Duration.ofMinutes(1));
    String running = start("dst_1", "{\"tags\": {\"run\": \"b\"}}");
    fake.advanceClock(Duration.ofSeconds(2));

    assertThat(listed("/transfers")).containsExactly(early, later, running);
    assertThat(listed("/destinations/dst_1/transfers")).containsExactly(early, running);
    assertThat(listed("/transfers?destination_id=dst_2")).containsExactly(later);
    assertThat(listed("/transfers?status=RUNNING")).containsExactly(running);
    assertThat(listed("/transfers?status=SUCCESS")).containsExactly(early, later);
    assertThat(listed("/transfers?include_tags=run.b")).containsExactly(later, running);
    assertThat(listed("/transfers?include_tags=run.b,team.x")).containsExactly(later);
    assertThat(listed("/transfers?ended_before=2024-05-01T10:00:30Z")).containsExactly(early);
    assertThat(listed("/transfers?ended_after=2024-05-01T10:00:30%2B00:00")).containsExactly(later);
    assertThat(listed("/destinations/dst_1/transfers?status=SUCCESS&include_tags=run.a"))
        .containsExactly(early);
  }

  @Test
  void transferListsPageWithTheFiltersKept() {
    for (int i = 0; i < 5; i++) {
      start("dst_1", "{\"tags\": {\"batch\": \"one\"}}");
    }
    start("dst_1", "{}");

    HttpResponse<String> first =
        send(fake, "GET", "/transfers?include_tags=batch.one&page_size=2", null);
    List<String> seen = new ArrayList<>();
    JsonNode page = json(first);
    int pages = 1;
    page.path("data").path("transfers").forEach(t -> seen.add(t.path("id").textValue()));
    while (page.path("has_next").booleanValue()) {
      assertThat(page.path("next_url").textValue()).contains("include_tags=batch.one");
      page = json(follow(fake, page.path("next_url").textValue()));
      page.path("data").path("transfers").forEach(t -> seen.add(t.path("id").textValue()));
      pages++;
    }

    assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"unknown\": true}",
        "{\"full_refresh\": \"yes\"}",
        "{\"models\": [1]}",
        "{\"tags\": {\"team name\": \"x\"}}",
        "{\"tags\": {\"team\": \"x y\"}}",
        "{\"start_transfer_window_at\": \"yesterday\"}",
        "[]"
      })
  void aBadTransferRequestIs400AndStartsNothing(String body) {
    HttpResponse<String> refused = send(fake, "POST", "/destinations/dst_1/transfer", body);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("status").textValue()).isEqualTo("error");
    assertThat(listed("/transfers")).isEmpty();
  }

  @Test
  void badFiltersAndUnknownTransfersAreRefused() {
    assertThat(send(fake, "GET", "/transfers?include_tags=nodot", null).statusCode())
        .isEqualTo(400);
    assertThat(send(fake, "GET", "/transfers?ended_before=soon", null).statusCode()).isEqualTo(400);
    assertThat(send(fake, "GET", "/transfers/none", null).statusCode()).isEqualTo(404);
    assertThat(send(fake, "GET", "/destinations/none/transfers", null).statusCode()).isEqualTo(404);
    assertThat(send(fake, "POST", "/destinations/none/transfer", "{}").statusCode()).isEqualTo(404);

    String id = start("dst_1", "{}");
    fake.denyAccessTo("dst_1");
    assertThat(send(fake, "GET", "/transfers/" + id, null).statusCode()).isEqualTo(403);
    assertThat(listed("/transfers")).isEmpty();
  }
}
