package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.PrequelClient;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Routes each request {@link FakePrequel} receives to its call, after Prequel's checks in Prequel's
 * order: the route (404), the method (405), {@code X-API-KEY} (401), {@code X-Prequel-Api-Version}
 * (400), access to the destination (403), its existence (404), then the body (400, 409). A refusal
 * is thrown as {@link FakePrequelError}. Not thread-safe: the fake calls it under its own lock.
 */
final class FakePrequelRoutes {
  final FakePrequelState destinations = new FakePrequelState();
  final FakePrequelTransfers transfers = new FakePrequelTransfers();
  final Set<String> apiVersions = new LinkedHashSet<>(Set.of(PrequelClient.DEFAULT_API_VERSION));
  final Set<String> forbidden = new HashSet<>();
  final Map<String, ObjectNode> verdicts = new HashMap<>();
  ObjectNode verdict = verdict("success", "Connection successful.");

  private final String apiKey;
  private final FakePrequelClock clock;

  FakePrequelRoutes(String apiKey, FakePrequelClock clock) {
    this.apiKey = apiKey;
    this.clock = clock;
  }

  /** The verdict a connection test answers: {@code data} of the envelope. */
  static ObjectNode verdict(String status, String message) {
    ObjectNode verdict = JsonNodeFactory.instance.objectNode().put("status", status);
    return message == null ? verdict : verdict.put("message", message);
  }

  /** The fake's time as Prequel writes it: RFC 3339 in UTC, whole seconds. */
  String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Answers one request; {@code baseUrl} is where {@code next_url} points. */
  MockResponse answer(RecordedRequest request, String baseUrl) {
    HttpUrl url = request.getRequestUrl();
    List<String> path = url == null ? List.of() : url.pathSegments();
    Map<String, String> calls = calls(path);
    if (calls == null) {
      throw new FakePrequelError(
          404, "no route for " + request.getMethod() + " " + request.getPath());
    }
    String call = calls.get(request.getMethod());
    if (call == null) {
      throw new FakePrequelError(
          405, "method " + request.getMethod() + " is not allowed on this route");
    }
    authenticate(request);
    String id = path.size() > 1 ? path.get(1) : null;
    if (path.get(0).equals("destinations") && id != null) {
      allowed(id);
    }
    return switch (call) {
      case "list" ->
          json(
              FakePrequelPaging.page(
                  baseUrl, url, "destinations", destinations.rows(this::visible), this::view));
      case "create" -> created(body(request));
      case "test-destination" -> testNew(body(request));
      case "get" -> success("destination", view(destinations.require(id)), "Destination fetched.");
      case "update" -> updated(destinations.require(id), body(request));
      case "delete" -> deleted(id);
      case "test-connection" -> testSaved(destinations.require(id), body(request));
      case "transfer" -> started(destinations.require(id), body(request));
      case "destination-transfers" -> {
        destinations.require(id);
        yield transferPage(baseUrl, url, id::equals);
      }
      case "transfers" -> transferPage(baseUrl, url, byDestinationQuery(url));
      case "get-transfer" -> transfer(id);
      default -> throw new IllegalStateException("no handler for " + call);
    };
  }

  /** The call {@code request} is for ({@code update}, {@code list}, ...), or null for none. */
  static String callOf(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    Map<String, String> calls = url == null ? null : calls(url.pathSegments());
    return calls == null ? null : calls.get(request.getMethod());
  }

  /** The calls at {@code path} by the method each answers, or null when no route matches. */
  private static Map<String, String> calls(List<String> path) {
    int size = path.size();
    if (size == 0 || size > 3 || path.get(size - 1).isEmpty()) {
      return null;
    }
    String root = path.get(0);
    if (root.equals("destinations")) {
      if (size == 1) {
        return Map.of("GET", "list", "POST", "create");
      }
      if (size == 2) {
        return Map.of("GET", "get", "PATCH", "update", "DELETE", "delete");
      }
      return switch (path.get(2)) {
        case "test-connection" -> Map.of("POST", "test-connection");
        case "transfer" -> Map.of("POST", "transfer");
        case "transfers" -> Map.of("GET", "destination-transfers");
        default -> null;
      };
    }
    if (root.equals("transfers") && size <= 2) {
      return Map.of("GET", size == 1 ? "transfers" : "get-transfer");
    }
    return root.equals("test-destination") && size == 1 ? Map.of("POST", "test-destination") : null;
  }

  private void authenticate(RecordedRequest request) {
    String key = request.getHeader(PrequelClient.API_KEY_HEADER);
    if (key == null || key.isEmpty()) {
      throw new FakePrequelError(401, "missing API key: send it in the X-API-KEY header");
    }
    if (!key.equals(apiKey)) {
      throw new FakePrequelError(401, "invalid API key");
    }
    String version = request.getHeader(PrequelClient.API_VERSION_HEADER);
    if (version == null || !apiVersions.contains(version)) {
      throw new FakePrequelError(400, "unsupported or missing X-Prequel-Api-Version: " + version);
    }
  }

  private void allowed(String destinationId) {
    if (forbidden.contains(destinationId)) {
      throw new FakePrequelError(403, "this API key has no access to destination " + destinationId);
    }
  }

  private boolean visible(String destinationId) {
    return !forbidden.contains(destinationId);
  }

  private static JsonNode body(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new FakePrequelError(400, "Content-Type must be application/json, was " + contentType);
    }
    try {
      // clone(): reading the recorded body must not empty it for the test's own assertions
      JsonNode body = Json.mapper().readTree(request.getBody().clone().readUtf8());
      if (body == null || !body.isObject()) {
        throw new FakePrequelError(400, "the request body must be a JSON object");
      }
      return body;
    } catch (IOException e) {
      throw new FakePrequelError(400, "the request body is not valid JSON");
    }
  }

  private static void check(String problem) {
    if (problem != null) {
      throw new FakePrequelError(400, problem);
    }
  }

  private MockResponse created(JsonNode body) {
    check(FakePrequelSchema.createProblem(body));
    ObjectNode stored = destinations.create((ObjectNode) body.get("destination"), now());
    return success("destination", view(stored), "Destination created.");
  }

  private MockResponse updated(ObjectNode stored, JsonNode body) {
    check(FakePrequelSchema.problem(body, stored.path("vendor").textValue()));
    destinations.update(stored, (ObjectNode) body.get("destination"), now());
    return success("destination", view(stored), "Destination updated.");
  }

  private MockResponse deleted(String id) {
    destinations.delete(id);
    return success(null, null, "Destination deleted.");
  }

  private MockResponse testNew(JsonNode body) {
    check(FakePrequelSchema.createProblem(body));
    return json(envelope(verdict.deepCopy(), "Test completed."));
  }

  private MockResponse testSaved(ObjectNode stored, JsonNode body) {
    check(FakePrequelSchema.problem(body, stored.path("vendor").textValue()));
    ObjectNode answer = verdicts.getOrDefault(stored.get("id").textValue(), verdict);
    // the envelope says success whatever the verdict: the test itself ran
    return json(envelope(answer.deepCopy(), "Test completed."));
  }

  private MockResponse started(ObjectNode stored, JsonNode body) {
    String id =
        transfers.start(
            stored.get("id").textValue(), body, stored.get("enabled_models"), clock.instant());
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("transfer_id", id);
    return json(envelope(data, "Transfer submitted."));
  }

  private MockResponse transferPage(String baseUrl, HttpUrl url, Predicate<String> ofDestination) {
    List<FakePrequelPaging.Row<ObjectNode>> rows =
        transfers.matching(url, ofDestination.and(this::visible), clock.instant());
    return json(FakePrequelPaging.page(baseUrl, url, "transfers", rows, transfer -> transfer));
  }

  private static Predicate<String> byDestinationQuery(HttpUrl url) {
    String destinationId = url.queryParameter("destination_id");
    return destinationId == null ? any -> true : destinationId::equals;
  }

  private MockResponse transfer(String id) {
    FakePrequelTransfers.Started started = transfers.require(id);
    allowed(started.destinationId());
    return success("transfer", transfers.render(started, clock.instant()), "Transfer fetched.");
  }

  /**
   * The destination as a response shows it: credentials removed, and its latest ended transfer
   * (once one ended) as {@code last_completed_transfer}.
   */
  private JsonNode view(ObjectNode stored) {
    ObjectNode view = (ObjectNode) FakePrequelState.withoutCredentials(stored);
    String id = stored.get("id").textValue();
    Instant now = clock.instant();
    transfers
        .lastEnded(id, now, any -> true)
        .ifPresent(transfer -> view.set("last_completed_transfer", transfer));
    transfers
        .lastEnded(id, now, transfer -> transfer.get("status").textValue().equals("SUCCESS"))
        .ifPresent(
            transfer ->
                view.set("last_successful_transfer_ended_at", transfer.get("ended_at").deepCopy()));
    return view;
  }

  private static MockResponse success(String field, JsonNode value, String message) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    if (field != null) {
      data.set(field, value);
    }
    return json(envelope(data, message));
  }

  private static ObjectNode envelope(ObjectNode data, String message) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("status", "success");
    envelope.set("data", data);
    return envelope.put("message", message);
  }

  private static MockResponse json(ObjectNode envelope) {
    return FakeServer.json(200, envelope);
  }
}
