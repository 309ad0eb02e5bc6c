package dev.dataexport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.core.fleet.ItemOutcome;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.spi.Json;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A fleet's result on standard output: with {@code --output json} one JSON line per item as it
 * ends, then a summary line; as a table, the items in input order and a summary line. Requests are
 * the fleet's masked {@link PlannedRequest}s and failures the SDK's scrubbed messages, so no secret
 * reaches the output. Receives outcomes from worker threads, one at a time.
 */
final class FleetOutput implements Consumer<ItemOutcome<?>> {
  private static final ObjectMapper JSON = Json.redactingMapper();

  private final CliRuntime runtime;
  private final boolean json;
  private final boolean applies;
  private final List<ItemOutcome<?>> rows = new ArrayList<>();

  FleetOutput(CliRuntime runtime, OutputOptions output, boolean applies) {
    this.runtime = runtime;
    this.json = output.format() == OutputOptions.Format.json;
    this.applies = applies;
  }

  @Override
  public synchronized void accept(ItemOutcome<?> outcome) {
    if (json) {
      runtime.out().println(line(item(outcome)));
      runtime.out().flush();
    } else {
      rows.add(outcome);
    }
  }

  /** Prints the table (if any) and the summary. */
  synchronized void finish(FleetResult result) {
    if (json) {
      runtime.out().println(line(Map.of("summary", summary(result))));
    } else {
      rows.sort(Comparator.comparingLong(ItemOutcome::index));
      Table table = Table.of("KEY", "STATUS", "DETAIL");
      for (ItemOutcome<?> row : rows) {
        table.row(row.key(), row.status(), detail(row));
      }
      runtime.out().print(table.render());
      runtime.out().println(summaryLine(result));
    }
    runtime.out().flush();
  }

  private Map<String, Object> item(ItemOutcome<?> outcome) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("key", outcome.key());
    item.put("status", outcome.status().name());
    outcome.request().ifPresent(request -> item.put("request", request(request)));
    outcome.failure().ifPresent(failure -> item.put("error", error(failure)));
    item.put("requests", outcome.requests());
    return item;
  }

  private static Map<String, Object> request(PlannedRequest request) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("method", request.method());
    json.put("path", request.path());
    if (!request.query().isEmpty()) {
      json.put("query", request.query());
    }
    if (!request.headers().isEmpty()) {
      json.put("headers", request.headers());
    }
    request.body().ifPresent(body -> json.put("body", body));
    return json;
  }

  private static Map<String, Object> error(RuntimeException failure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", typeName(failure));
    if (failure instanceof ApiException api) {
      json.put("status", api.status());
      api.errorCode().ifPresent(code -> json.put("vendorCode", code));
      api.requestId().ifPresent(id -> json.put("requestId", id));
    }
    json.put("message", failure.getMessage());
    return json;
  }

  private Map<String, Object> summary(FleetResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mode", applies ? "apply" : "plan");
    json.put("changed", result.changed());
    json.put("unchanged", result.unchanged());
    json.put("failed", result.failed());
    json.put("skipped", result.skipped());
    json.put("notAttempted", result.notAttempted());
    json.put("requestsSent", result.requestsSent());
    json.put("stop", result.stop().name());
    return json;
  }

  private String summaryLine(FleetResult result) {
    return (applies
            ? "applied: " + result.changed() + " changed"
            : "plan: " + result.changed() + " to change")
        + ", "
        + result.unchanged()
        + " unchanged, "
        + result.failed()
        + " failed, "
        + result.skipped()
        + " skipped, "
        + result.notAttempted()
        + " not attempted; "
        + result.requestsSent()
        + " requests; "
        + result.stop().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private String detail(ItemOutcome<?> row) {
    if (row.failure().isPresent()) {
      RuntimeException failure = row.failure().get();
      return typeName(failure) + ": " + failure.getMessage();
    }
    if (row.status() == ItemOutcome.Status.SKIPPED) {
      return "done in an earlier run";
    }
    return row.request().map(PlannedRequest::toString).orElse(null);
  }

  private static String typeName(RuntimeException failure) {
    Class<?> type = failure.getClass();
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
  }

  private static String line(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot write the fleet's output: " + e.getOriginalMessage(), e);
    }
  }
}
