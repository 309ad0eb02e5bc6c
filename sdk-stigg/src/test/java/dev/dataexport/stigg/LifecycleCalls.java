package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Every call of the Stigg module as data for parameterized contract tests: how to make it (plain,
 * async, raw), what Stigg must receive and a valid answer.
 */
enum LifecycleCalls {
  CREATE(
      "POST",
      "/api/v1/data-export/destinations",
      "{\"destinationId\":\"dst_1\",\"destinationType\":\"snowflake\",\"enabledModels\":[\"customers\"]}",
      StiggServer.DOCUMENTED_200,
      false),
  UPDATE(
      "PATCH",
      "/api/v1/data-export/destinations/dst_1",
      "{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\"]}",
      StiggServer.DOCUMENTED_200,
      false),
  DELETE(
      "DELETE", "/api/v1/data-export/destinations/dst_1", null, StiggServer.DOCUMENTED_200, false),
  LIST_MODELS("GET", "/api/v1/data-export/models", null, LifecycleCalls.CATALOG_200, false),
  TRIGGER_SYNC(
      "POST",
      "/api/v1/data-export/sync",
      "{\"destinationId\":\"dst_1\"}",
      LifecycleCalls.SYNC_200,
      true),
  SCOPED_TOKEN(
      "POST",
      "/api/v1/data-export/scoped-token",
      "{\"applicationOrigin\":\"https://app.example.com\"}",
      LifecycleCalls.TOKEN_200,
      true);

  static final String CATALOG_200 =
      "{\"data\":{\"groups\":[{\"id\":\"billing\",\"displayName\":\"Billing\",\"models\":["
          + "{\"id\":\"customers\",\"displayName\":\"Customers\"},"
          + "{\"id\":\"invoices\",\"displayName\":\"Invoices\"}]},"
          + "{\"id\":\"usage\",\"displayName\":\"Usage\",\"models\":["
          + "{\"id\":\"usage_events\",\"displayName\":\"Usage events\"}]}]}}";
  static final String SYNC_200 =
      "{\"data\":{\"results\":[{\"destinationId\":\"dst_1\",\"triggered\":true,"
          + "\"transferId\":\"transfer_77\"}]}}";
  static final String TOKEN_CANARY = "CANARY-scoped-token-8d1f";
  static final String TOKEN_200 =
      "{\"data\":{\"token\":\""
          + TOKEN_CANARY
          + "\",\"expiresAt\":\"2026-06-04T13:00:00.000Z\","
          + "\"providerMetadata\":{\"recipientId\":\"rcp_1\",\"region\":\"us\"}}}";

  final String method;
  final String path;
  final String body;
  final String okBody;
  final boolean keyByDefault;

  LifecycleCalls(String method, String path, String body, String okBody, boolean keyByDefault) {
    this.method = method;
    this.path = path;
    this.body = body;
    this.okBody = okBody;
    this.keyByDefault = keyByDefault;
  }

  /** Makes the call, blocking, and returns its value. */
  Object call(StiggClient client, RequestOptions options) {
    switch (this) {
      case CREATE:
        return client.destinations().create(create(), options);
      case UPDATE:
        return client.destinations().updateSelection("dst_1", StiggServer.request(), options);
      case DELETE:
        return client.destinations().delete("dst_1", options);
      case LIST_MODELS:
        return client.models().list(options);
      case TRIGGER_SYNC:
        return client.syncs().trigger(TriggerSyncRequest.destination("dst_1"), options);
      default:
        return client.scopedTokens().create(token(), options);
    }
  }

  /** Makes the call without options. */
  Object call(StiggClient client) {
    switch (this) {
      case CREATE:
        return client.destinations().create(create());
      case UPDATE:
        return client.destinations().updateSelection("dst_1", StiggServer.request());
      case DELETE:
        return client.destinations().delete("dst_1");
      case LIST_MODELS:
        return client.models().list();
      case TRIGGER_SYNC:
        return client.syncs().trigger(TriggerSyncRequest.destination("dst_1"));
      default:
        return client.scopedTokens().create(token());
    }
  }

  /** Makes the call through its async twin and waits. */
  Object callAsync(StiggClient client) throws Exception {
    CompletableFuture<?> future;
    switch (this) {
      case CREATE:
        future = client.destinations().createAsync(create());
        break;
      case UPDATE:
        future = client.destinations().updateSelectionAsync("dst_1", StiggServer.request());
        break;
      case DELETE:
        future = client.destinations().deleteAsync("dst_1");
        break;
      case LIST_MODELS:
        future = client.models().listAsync();
        break;
      case TRIGGER_SYNC:
        future = client.syncs().triggerAsync(TriggerSyncRequest.destination("dst_1"));
        break;
      default:
        future = client.scopedTokens().createAsync(token());
    }
    return future.get(5, TimeUnit.SECONDS);
  }

  /** Makes the call through its raw-response form (with options, async). */
  ApiResponse<?> callRawAsync(StiggClient client, RequestOptions options) throws Exception {
    CompletableFuture<? extends ApiResponse<?>> future;
    switch (this) {
      case CREATE:
        future = client.destinations().withRawResponse().createAsync(create(), options);
        break;
      case UPDATE:
        future =
            client
                .destinations()
                .withRawResponse()
                .updateSelectionAsync("dst_1", StiggServer.request(), options);
        break;
      case DELETE:
        future = client.destinations().withRawResponse().deleteAsync("dst_1", options);
        break;
      case LIST_MODELS:
        future = client.models().withRawResponse().listAsync(options);
        break;
      case TRIGGER_SYNC:
        future =
            client
                .syncs()
                .withRawResponse()
                .triggerAsync(TriggerSyncRequest.destination("dst_1"), options);
        break;
      default:
        future = client.scopedTokens().withRawResponse().createAsync(token(), options);
    }
    return future.get(5, TimeUnit.SECONDS);
  }

  /** Makes the call through its blocking raw-response form. */
  ApiResponse<?> callRaw(StiggClient client) {
    switch (this) {
      case CREATE:
        return client.destinations().withRawResponse().create(create());
      case UPDATE:
        return client
            .destinations()
            .withRawResponse()
            .updateSelection("dst_1", StiggServer.request());
      case DELETE:
        return client.destinations().withRawResponse().delete("dst_1");
      case LIST_MODELS:
        return client.models().withRawResponse().list();
      case TRIGGER_SYNC:
        return client.syncs().withRawResponse().trigger(TriggerSyncRequest.destination("dst_1"));
      default:
        return client.scopedTokens().withRawResponse().create(token());
    }
  }

  static CreateDestinationRequest create() {
    return CreateDestinationRequest.builder()
        .destinationId("dst_1")
        .destinationType(DestinationType.SNOWFLAKE)
        .addEnabledModels("customers")
        .build();
  }

  static ScopedTokenRequest token() {
    return ScopedTokenRequest.builder().applicationOrigin("https://app.example.com").build();
  }

  /** The header names (lower case) every call sends in API-key mode, besides the key's own. */
  List<String> apiKeyHeaders() {
    List<String> names =
        new java.util.ArrayList<>(
            List.of("accept", "accept-encoding", "connection", "host", "user-agent", "x-api-key"));
    if (body != null) {
      names.add("content-length");
      names.add("content-type");
    }
    if (keyByDefault) {
      names.add("idempotency-key");
    }
    return names;
  }
}
