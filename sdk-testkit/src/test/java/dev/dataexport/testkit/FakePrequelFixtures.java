package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.NewDestination;
import dev.dataexport.prequel.config.PostgresConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** What the Prequel fake's tests share: a seeded PostgreSQL block, a new destination, raw HTTP. */
final class FakePrequelFixtures {
  /** A password canary: must appear in the fake's store and nowhere a user can read. */
  static final String CANARY = "CANARY-secret-123";

  // HTTP/1.1: the JDK client would otherwise try an h2c upgrade that MockWebServer does not take
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private FakePrequelFixtures() {}

  /** A {@code postgres} block with {@code password_auth}, as Prequel stores it. */
  static ObjectNode postgresBlock(String password) {
    ObjectNode postgres =
        JsonNodeFactory.instance
            .objectNode()
            .put("host", "db.example.com")
            .put("port", 5432)
            .put("database", "analytics")
            .put("schema", "export")
            .put("auth_method", "password_auth");
    postgres.putObject("password_auth").put("username", "exporter").put("password", password);
    return postgres;
  }

  /** A complete new PostgreSQL destination whose password is {@link #CANARY}. */
  static NewDestination newPostgres(String name, String recipientId) {
    return NewDestination.builder()
        .name(name)
        .recipientId(recipientId)
        .vendor(
            PostgresConfig.builder()
                .host("db.example.com")
                .port(5432)
                .database("analytics")
                .schema("export")
                .passwordAuth("exporter", Secret.of(CANARY))
                .build())
        .build();
  }

  /** Sends a request with the fake's key and API version, and a JSON body when one is given. */
  static HttpResponse<String> send(FakePrequel fake, String method, String path, String body) {
    List<String> headers =
        new ArrayList<>(List.of("X-API-KEY", fake.apiKey(), "X-Prequel-Api-Version", "2023-12-01"));
    if (body != null) {
      headers.addAll(List.of("Content-Type", "application/json"));
    }
    return exchange(fake, method, path, body, headers.toArray(String[]::new));
  }

  /** Sends exactly these headers (name, value, ...), for tests of the fake's own checks. */
  static HttpResponse<String> exchange(
      FakePrequel fake, String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a GET to an absolute URL the fake gave (a {@code next_url}), with the fake's headers. */
  static HttpResponse<String> follow(FakePrequel fake, String url) {
    return send(fake, "GET", url.substring(fake.baseUrl().length()), null);
  }

  /** The body as a JSON tree. */
  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
