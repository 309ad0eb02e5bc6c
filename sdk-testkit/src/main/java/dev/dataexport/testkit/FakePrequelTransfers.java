package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * The transfers of a {@link FakePrequel}: each is submitted PENDING, RUNNING after {@link
 * #pendingFor}, and SUCCESS (or ERROR, for a destination told to fail) after {@link #runningFor}
 * more, on the fake's clock; its status is worked out whenever it is read, so a client that waits
 * sees it progress. Not thread-safe: the fake calls it under its own lock.
 */
final class FakePrequelTransfers {
  private static final Set<String> START_FIELDS =
      Set.of(
          "full_refresh",
          "is_debug_mode",
          "models",
          "start_transfer_window_at",
          "end_transfer_window_at",
          "tags");

  private final Map<String, FakePrequelPaging.Row<Started>> transfers = new LinkedHashMap<>();
  private final Set<String> failing = new HashSet<>();
  private Duration pendingFor = Duration.ofSeconds(1);
  private Duration runningFor = Duration.ofSeconds(4);
  private long sequence;

  /** A started transfer: what was asked, when, and how it will end. */
  record Started(
      String id, String destinationId, Instant submittedAt, ObjectNode request, boolean fails) {}

  /** Sets how long a transfer stays PENDING and then RUNNING. */
  void timings(Duration pending, Duration running) {
    this.pendingFor = nonNegative("pending", pending);
    this.runningFor = nonNegative("running", running);
  }

  /** Makes transfers of {@code destinationId} started from now on end in ERROR, or not. */
  void fail(String destinationId, boolean fail) {
    if (fail) {
      failing.add(destinationId);
    } else {
      failing.remove(destinationId);
    }
  }

  /**
   * Starts a transfer from a checked request body and returns its id; {@code enabledModels} are the
   * destination's, transferred when the body names none.
   *
   * @throws FakePrequelError 400 when the body breaks Prequel's rules
   */
  String start(String destinationId, JsonNode body, JsonNode enabledModels, Instant now) {
    ObjectNode request = checkedStart(body).deepCopy();
    if (!request.has("models") || request.get("models").isEmpty()) {
      request.set(
          "models",
          enabledModels == null ? JsonNodeFactory.instance.arrayNode() : enabledModels.deepCopy());
    }
    long seq = ++sequence;
    String id =
        UUID.nameUUIDFromBytes(("transfer-" + seq).getBytes(StandardCharsets.UTF_8)).toString();
    transfers.put(
        id,
        new FakePrequelPaging.Row<>(
            seq, new Started(id, destinationId, now, request, failing.contains(destinationId))));
    return id;
  }

  /** The transfer, or Prequel's 404. */
  Started require(String id) {
    FakePrequelPaging.Row<Started> row = transfers.get(id);
    if (row == null) {
      throw new FakePrequelError(404, "transfer " + id + " not found");
    }
    return row.item();
  }

  /**
   * The transfers of destinations {@code visible} accepts that match the query's {@code status},
   * {@code include_tags}, {@code ended_before} and {@code ended_after}, rendered at {@code now}, in
   * paging order.
   *
   * @throws FakePrequelError 400 when a filter cannot be read
   */
  List<FakePrequelPaging.Row<ObjectNode>> matching(
      HttpUrl query, Predicate<String> visible, Instant now) {
    String status = query.queryParameter("status");
    Map<String, String> tags = tags(query.queryParameter("include_tags"));
    Optional<Instant> before = instant("ended_before", query.queryParameter("ended_before"));
    Optional<Instant> after = instant("ended_after", query.queryParameter("ended_after"));
    List<FakePrequelPaging.Row<ObjectNode>> rows = new ArrayList<>();
    for (FakePrequelPaging.Row<Started> row : transfers.values()) {
      if (!visible.test(row.item().destinationId())) {
        continue;
      }
      ObjectNode transfer = render(row.item(), now);
      JsonNode ended = transfer.get("ended_at");
      Instant endedAt = ended.isTextual() ? Instant.parse(ended.textValue()) : null;
      boolean matches =
          (status == null || status.equals(transfer.get("status").textValue()))
              && tags.entrySet().stream()
                  .allMatch(
                      tag ->
                          tag.getValue()
                              .equals(transfer.path("tags").path(tag.getKey()).textValue()))
              && before.map(at -> endedAt != null && endedAt.isBefore(at)).orElse(true)
              && after.map(at -> endedAt != null && endedAt.isAfter(at)).orElse(true);
      if (matches) {
        rows.add(new FakePrequelPaging.Row<>(row.seq(), transfer));
      }
    }
    return rows;
  }

  /**
   * The destination's most recently ended transfer that {@code which} accepts, rendered at {@code
   * now}, if any.
   */
  Optional<ObjectNode> lastEnded(String destinationId, Instant now, Predicate<ObjectNode> which) {
    ObjectNode last = null;
    for (FakePrequelPaging.Row<Started> row : transfers.values()) {
      if (row.item().destinationId().equals(destinationId)) {
        ObjectNode transfer = render(row.item(), now);
        if (transfer.get("ended_at").isTextual() && which.test(transfer)) {
          last = transfer;
        }
      }
    }
    return Optional.ofNullable(last);
  }

  /** Prequel's JSON of the transfer as it stands at {@code now}. */
  ObjectNode render(Started started, Instant now) {
    Instant startedAt = started.submittedAt().plus(pendingFor);
    Instant endedAt = startedAt.plus(runningFor);
    String status =
        now.isBefore(startedAt)
            ? "PENDING"
            : now.isBefore(endedAt) ? "RUNNING" : started.fails() ? "ERROR" : "SUCCESS";
    boolean ended = status.equals("SUCCESS") || status.equals("ERROR");
    ObjectNode request = started.request();
    ObjectNode transfer = JsonNodeFactory.instance.objectNode();
    transfer.put("id", started.id()).put("status", status);
    transfer.put("is_full_refresh", request.path("full_refresh").asBoolean(false));
    transfer.set("models", request.get("models").deepCopy());
    transfer.put("log", log(status));
    transfer.put("submitted_at", started.submittedAt().toString());
    transfer.set("start_transfer_window_at", orNull(request.get("start_transfer_window_at")));
    transfer.set("end_transfer_window_at", orNull(request.get("end_transfer_window_at")));
    long rows = ended && !started.fails() ? 100L * request.get("models").size() : 0;
    transfer.put("rows_transferred", rows).put("delta_rows_transferred", rows);
    transfer.put("volume_transferred_in_mb", rows / 1000.0);
    transfer.put("is_debug_mode", request.path("is_debug_mode").asBoolean(false));
    transfer.put("actor_id", "fake_api_key").put("actor_type", "API_KEY");
    transfer.putArray("source_ids");
    transfer.put("destination_id", started.destinationId());
    ArrayNode metrics = transfer.putArray("model_metrics");
    ArrayNode snapshot = transfer.putArray("models_snapshot");
    for (JsonNode model : request.get("models")) {
      ObjectNode metric = metrics.addObject().put("model_id", model.textValue());
      metric.put("model_name", model.textValue());
      metric.put("rows_transferred", ended && !started.fails() ? 100 : 0);
      if (ended && started.fails()) {
        metric
            .putObject("error")
            .put("error_code", "FAKE_TRANSFER_FAILED")
            .put("title", "Transfer failed")
            .put("blame", "destination")
            .put("message", "FakePrequel was told to fail transfers of this destination");
      }
      snapshot
          .addObject()
          .put("model_id", model.textValue())
          .put("model_name", model.textValue())
          .put("revision_id", "rev_1");
    }
    transfer.put("started_at", now.isBefore(startedAt) ? null : startedAt.toString());
    transfer.put("ended_at", ended ? endedAt.toString() : null);
    transfer.set(
        "tags",
        request.has("tags")
            ? request.get("tags").deepCopy()
            : JsonNodeFactory.instance.objectNode());
    return transfer;
  }

  private static JsonNode orNull(JsonNode value) {
    return value == null ? JsonNodeFactory.instance.nullNode() : value.deepCopy();
  }

  private static String log(String status) {
    return switch (status) {
      case "PENDING" -> "queued";
      case "RUNNING" -> "transferring";
      case "ERROR" -> "failed: FakePrequel was told to fail transfers of this destination";
      default -> "done";
    };
  }

  private static JsonNode checkedStart(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new FakePrequelError(400, "the request body must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (!START_FIELDS.contains(name)) {
        throw new FakePrequelError(400, "unknown field '" + name + "' in the request body");
      }
      boolean valid =
          switch (name) {
            case "full_refresh", "is_debug_mode" -> value.isBoolean();
            case "models" -> value.isArray() && allText(value);
            case "tags" -> value.isObject() && allTags(value);
            default -> value.isTextual() && instant(name, value.textValue()).isPresent();
          };
      if (!valid) {
        throw new FakePrequelError(400, name + " has an invalid value");
      }
    }
    return body;
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isTextual() || item.textValue().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allTags(JsonNode tags) {
    for (Map.Entry<String, JsonNode> tag : tags.properties()) {
      if (!isTagText(tag.getKey())
          || !tag.getValue().isTextual()
          || !isTagText(tag.getValue().textValue())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> tags(String includeTags) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (includeTags == null) {
      return tags;
    }
    for (String pair : includeTags.split(",", -1)) {
      int dot = pair.indexOf('.');
      if (dot < 0 || !isTagText(pair.substring(0, dot)) || !isTagText(pair.substring(dot + 1))) {
        throw new FakePrequelError(
            400, "include_tags must be key.value pairs separated by commas, was " + includeTags);
      }
      tags.put(pair.substring(0, dot), pair.substring(dot + 1));
    }
    return tags;
  }

  private static boolean isTagText(String text) {
    return text.matches("[A-Za-z0-9_-]+");
  }

  private static Optional<Instant> instant(String name, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      throw new FakePrequelError(400, name + " must be an RFC 3339 timestamp, was " + text);
    }
  }

  private static Duration nonNegative(String name, Duration duration) {
    if (Objects.requireNonNull(duration, name).isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
    return duration;
  }
}
