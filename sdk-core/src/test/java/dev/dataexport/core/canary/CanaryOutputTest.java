package dev.dataexport.core.canary;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.DataExportException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Prints everything a user could print or log about calls made with the shortest credential the SDK
 * accepts, all of it echoed back by the server, so that the build's canary scan of test output
 * (.build/CanaryScan.java, at verify) fails if any of it shows a canary. Its DEBUG log lines go to
 * the console as well (the test logging config puts the SDK's loggers at ALL).
 */
class CanaryOutputTest {
  /** {@value Credentials#MIN_LENGTH} characters: the shortest key a client takes. */
  private static final String KEY = "CANARY-1";

  private static final String PASSWORD = "CANARY-2";
  private static final PrintStream OUT = System.out;

  private static ApiRequest change() {
    return ApiRequest.builder(HttpMethod.PATCH)
        .path("destinations")
        .pathParam("id", "d1")
        .jsonBody(Map.of("host", "db.example.com", "password", Secret.of(PASSWORD)))
        .build();
  }

  /**
   * An answer whose headers, and for an error status body, echo both secrets. A success's body is
   * the user's data, returned as the server sent it, so it echoes nothing here.
   */
  private static MockResponse echo(int status) {
    String both = KEY + " " + PASSWORD;
    String error =
        "{\"message\":\"key=" + KEY + ", password: " + PASSWORD + "\",\"code\":\"" + KEY + "\"}";
    return new MockResponse()
        .setResponseCode(status)
        .addHeader("WWW-Authenticate", "Bearer realm=\"x\", token=\"" + KEY + "\"")
        .addHeader("Location", "https://elsewhere.example/?key=" + KEY + "&pw=" + PASSWORD)
        .addHeader("X-Echo", both)
        .setBody(status < 300 ? "{\"id\":\"d1\"}" : error);
  }

  private static void print(Supplier<Object> call) {
    try {
      Object response = call.get();
      OUT.println("response: " + response);
    } catch (CompletionException e) {
      printThrown(e.getCause());
    } catch (RuntimeException e) {
      printThrown(e);
    }
  }

  private static void printThrown(Throwable thrown) {
    OUT.println("thrown: " + thrown);
    thrown.printStackTrace(OUT);
    if (thrown instanceof DataExportException) {
      OUT.println("attempts: " + ((DataExportException) thrown).attempts());
    }
    if (thrown instanceof ApiException) {
      ApiException api = (ApiException) thrown;
      OUT.println("headers: " + api.headers());
      OUT.println("body: " + api.body());
      OUT.println("code: " + api.errorCode() + ", message: " + api.errorMessage());
      OUT.println("details: " + api.details());
    }
  }

  @Test
  void everySurfaceOfCallsWithTheShortestCredentialIsPrinted() throws Exception {
    assertThat(KEY).hasSize(Credentials.MIN_LENGTH);
    try (MockWebServer server = Fixtures.startServer()) {
      server.enqueue(echo(200));
      for (int status : new int[] {302, 400, 401, 403, 404, 409, 422, 500}) {
        server.enqueue(echo(status));
      }
      // Not JSON, echoing both. (A body starting with the key would show Jackson quoting the key's
      // first word, up to its '-', in the decode error: a partial echo whole-word scrubbing keeps.)
      server.enqueue(echo(200).setBody("not JSON: " + KEY + " " + PASSWORD));
      server.enqueue(echo(200));
      TestClient client =
          clientFor(server, new RecordingSleeper())
              .credentials(Credentials.apiKey("X-API-KEY", KEY))
              .readTimeout(Duration.ofSeconds(5))
              .logLevel(LogLevel.DEBUG)
              .build();
      OUT.println("client: " + client + ", options: " + client.executor.options());
      OUT.println("request: " + change() + ", secret: " + Secret.of(PASSWORD));
      RequestOptions noRetries = RequestOptions.builder().maxRetries(0).build();
      OUT.println("request options: " + noRetries);

      print(
          () -> {
            var response = client.send(change(), JSON);
            OUT.println("headers: " + response.headers() + ", attempts: " + response.attempts());
            return response.value();
          });
      for (int i = 0; i < 9; i++) {
        print(() -> client.send(change(), JSON, noRetries));
      }
      print(() -> client.sendAsync(change(), JSON, noRetries).join());
      print(() -> RequestOptions.builder().header("X-API-KEY", KEY).build());
      print(() -> Credentials.apiKey("X-API-KEY", KEY + "\r\n"));
      client.close();
      print(() -> client.send(change(), JSON));

      assertThat(server.takeRequest().getHeader("X-API-KEY"))
          .as("the canary is really on the wire")
          .isEqualTo(KEY);
      assertThat(server.getRequestCount()).isEqualTo(11);
    }
  }

  @Test
  void theSdksLogLinesReachTheScannedOutputDuringTheBuild() {
    // Set by Surefire for every module (root pom); absent when a test runs from an IDE or PIT.
    assumeTrue(System.getProperty("java.util.logging.config.file") != null);
    assertThat(Logger.getLogger("dev.dataexport.http").isLoggable(Level.FINEST)).isTrue();
  }
}
