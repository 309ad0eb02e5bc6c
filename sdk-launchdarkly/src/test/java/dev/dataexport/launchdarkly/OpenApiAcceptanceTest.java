package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import java.io.File;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request the destination calls send is one LaunchDarkly's OpenAPI document accepts: the
 * operation, its path parameters, the credential header and the request body's schema. The merge
 * patch and the commented wrappers are the documented exceptions: LaunchDarkly's reference page for
 * {@code patchDestination} and its "Updates" guide accept them, but the OpenAPI schema of the body
 * names only the JSON Patch array.
 */
class OpenApiAcceptanceTest {
  /** The whole document, beside the repository as the CI lays it out. */
  private static final File FULL_SPEC = new File("../../shared/specs/launchdarkly-openapi.json");

  private static final String DESTINATION =
      "{\"_id\":\"d\",\"kind\":\"google-pubsub\",\"version\":1,\"on\":true,"
          + "\"config\":{\"project\":\"p\",\"topic\":\"t\"}}";

  private final OpenApiDocument spec = OpenApiDocument.load();
  private MockWebServer server;
  private LaunchDarklyClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    client = clientFor(server, new TestSupport.Waits()).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private void accepted(String operationId) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(spec.problems(request)).containsExactly("operation " + operationId);
  }

  @Test
  void listGetAndDeleteAreAccepted() throws Exception {
    DestinationKey key = LifecycleContractTest.AWKWARD;
    server.enqueue(json(200, "{\"items\":[]}"));
    server.enqueue(json(200, DESTINATION));
    server.enqueue(new MockResponse().setResponseCode(204));
    client.destinations().list();
    accepted("getDestinations");
    client.destinations().get(key);
    accepted("getDestination");
    client.destinations().delete(key);
    accepted("deleteDestination");
  }

  @Test
  void createIsAcceptedForEveryTypedKindAndADocumentedRawKind() throws Exception {
    EnvironmentKey env = EnvironmentKey.of("proj/a b", "env%ü");
    List<NewDestination> all = new ArrayList<>();
    for (KindCases.Case c : KindCases.all()) {
      all.add(c.apply(NewDestination.builder()).name("n").on(true).build());
    }
    all.add(
        NewDestination.builder()
            .rawConfig(DestinationKind.DATABRICKS, tree("{\"host\":\"h\"}"))
            .build());
    for (NewDestination destination : all) {
      server.enqueue(json(201, DESTINATION));
      client.destinations().create(env, destination);
      accepted("postDestination");
    }
  }

  @Test
  void aKindTheSpecDoesNotListIsRefusedOnlyByItsEnum() throws Exception {
    // LaunchDarkly adds kinds before its document lists them; the SDK sends them as given.
    server.enqueue(json(201, DESTINATION));
    client
        .destinations()
        .create(
            EnvironmentKey.of("p", "e"),
            NewDestination.builder()
                .rawConfig(DestinationKind.of("clickhouse"), tree("{\"host\":\"h\"}"))
                .build());
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    List<String> problems = spec.problems(request);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(1)).startsWith("body.kind \"clickhouse\" is not one of");
  }

  @Test
  void jsonPatchesAndTheSafeUpdateAreAccepted() throws Exception {
    DestinationKey key = DestinationKey.of("proj", "production", "d");
    server.enqueue(json(200, DESTINATION));
    client
        .destinations()
        .patch(
            key,
            JsonPatch.builder()
                .test("/version", 1)
                .replace("/on", false)
                .remove("/config/old")
                .move("/config/a", "/config/b")
                .add("/config/list/-", null)
                .build());
    accepted("patchDestination");
    server.enqueue(json(200, DESTINATION));
    server.enqueue(json(200, DESTINATION.replace("\"version\":1", "\"version\":2")));
    client.destinations().update(key, DestinationChange.builder().on(false).build());
    accepted("getDestination");
    accepted("patchDestination");
  }

  @Test
  void theValidatorItselfRejectsWhatTheSchemaForbids() {
    JsonNode post = tree("{\"$ref\":\"#/components/schemas/DestinationPost\"}");
    List<String> problems = new ArrayList<>();
    spec.validate(tree("{\"kind\":7,\"on\":\"yes\",\"name\":[]}"), post, "body", problems);
    assertThat(problems)
        .containsExactlyInAnyOrder(
            "body.kind must be string, was NUMBER",
            "body.on must be boolean, was STRING",
            "body.name must be string, was ARRAY");
    problems.clear();
    spec.validate(
        tree("[{\"op\":\"replace\"}]"),
        tree("{\"$ref\":\"#/components/schemas/JSONPatch\"}"),
        "body",
        problems);
    assertThat(problems).containsExactly("body[0].path is required");
  }

  @Test
  void theExtractStillEqualsTheFullDocument() throws Exception {
    assumeTrue(FULL_SPEC.isFile(), "the full OpenAPI document is not beside the repository");
    JsonNode full = Json.mapper().readTree(FULL_SPEC);
    JsonNode extract = spec.root();
    for (String path : names(extract.path("paths"))) {
      assertThat(extract.path("paths").get(path)).as(path).isEqualTo(full.path("paths").get(path));
    }
    for (String name : names(extract.path("components").path("schemas"))) {
      assertThat(extract.path("components").path("schemas").get(name))
          .as(name)
          .isEqualTo(full.path("components").path("schemas").get(name));
    }
    assertThat(extract.path("paths").size()).isEqualTo(3);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.properties().forEach(member -> names.add(member.getKey()));
    return names;
  }
}
