package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.testkit.FakeStiggState.Answer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One request to a {@link FakeStigg}, matched to its call: the route, the destination id of the
 * path, and the body once read and checked against the call's schema.
 */
final class FakeStiggRoute {
  private static final List<String> PREFIX = List.of("api", "v1", "data-export");

  /** The calls the fake serves. */
  enum Call {
    CREATE,
    UPDATE,
    DELETE,
    MODELS,
    SYNC,
    TOKEN
  }

  private final Call call;
  private final String method;
  private final String path;
  private final String destinationId;
  private JsonNode body;

  private FakeStiggRoute(Call call, String method, String path, String destinationId) {
    this.call = call;
    this.method = method;
    this.path = path;
    this.destinationId = destinationId;
  }

  /** The route of {@code request}, or null when the fake has none ({@code Cannot GET /x}). */
  static FakeStiggRoute of(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    if (url == null) {
      return null;
    }
    List<String> segments = url.pathSegments();
    if (segments.size() < 4 || !segments.subList(0, 3).equals(PREFIX)) {
      return null;
    }
    String method = request.getMethod();
    String path = url.encodedPath();
    String resource = segments.get(3);
    if (segments.size() == 4) {
      if (resource.equals("destinations") && method.equals("POST")) {
        return new FakeStiggRoute(Call.CREATE, method, path, null);
      } else if (resource.equals("models") && method.equals("GET")) {
        return new FakeStiggRoute(Call.MODELS, method, path, null);
      } else if (resource.equals("sync") && method.equals("POST")) {
        return new FakeStiggRoute(Call.SYNC, method, path, null);
      } else if (resource.equals("scoped-token") && method.equals("POST")) {
        return new FakeStiggRoute(Call.TOKEN, method, path, null);
      }
      return null;
    }
    if (segments.size() != 5 || !resource.equals("destinations") || segments.get(4).isEmpty()) {
      return null;
    }
    if (method.equals("PATCH")) {
      return new FakeStiggRoute(Call.UPDATE, method, path, segments.get(4));
    } else if (method.equals("DELETE")) {
      return new FakeStiggRoute(Call.DELETE, method, path, segments.get(4));
    }
    return null;
  }

  /** Whether the call changes state (an {@code Idempotency-Key} applies to it). */
  /**
   * The route a per-route rate limit counts: the method and the call, such as {@code PATCH UPDATE}.
   */
  String name() {
    return method + " " + call;
  }

  /** Whether the call changes state (a token mint does not change a destination). */
  boolean changes() {
    return call != Call.MODELS && call != Call.TOKEN;
  }

  boolean writes() {
    return call != Call.MODELS;
  }

  /**
   * Reads and checks the body like Stigg: the content type, the JSON and the call's schema; the 400
   * to answer, or null when the request is valid.
   */
  Answer read(RecordedRequest request) {
    List<String> violations = new ArrayList<>();
    if (destinationId != null) {
      FakeStiggSchema.length("destinationId", destinationId, violations);
    }
    if (call == Call.CREATE || call == Call.UPDATE || call == Call.SYNC || call == Call.TOKEN) {
      String contentType = request.getHeader("Content-Type");
      if (contentType == null
          || !contentType
              .toLowerCase(Locale.ROOT)
              .split(";")[0]
              .trim()
              .equals("application/json")) {
        return FakeStiggState.error(400, "BadUserInput", "Content-Type must be application/json");
      }
      try {
        // Read a copy: tests still read the recorded body afterwards.
        body = Json.mapper().readTree(request.getBody().clone().readUtf8());
      } catch (IOException e) {
        return FakeStiggState.error(400, "BadUserInput", "request body is not valid JSON");
      }
      violations.addAll(schema(body));
    }
    return violations.isEmpty()
        ? null
        : FakeStiggState.error(400, "BadUserInput", String.join("; ", violations));
  }

  /** What identifies the request for its idempotency key: method, path and body. */
  String fingerprint() {
    return method + " " + path + "\n" + (body == null ? "" : body.toString());
  }

  /** Performs the call on {@code state}. */
  Answer answer(FakeStiggState state) {
    switch (call) {
      case CREATE:
        return state.create(body);
      case UPDATE:
        return state.update(destinationId, body);
      case DELETE:
        return state.delete(destinationId);
      case MODELS:
        return state.models();
      case SYNC:
        return state.sync(body);
      default:
        return state.scopedToken(body);
    }
  }

  private List<String> schema(JsonNode body) {
    switch (call) {
      case CREATE:
        return FakeStiggSchema.createViolations(body);
      case UPDATE:
        return FakeStiggSchema.violations(body);
      case SYNC:
        return FakeStiggSchema.syncViolations(body);
      default:
        return FakeStiggSchema.tokenViolations(body);
    }
  }
}
