package dev.dataexport.examples;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.StiggErrorCode;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStiggServer;
import dev.dataexport.testkit.Fault;
import java.io.PrintStream;
import java.util.Map;

/**
 * Shows the three kinds of failure a caller meets, offline against {@link FakeStiggServer}: a
 * validation error caught before any request, a 404 with Stigg's error code, and a rate limit the
 * SDK absorbs by waiting and retrying.
 */
public final class ErrorHandlingExample {
  private ErrorHandlingExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.getenv(), args, System.out);
  }

  /** Runs the example against a fake (it never calls a real API, whatever {@code env} holds). */
  static void run(Map<String, String> env, String[] args, PrintStream out) {
    try (FakeStiggServer fake = new FakeStiggServer();
        // The real sleeper, so the rate-limit wait really happens (it is kept short below).
        StiggClient stigg = fake.clientBuilder().sleeper(Sleeper.system()).build()) {
      fake.addDestination("int_demo", "dst_9f2a1c7b3e4d", "snowflake");
      out.println("Error handling: offline against FakeStigg at " + fake.baseUrl());

      try {
        UpdateSelectionRequest.builder().integrationId("int_demo").build();
      } catch (IllegalArgumentException invalid) {
        out.println(
            "1. Validation error, before any request ("
                + fake.requests().size()
                + " sent): "
                + invalid.getMessage());
      }

      try {
        stigg
            .destinations()
            .updateSelection(
                "dst_9f2a1c7b3e4d",
                UpdateSelectionRequest.builder()
                    .integrationId("int_missing")
                    .addEnabledModels("customers")
                    .build());
      } catch (ApiException.NotFound notFound) {
        out.println(
            "2. Not found: HTTP "
                + notFound.status()
                + ", Stigg code "
                + StiggErrorCode.from(notFound).map(StiggErrorCode::value).orElse("(none)")
                + ", message \""
                + notFound.errorMessage().orElse("")
                + "\"");
      }

      fake.failNext(1, Fault.rateLimited("Retry-After-Ms", "250"));
      long start = System.nanoTime();
      ApiResponse<DestinationList> response =
          stigg
              .destinations()
              .withRawResponse()
              .updateSelection(
                  "dst_9f2a1c7b3e4d",
                  UpdateSelectionRequest.builder()
                      .integrationId("int_demo")
                      .addEnabledModels("customers")
                      .build());
      long millis = (System.nanoTime() - start) / 1_000_000;
      out.println(
          "3. Rate limit absorbed: Stigg answered 429 with Retry-After-Ms: 250; the SDK waited and retried: HTTP "
              + response.status()
              + " after "
              + response.attempts().size()
              + " attempts in "
              + millis
              + " ms");
    }
  }
}
