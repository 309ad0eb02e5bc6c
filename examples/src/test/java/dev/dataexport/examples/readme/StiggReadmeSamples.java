package dev.dataexport.examples.readme;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.CreateDestinationRequest;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationDeletion;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.ModelCatalog;
import dev.dataexport.stigg.ScopedToken;
import dev.dataexport.stigg.ScopedTokenRequest;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.StiggErrorCode;
import dev.dataexport.stigg.StiggRequestOptions;
import dev.dataexport.stigg.SyncResult;
import dev.dataexport.stigg.TriggerSyncRequest;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.time.Duration;
import java.util.List;

/** The README's Stigg and core samples, verbatim, so the build compiles them (ReadmeSamplesCompiledTest). */
final class StiggReadmeSamples {
  private StiggReadmeSamples() {}

  static void quickstart() {
    try (StiggClient stigg = StiggClient.fromEnv()) {          // STIGG_API_KEY, optional STIGG_BASE_URL
      DestinationList list = stigg.destinations().updateSelection("dst_9f2a1c7b3e4d",
          UpdateSelectionRequest.builder()
              .integrationId("int_1")
              .addEnabledModels("customers", "invoices")       // replaces the whole selection
              .build());
      Destination d = list.find("dst_9f2a1c7b3e4d").orElseThrow();
      System.out.println(d.type() + " " + d.connectionStatus().orElse(null) + " "
          + (d.selectsFullCatalog() ? "full catalog" : d.enabledModels().get()));
    }
  }

  static void perCallHeaders(StiggClient stigg, String id, UpdateSelectionRequest request) {
    stigg.destinations().updateSelection(id, request,
        StiggRequestOptions.builder().environmentId("env_staging").accountId("acc_7").callTimeout(Duration.ofSeconds(5)).build());
  }

  static void withOptions(StiggClient stigg, String id, UpdateSelectionRequest request) {
    try (StiggClient patient = stigg.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)).maxRetries(5))) {
      patient.destinations().updateSelection(id, request);      // same connection pool, credentials and auth mode
    }
  }

  static void configuration(String id, UpdateSelectionRequest request) {
    try (StiggClient stigg = StiggClient.builder()
        .apiKey(System.getenv("STIGG_API_KEY"))
        .application("billing-sync", "2.3")            // User-Agent: billing-sync/2.3 dataexport-java/0.1.0 (Java 17; Linux)
        .readTimeout(Duration.ofSeconds(20))
        .maxRetries(4)
        .logLevel(LogLevel.INFO)
        .build()) {
      stigg.destinations().updateSelection(id, request, RequestOptions.builder().callTimeout(Duration.ofSeconds(5)).build());
    }
  }

  static void errors(StiggClient stigg, String id, UpdateSelectionRequest request) {
    try {
      stigg.destinations().updateSelection(id, request);
    } catch (ApiException.NotFound e) {
      System.out.println("no such destination: " + e.errorMessage().orElse("") + " "
          + StiggErrorCode.from(e).map(StiggErrorCode::value).orElse("(no code)"));   // IntegrationNotFound
    } catch (ApiException.RateLimited e) {
      System.out.println("try again in " + e.retryAfter().orElse(Duration.ofMinutes(1)));
    } catch (ApiException e) {
      System.out.println("HTTP " + e.status() + ", request id " + e.requestId().orElse("-") + ", " + e.attempts());
    } catch (ApiConnectionException e) {
      System.out.println("network trouble after " + e.attempts().size() + " attempts: " + e.getMessage());
    }
  }

  static List<String> lifecycle(StiggClient stigg) {
    ModelCatalog catalog = stigg.models().list();
    List<String> everyModel = catalog.modelIds();                       // what enabledModels takes, in catalog order
    stigg.destinations().create(CreateDestinationRequest.builder()
        .destinationId("dst_9f2a1c7b3e4d")
        .destinationType(DestinationType.SNOWFLAKE)                     // no models: the full catalog, new models included
        .build());
    stigg.destinations().updateSelection("dst_9f2a1c7b3e4d",
        UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers", "invoices").build(),
        StiggRequestOptions.builder().checkModelsAgainst(catalog).build());   // checked before the call; no extra request
    SyncResult sync = stigg.syncs().trigger(TriggerSyncRequest.destination("dst_9f2a1c7b3e4d"))
        .find("dst_9f2a1c7b3e4d").orElseThrow();
    System.out.println(sync.triggered() ? "transfer " + sync.transferId().orElse("?") : sync.errorMessage().orElse(""));
    ScopedToken token = stigg.scopedTokens().create(
        ScopedTokenRequest.builder().applicationOrigin("https://app.example.com").build());
    System.out.println(token + " until " + token.expiresAt());          // the token prints as ****; reveal() it to the widget only
    DestinationDeletion deleted = stigg.destinations().delete("dst_9f2a1c7b3e4d");
    System.out.println(deleted.wasGoneOnRetry() ? "already gone" : deleted.destinations().orElseThrow().destinations());
    return everyModel;
  }

  static void idempotencyKeys(StiggClient stigg) {
    stigg.syncs().trigger(TriggerSyncRequest.allDestinations(),
        StiggRequestOptions.builder().idempotencyKey("nightly-sync-2026-06-04").build());   // your key, 1..255 characters
    stigg.syncs().trigger(TriggerSyncRequest.allDestinations(),
        StiggRequestOptions.builder().noIdempotencyKey().build());   // no key: retried only where Stigg cannot have seen it
  }
}
