package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ModelReader;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.prequel.ConnectionTest;
import dev.dataexport.prequel.ConnectionTestStatus;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ModelError;
import dev.dataexport.prequel.ModelMetric;
import dev.dataexport.prequel.ModelSnapshot;
import dev.dataexport.prequel.Transfer;
import dev.dataexport.prequel.TransferStatus;
import dev.dataexport.prequel.Vendor;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Prequel's JSON: every response decoder of the module, the {@link ModelReader} of every response
 * model, and the body an update writes. Public so the models can name their readers and benchmarks
 * can reach the decoders and {@link #updateBody} without sharing a package; not part of the API.
 *
 * <p>Every response is an envelope {@code {"status": "success"|"error", "data": {...}, "message":
 * "..."}}: a decoder unwraps {@code data.<field>} and turns {@code "status": "error"} into a typed
 * exception, whatever the HTTP status. A reader declares its members once and sets each from the
 * value read; JSON null and absent members leave a field empty (a value is set straight, not
 * wrapped in an {@code Optional} first), and other members go to {@code unknownFields()}.
 */
public final class PrequelJson {
  /**
   * {@code data.destination} of {@code GET}, {@code PATCH /destinations/{destination_id}} and
   * {@code POST /destinations}.
   */
  public static final ResponseDecoder<Destination> DESTINATION =
      data("destination", Destination.class);

  /** One page of {@code GET /destinations}. */
  public static final ResponseDecoder<PageContent<Destination>> DESTINATION_PAGE =
      page(ListData.Destinations.class);

  /** {@code data.transfer} of {@code GET /transfers/{transfer_id}}. */
  public static final ResponseDecoder<Transfer> TRANSFER = data("transfer", Transfer.class);

  /**
   * One page of {@code GET /transfers} and {@code GET /destinations/{destination_id}/transfers}.
   */
  public static final ResponseDecoder<PageContent<Transfer>> TRANSFER_PAGE =
      page(ListData.Transfers.class);

  /** {@code data.transfer_id} of {@code POST /destinations/{destination_id}/transfer}. */
  public static final ResponseDecoder<String> TRANSFER_ID = transferId();

  /**
   * The verdict of {@code POST /test-destination} and {@code POST
   * /destinations/{destination_id}/test-connection}: {@code data.status}, not the envelope's.
   */
  public static final ResponseDecoder<ConnectionTest> CONNECTION_TEST = connectionTest();

  /**
   * {@code DELETE /destinations/{destination_id}}: the 404 the pipeline accepts on a retry is
   * {@link DeleteResult#goneOnRetry()}; otherwise an error envelope is still an error.
   */
  public static final ResponseDecoder<DeleteResult> DELETION = deletion();

  private PrequelJson() {}

  /**
   * The object the pipeline writes as the body of {@code update}: {@code {"destination": {...}}}.
   * The test hook of the benchmarks, which serialize it without sending it.
   */
  public static Object updateBody(DestinationUpdate update) {
    return new DestinationBody(update);
  }

  /** The body of a call that sends a whole destination or changes: {@code {"destination": ...}}. */
  static Object destinationBody(Object destination) {
    return new DestinationBody(destination);
  }

  /**
   * A decoder of {@code data.<field>} as {@code type}; an error envelope in a 2xx response becomes
   * the exception of that status, with the envelope's message and code.
   */
  private static <T> ResponseDecoder<T> data(String field, Class<T> type) {
    ResponseDecoder<EnvelopeReader.Unwrapped> envelope = envelope(field, type);
    return response -> {
      Object value = envelope.decode(response).value;
      if (value == null) {
        throw new IOException("the envelope has no data." + field + " object");
      }
      return type.cast(value);
    };
  }

  /** A decoder of one page: {@code data} as {@code type}, paging read inside or beside it. */
  private static <T> ResponseDecoder<PageContent<T>> page(Class<? extends ListData<T>> type) {
    ResponseDecoder<EnvelopeReader.Unwrapped> envelope = envelope("", type);
    return response -> {
      EnvelopeReader.Unwrapped unwrapped = envelope.decode(response);
      if (unwrapped.value == null) {
        throw new IOException("the envelope has no data object");
      }
      ListData<T> data = type.cast(unwrapped.value);
      Boolean hasNext = data.hasNext() != null ? data.hasNext() : unwrapped.hasNext;
      String nextUrl = data.nextUrl() != null ? data.nextUrl() : unwrapped.nextUrl;
      return new PageContent<>(
          data.items(), Boolean.TRUE.equals(hasNext), Optional.ofNullable(nextUrl));
    };
  }

  private static ResponseDecoder<String> transferId() {
    ResponseDecoder<EnvelopeReader.Unwrapped> envelope = envelope("", ObjectNode.class);
    return response -> {
      Object data = envelope.decode(response).value;
      JsonNode id = data == null ? null : ((ObjectNode) data).get("transfer_id");
      if (id == null || !id.isTextual() || id.textValue().isBlank()) {
        throw new IOException("the envelope has no data.transfer_id string");
      }
      return id.textValue();
    };
  }

  private static ResponseDecoder<ConnectionTest> connectionTest() {
    ResponseDecoder<EnvelopeReader.Unwrapped> envelope = envelope("", ObjectNode.class);
    return response -> {
      EnvelopeReader.Unwrapped unwrapped = envelope.decode(response);
      JsonNode status =
          unwrapped.value == null ? null : ((ObjectNode) unwrapped.value).get("status");
      if (status == null || !status.isTextual()) {
        throw new IOException("the envelope has no data.status string");
      }
      JsonNode message = ((ObjectNode) unwrapped.value).get("message");
      return ConnectionTest.builder()
          .status(ConnectionTestStatus.of(status.textValue()))
          .message(
              Optional.ofNullable(
                  message != null && message.isTextual() ? message.textValue() : unwrapped.message))
          .build();
    };
  }

  private static ResponseDecoder<DeleteResult> deletion() {
    ResponseDecoder<EnvelopeReader.Unwrapped> envelope = envelope("", ObjectNode.class);
    ResponseDecoder<DeleteResult> core = ResponseDecoder.deletion();
    return response -> {
      if (response.status() != 404 && response.body().length > 0) {
        envelope.decode(response); // an error envelope inside a 2xx is still an error
      }
      return core.decode(response);
    };
  }

  /**
   * A decoder of the envelope, binding {@code data.<field>} (or {@code data} for an empty field) as
   * {@code type}; an error envelope in a 2xx response becomes the exception of that status.
   */
  private static ResponseDecoder<EnvelopeReader.Unwrapped> envelope(String field, Class<?> type) {
    ObjectReader reader =
        Json.mapper()
            .readerFor(EnvelopeReader.Unwrapped.class)
            .withAttribute(EnvelopeReader.FIELD, field)
            .withAttribute(
                EnvelopeReader.TYPE, new EnvelopeReader.Target(Json.mapper().constructType(type)));
    return response -> {
      EnvelopeReader.Unwrapped envelope = response.readJson(reader);
      if (envelope == null) {
        throw new IOException("expected a JSON object envelope");
      }
      if ("error".equals(envelope.status)) {
        throw response.error(envelope.code, envelope.message);
      }
      return envelope;
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return value == null ? List.of() : (List<T>) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, T> map(Object value) {
    return value == null ? Map.of() : (Map<String, T>) value;
  }

  /** A JSON value, where JSON null (a null node) is empty like every other null member. */
  private static Optional<JsonNode> json(Object value) {
    JsonNode node = (JsonNode) value;
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  /** Reads a {@link Destination}; {@code id} is required. */
  public static final class DestinationReader
      extends ModelReader<Destination.Builder, Destination> {
    private static final long serialVersionUID = 1L;

    /** Declares the members of a destination. */
    public DestinationReader() {
      super(Destination.class, 18);
      field(0, "id", String.class);
      field(1, "vendor", Vendor.class);
      field(2, "name", String.class);
      field(3, "recipient_id", String.class);
      field(4, "created_at", Instant.class);
      field(5, "updated_at", Instant.class);
      field(6, "last_successful_transfer_ended_at", Instant.class);
      field(7, "frequency_minutes", OptionalLong.class);
      field(8, "id_in_provider_system", String.class);
      field(9, "products", List.class, String.class);
      field(10, "enabled_models", List.class, String.class);
      field(11, "max_concurrent_transfers", OptionalLong.class);
      field(12, "max_concurrent_queries_per_transfer", OptionalLong.class);
      field(13, "is_enabled", Boolean.class);
      field(14, "last_completed_transfer", Transfer.class);
      field(15, "total_rows_transferred_last_billing_period", OptionalLong.class);
      field(16, "total_delta_rows_transferred_last_billing_period", OptionalLong.class);
      field(17, "total_rows_transferred_current_billing_period", OptionalLong.class);
    }

    @Override
    protected Destination.Builder newBuilder() {
      return Destination.builder();
    }

    @Override
    protected void set(Destination.Builder b, int index, Object v) {
      switch (index) {
        case 0 -> {
          if (v != null) { // a null id stays missing: build() then reports it
            b.id((String) v);
          }
        }
        case 1 -> {
          if (v != null) {
            b.vendor((Vendor) v);
          }
        }
        case 2 -> {
          if (v != null) {
            b.name((String) v);
          }
        }
        case 3 -> {
          if (v != null) {
            b.recipientId((String) v);
          }
        }
        case 4 -> {
          if (v != null) {
            b.createdAt((Instant) v);
          }
        }
        case 5 -> {
          if (v != null) {
            b.updatedAt((Instant) v);
          }
        }
        case 6 -> {
          if (v != null) {
            b.lastSuccessfulTransferEndedAt((Instant) v);
          }
        }
        case 7 -> b.frequencyMinutes((OptionalLong) v);
        case 8 -> {
          if (v != null) {
            b.idInProviderSystem((String) v);
          }
        }
        case 9 -> b.products(list(v));
        case 10 -> b.enabledModels(list(v));
        case 11 -> b.maxConcurrentTransfers((OptionalLong) v);
        case 12 -> b.maxConcurrentQueriesPerTransfer((OptionalLong) v);
        case 13 -> {
          if (v != null) {
            b.isEnabled((Boolean) v);
          }
        }
        case 14 -> {
          if (v != null) {
            b.lastCompletedTransfer((Transfer) v);
          }
        }
        case 15 -> b.totalRowsTransferredLastBillingPeriod((OptionalLong) v);
        case 16 -> b.totalDeltaRowsTransferredLastBillingPeriod((OptionalLong) v);
        case 17 -> b.totalRowsTransferredCurrentBillingPeriod((OptionalLong) v);
        default -> throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(Destination.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected Destination build(Destination.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link Transfer}. */
  public static final class TransferReader extends ModelReader<Transfer.Builder, Transfer> {
    private static final long serialVersionUID = 1L;

    /** Declares the members of a transfer. */
    public TransferReader() {
      super(Transfer.class, 21);
      field(0, "id", String.class);
      field(1, "status", TransferStatus.class);
      field(2, "is_full_refresh", Boolean.class);
      field(3, "models", List.class, String.class);
      field(4, "log", String.class);
      field(5, "submitted_at", Instant.class);
      field(6, "start_transfer_window_at", Instant.class);
      field(7, "end_transfer_window_at", Instant.class);
      field(8, "rows_transferred", OptionalLong.class);
      field(9, "delta_rows_transferred", OptionalLong.class);
      field(10, "volume_transferred_in_mb", OptionalDouble.class);
      field(11, "is_debug_mode", Boolean.class);
      field(12, "actor_id", String.class);
      field(13, "actor_type", String.class);
      field(14, "source_ids", List.class, String.class);
      field(15, "destination_id", String.class);
      field(16, "model_metrics", List.class, ModelMetric.class);
      field(17, "models_snapshot", List.class, ModelSnapshot.class);
      field(18, "started_at", Instant.class);
      field(19, "ended_at", Instant.class);
      field(20, "tags", Map.class, JsonNode.class);
    }

    @Override
    protected Transfer.Builder newBuilder() {
      return Transfer.builder();
    }

    @Override
    protected void set(Transfer.Builder b, int index, Object v) {
      switch (index) {
        case 0 -> {
          if (v != null) {
            b.id((String) v);
          }
        }
        case 1 -> {
          if (v != null) {
            b.status((TransferStatus) v);
          }
        }
        case 2 -> {
          if (v != null) {
            b.isFullRefresh((Boolean) v);
          }
        }
        case 3 -> b.models(list(v));
        case 4 -> {
          if (v != null) {
            b.log((String) v);
          }
        }
        case 5 -> {
          if (v != null) {
            b.submittedAt((Instant) v);
          }
        }
        case 6 -> {
          if (v != null) {
            b.startTransferWindowAt((Instant) v);
          }
        }
        case 7 -> {
          if (v != null) {
            b.endTransferWindowAt((Instant) v);
          }
        }
        case 8 -> b.rowsTransferred((OptionalLong) v);
        case 9 -> b.deltaRowsTransferred((OptionalLong) v);
        case 10 -> b.volumeTransferredInMb((OptionalDouble) v);
        case 11 -> {
          if (v != null) {
            b.isDebugMode((Boolean) v);
          }
        }
        case 12 -> {
          if (v != null) {
            b.actorId((String) v);
          }
        }
        case 13 -> {
          if (v != null) {
            b.actorType((String) v);
          }
        }
        case 14 -> b.sourceIds(list(v));
        case 15 -> {
          if (v != null) {
            b.destinationId((String) v);
          }
        }
        case 16 -> b.modelMetrics(list(v));
        case 17 -> b.modelsSnapshot(list(v));
        case 18 -> {
          if (v != null) {
            b.startedAt((Instant) v);
          }
        }
        case 19 -> {
          if (v != null) {
            b.endedAt((Instant) v);
          }
        }
        case 20 -> b.tags(map(v));
        default -> throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(Transfer.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected Transfer build(Transfer.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link ModelMetric}. */
  public static final class ModelMetricReader
      extends ModelReader<ModelMetric.Builder, ModelMetric> {
    private static final long serialVersionUID = 1L;

    /** Declares the members of a model metric. */
    public ModelMetricReader() {
      super(ModelMetric.class, 9);
      field(0, "model_id", String.class);
      field(1, "model_name", String.class);
      field(2, "rows_transferred", OptionalLong.class);
      field(3, "delta_rows_transferred", OptionalLong.class);
      field(4, "volume_transferred_in_mb", OptionalDouble.class);
      field(5, "start_transfer_window_at", Instant.class);
      field(6, "end_transfer_window_at", Instant.class);
      field(7, "most_recent_last_updated_at", Instant.class);
      field(8, "error", ModelError.class);
    }

    @Override
    protected ModelMetric.Builder newBuilder() {
      return ModelMetric.builder();
    }

    @Override
    protected void set(ModelMetric.Builder b, int index, Object v) {
      switch (index) {
        case 0 -> {
          if (v != null) {
            b.modelId((String) v);
          }
        }
        case 1 -> {
          if (v != null) {
            b.modelName((String) v);
          }
        }
        case 2 -> b.rowsTransferred((OptionalLong) v);
        case 3 -> b.deltaRowsTransferred((OptionalLong) v);
        case 4 -> b.volumeTransferredInMb((OptionalDouble) v);
        case 5 -> {
          if (v != null) {
            b.startTransferWindowAt((Instant) v);
          }
        }
        case 6 -> {
          if (v != null) {
            b.endTransferWindowAt((Instant) v);
          }
        }
        case 7 -> {
          if (v != null) {
            b.mostRecentLastUpdatedAt((Instant) v);
          }
        }
        case 8 -> {
          if (v != null) {
            b.error((ModelError) v);
          }
        }
        default -> throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ModelMetric.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected ModelMetric build(ModelMetric.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link ModelSnapshot}. */
  public static final class ModelSnapshotReader
      extends ModelReader<ModelSnapshot.Builder, ModelSnapshot> {
    private static final long serialVersionUID = 1L;

    /** Declares the members of a model snapshot. */
    public ModelSnapshotReader() {
      super(ModelSnapshot.class, 3);
      field(0, "model_id", String.class);
      field(1, "model_name", String.class);
      field(2, "revision_id", String.class);
    }

    @Override
    protected ModelSnapshot.Builder newBuilder() {
      return ModelSnapshot.builder();
    }

    @Override
    protected void set(ModelSnapshot.Builder b, int index, Object v) {
      switch (index) {
        case 0 -> {
          if (v != null) {
            b.modelId((String) v);
          }
        }
        case 1 -> {
          if (v != null) {
            b.modelName((String) v);
          }
        }
        case 2 -> {
          if (v != null) {
            b.revisionId((String) v);
          }
        }
        default -> throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ModelSnapshot.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected ModelSnapshot build(ModelSnapshot.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link ModelError}. */
  public static final class ModelErrorReader extends ModelReader<ModelError.Builder, ModelError> {
    private static final long serialVersionUID = 1L;

    /** Declares the members of a model error. */
    public ModelErrorReader() {
      super(ModelError.class, 7);
      field(0, "error", JsonNode.class);
      field(1, "error_code", String.class);
      field(2, "title", String.class);
      field(3, "blame", String.class);
      field(4, "documentation_url", String.class);
      field(5, "trace", String.class);
      field(6, "message", String.class);
    }

    @Override
    protected ModelError.Builder newBuilder() {
      return ModelError.builder();
    }

    @Override
    protected void set(ModelError.Builder b, int index, Object v) {
      switch (index) {
        case 0 -> b.error(json(v));
        case 1 -> {
          if (v != null) {
            b.errorCode((String) v);
          }
        }
        case 2 -> {
          if (v != null) {
            b.title((String) v);
          }
        }
        case 3 -> {
          if (v != null) {
            b.blame((String) v);
          }
        }
        case 4 -> {
          if (v != null) {
            b.documentationUrl((String) v);
          }
        }
        case 5 -> {
          if (v != null) {
            b.trace((String) v);
          }
        }
        case 6 -> {
          if (v != null) {
            b.message((String) v);
          }
        }
        default -> throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ModelError.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected ModelError build(ModelError.Builder b) {
      return b.build();
    }
  }
}
