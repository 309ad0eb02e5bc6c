package dev.dataexport.stigg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ModelReader;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.ResponseDecoder.RawResponse;
import dev.dataexport.stigg.ConnectionStatus;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationDeletion;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.ExportModel;
import dev.dataexport.stigg.LastSyncStatus;
import dev.dataexport.stigg.ModelCatalog;
import dev.dataexport.stigg.ModelGroup;
import dev.dataexport.stigg.ScopedToken;
import dev.dataexport.stigg.SyncResult;
import dev.dataexport.stigg.SyncResults;
import dev.dataexport.stigg.SyncStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Every JSON decoder of sdk-stigg: the response envelope and one {@link ModelReader} per model,
 * each reading its members in one pass into the model's builder and keeping the rest as unknown
 * fields. Public so that the models' {@code @JsonDeserialize} and the benchmarks reach it; not API.
 */
public final class StiggJson {
  /**
   * Decodes {@code {"data": {"destinations": [...]}}}, the answer of every call that changes a
   * destination, to its {@link DestinationList}; a body without {@code data} is invalid.
   */
  public static final ResponseDecoder<DestinationList> DESTINATION_LIST =
      data(ListEnvelope.class, "{\"data\": {\"destinations\": [...]}}");

  /**
   * Decodes a delete's answer: the list Stigg returns, or, for the 404 the pipeline accepts on a
   * retry (see {@link ResponseDecoder#deletion()}), that the destination was already gone.
   */
  public static final ResponseDecoder<DestinationDeletion> DESTINATION_DELETION =
      StiggJson::deletion;

  /** Decodes {@code {"data": {"groups": [...]}}} to its {@link ModelCatalog}. */
  public static final ResponseDecoder<ModelCatalog> MODEL_CATALOG =
      data(CatalogEnvelope.class, "{\"data\": {\"groups\": [...]}}");

  /** Decodes {@code {"data": {"results": [...]}}} to its {@link SyncResults}. */
  public static final ResponseDecoder<SyncResults> SYNC_RESULTS =
      data(SyncEnvelope.class, "{\"data\": {\"results\": [...]}}");

  /**
   * Decodes {@code {"data": {"token", "expiresAt", "providerMetadata"}}} to its {@link
   * ScopedToken}.
   */
  public static final ResponseDecoder<ScopedToken> SCOPED_TOKEN =
      data(TokenEnvelope.class, "{\"data\": {\"token\": ..., \"expiresAt\": ...}}");

  private static final ResponseDecoder<DeleteResult> DELETE_RESULT = ResponseDecoder.deletion();

  private StiggJson() {}

  private static DestinationDeletion deletion(RawResponse response) throws IOException {
    if (DELETE_RESULT.decode(response).wasGoneOnRetry()) {
      return DestinationDeletion.goneOnRetry();
    }
    return DestinationDeletion.deleted(DESTINATION_LIST.decode(response));
  }

  /** The decoder of Stigg's envelope {@code E} around a {@code T}; a body without data fails. */
  private static <T, E extends Envelope<T>> ResponseDecoder<T> data(Class<E> type, String shape) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return response -> {
      E envelope = response.readJson(reader);
      if (envelope == null || envelope.data == null) {
        throw new IOException("expected " + shape + " but the response has no \"data\" object");
      }
      return envelope.data;
    };
  }

  /** Stigg's envelope {@code {"data": ...}}; members other than {@code data} are dropped. */
  abstract static class Envelope<T> {
    T data;
  }

  /**
   * Reads an envelope (its own builder: there is nothing to keep but {@code data}); one subclass
   * per envelope type, since Jackson names a reader by class.
   */
  abstract static class EnvelopeReader<E extends Envelope<T>, T> extends ModelReader<E, E> {
    private static final long serialVersionUID = 1L;
    private final transient Class<T> dataType;
    private final transient Supplier<E> factory;

    EnvelopeReader(Class<E> type, Class<T> dataType, Supplier<E> factory) {
      super(type, 1);
      this.dataType = dataType;
      this.factory = factory;
      field(0, "data", dataType);
    }

    @Override
    protected E newBuilder() {
      return factory.get();
    }

    @Override
    protected void set(E envelope, int index, Object value) {
      envelope.data = dataType.cast(value);
    }

    @Override
    protected void putOther(E envelope, String name, JsonNode value) {}

    @Override
    protected E build(E envelope) {
      return envelope;
    }
  }

  /** {@code {"data": DestinationList}}. */
  @JsonDeserialize(using = ListEnvelope.Reader.class)
  static final class ListEnvelope extends Envelope<DestinationList> {
    /** Its reader. */
    static final class Reader extends EnvelopeReader<ListEnvelope, DestinationList> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(ListEnvelope.class, DestinationList.class, ListEnvelope::new);
      }
    }
  }

  /** {@code {"data": ModelCatalog}}. */
  @JsonDeserialize(using = CatalogEnvelope.Reader.class)
  static final class CatalogEnvelope extends Envelope<ModelCatalog> {
    /** Its reader. */
    static final class Reader extends EnvelopeReader<CatalogEnvelope, ModelCatalog> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(CatalogEnvelope.class, ModelCatalog.class, CatalogEnvelope::new);
      }
    }
  }

  /** {@code {"data": SyncResults}}. */
  @JsonDeserialize(using = SyncEnvelope.Reader.class)
  static final class SyncEnvelope extends Envelope<SyncResults> {
    /** Its reader. */
    static final class Reader extends EnvelopeReader<SyncEnvelope, SyncResults> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(SyncEnvelope.class, SyncResults.class, SyncEnvelope::new);
      }
    }
  }

  /** {@code {"data": ScopedToken}}. */
  @JsonDeserialize(using = TokenEnvelope.Reader.class)
  static final class TokenEnvelope extends Envelope<ScopedToken> {
    /** Its reader. */
    static final class Reader extends EnvelopeReader<TokenEnvelope, ScopedToken> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(TokenEnvelope.class, ScopedToken.class, TokenEnvelope::new);
      }
    }
  }

  /** Reads a {@link DestinationList} (the {@code data} object). */
  public static final class DestinationListReader
      extends ModelReader<DestinationList.Builder, DestinationList> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public DestinationListReader() {
      super(DestinationList.class, 1);
      field(0, "destinations", List.class, Destination.class);
    }

    @Override
    protected DestinationList.Builder newBuilder() {
      return DestinationList.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // the value comes from the deserializer of List<Destination>
    protected void set(DestinationList.Builder builder, int index, Object value) {
      builder.destinations(value == null ? List.of() : (List<Destination>) value);
    }

    @Override
    protected void putOther(DestinationList.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected DestinationList build(DestinationList.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link Destination}. */
  public static final class DestinationReader
      extends ModelReader<Destination.Builder, Destination> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public DestinationReader() {
      super(Destination.class, 6);
      field(0, "type", DestinationType.class);
      field(1, "connectedAt", Instant.class);
      field(2, "destinationId", String.class);
      field(3, "connectionStatus", ConnectionStatus.class);
      field(4, "lastSyncStatus", LastSyncStatus.class);
      field(5, "enabledModels", List.class, String.class);
    }

    @Override
    protected Destination.Builder newBuilder() {
      return Destination.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // the values come from deserializers of exactly these types
    protected void set(Destination.Builder builder, int index, Object value) {
      switch (index) {
        case 0:
          builder.type((DestinationType) value);
          break;
        case 1:
          builder.connectedAt((Instant) value);
          break;
        case 2:
          builder.destinationId((String) value);
          break;
        case 3:
          builder.connectionStatus(Optional.ofNullable((ConnectionStatus) value));
          break;
        case 4:
          builder.lastSyncStatus(Optional.ofNullable((LastSyncStatus) value));
          break;
        default:
          builder.enabledModels(Optional.ofNullable((List<String>) value));
      }
    }

    @Override
    protected void putOther(Destination.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected Destination build(Destination.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link LastSyncStatus}. */
  public static final class LastSyncStatusReader
      extends ModelReader<LastSyncStatus.Builder, LastSyncStatus> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public LastSyncStatusReader() {
      super(LastSyncStatus.class, 6);
      field(0, "transferId", String.class);
      field(1, "status", SyncStatus.class);
      field(2, "finishedAt", Instant.class);
      field(3, "rowsTransferred", Long.class);
      field(4, "blamedParty", String.class);
      field(5, "failureMessage", String.class);
    }

    @Override
    protected LastSyncStatus.Builder newBuilder() {
      return LastSyncStatus.builder();
    }

    @Override
    protected void set(LastSyncStatus.Builder builder, int index, Object value) {
      switch (index) {
        case 0:
          builder.transferId((String) value);
          break;
        case 1:
          builder.status((SyncStatus) value);
          break;
        case 2:
          builder.finishedAt(Optional.ofNullable((Instant) value));
          break;
        case 3:
          builder.rowsTransferred(
              value == null ? OptionalLong.empty() : OptionalLong.of((Long) value));
          break;
        case 4:
          builder.blamedParty(Optional.ofNullable((String) value));
          break;
        default:
          builder.failureMessage(Optional.ofNullable((String) value));
      }
    }

    @Override
    protected void putOther(LastSyncStatus.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected LastSyncStatus build(LastSyncStatus.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link ModelCatalog} (the {@code data} object). */
  public static final class ModelCatalogReader
      extends ModelReader<ModelCatalog.Builder, ModelCatalog> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public ModelCatalogReader() {
      super(ModelCatalog.class, 1);
      field(0, "groups", List.class, ModelGroup.class);
    }

    @Override
    protected ModelCatalog.Builder newBuilder() {
      return ModelCatalog.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // the value comes from the deserializer of List<ModelGroup>
    protected void set(ModelCatalog.Builder builder, int index, Object value) {
      builder.groups(value == null ? List.of() : (List<ModelGroup>) value);
    }

    @Override
    protected void putOther(ModelCatalog.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected ModelCatalog build(ModelCatalog.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link ModelGroup}. */
  public static final class ModelGroupReader extends ModelReader<ModelGroup.Builder, ModelGroup> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public ModelGroupReader() {
      super(ModelGroup.class, 3);
      field(0, "id", String.class);
      field(1, "displayName", String.class);
      field(2, "models", List.class, ExportModel.class);
    }

    @Override
    protected ModelGroup.Builder newBuilder() {
      return ModelGroup.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // the values come from deserializers of exactly these types
    protected void set(ModelGroup.Builder builder, int index, Object value) {
      switch (index) {
        case 0:
          builder.id((String) value);
          break;
        case 1:
          builder.displayName(Optional.ofNullable((String) value));
          break;
        default:
          builder.models(value == null ? List.of() : (List<ExportModel>) value);
      }
    }

    @Override
    protected void putOther(ModelGroup.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected ModelGroup build(ModelGroup.Builder builder) {
      return builder.build();
    }
  }

  /** Reads an {@link ExportModel}. */
  public static final class ExportModelReader
      extends ModelReader<ExportModel.Builder, ExportModel> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public ExportModelReader() {
      super(ExportModel.class, 2);
      field(0, "id", String.class);
      field(1, "displayName", String.class);
    }

    @Override
    protected ExportModel.Builder newBuilder() {
      return ExportModel.builder();
    }

    @Override
    protected void set(ExportModel.Builder builder, int index, Object value) {
      if (index == 0) {
        builder.id((String) value);
      } else {
        builder.displayName(Optional.ofNullable((String) value));
      }
    }

    @Override
    protected void putOther(ExportModel.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected ExportModel build(ExportModel.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link SyncResults} (the {@code data} object). */
  public static final class SyncResultsReader
      extends ModelReader<SyncResults.Builder, SyncResults> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public SyncResultsReader() {
      super(SyncResults.class, 1);
      field(0, "results", List.class, SyncResult.class);
    }

    @Override
    protected SyncResults.Builder newBuilder() {
      return SyncResults.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // the value comes from the deserializer of List<SyncResult>
    protected void set(SyncResults.Builder builder, int index, Object value) {
      builder.results(value == null ? List.of() : (List<SyncResult>) value);
    }

    @Override
    protected void putOther(SyncResults.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected SyncResults build(SyncResults.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link SyncResult}. */
  public static final class SyncResultReader extends ModelReader<SyncResult.Builder, SyncResult> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public SyncResultReader() {
      super(SyncResult.class, 4);
      field(0, "destinationId", String.class);
      field(1, "triggered", Boolean.class);
      field(2, "errorMessage", String.class);
      field(3, "transferId", String.class);
    }

    @Override
    protected SyncResult.Builder newBuilder() {
      return SyncResult.builder();
    }

    @Override
    protected void set(SyncResult.Builder builder, int index, Object value) {
      switch (index) {
        case 0:
          builder.destinationId((String) value);
          break;
        case 1:
          if (value != null) { // JSON null leaves it unset, so build() names it as required
            builder.triggered((Boolean) value);
          }
          break;
        case 2:
          builder.errorMessage(Optional.ofNullable((String) value));
          break;
        default:
          builder.transferId(Optional.ofNullable((String) value));
      }
    }

    @Override
    protected void putOther(SyncResult.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected SyncResult build(SyncResult.Builder builder) {
      return builder.build();
    }
  }

  /** Reads a {@link ScopedToken} (the {@code data} object); the token becomes a {@link Secret}. */
  public static final class ScopedTokenReader
      extends ModelReader<ScopedToken.Builder, ScopedToken> {
    private static final long serialVersionUID = 1L;

    /** Declares the members. */
    public ScopedTokenReader() {
      super(ScopedToken.class, 3);
      field(0, "token", String.class);
      field(1, "expiresAt", Instant.class);
      field(2, "providerMetadata", Map.class, JsonNode.class);
    }

    @Override
    protected ScopedToken.Builder newBuilder() {
      return ScopedToken.builder();
    }

    @Override
    @SuppressWarnings("unchecked") // the value comes from the deserializer of Map<String, JsonNode>
    protected void set(ScopedToken.Builder builder, int index, Object value) {
      switch (index) {
        case 0:
          if (value != null && !((String) value).isEmpty()) { // else build() says it is required
            builder.token(Secret.of((String) value));
          }
          break;
        case 1:
          builder.expiresAt((Instant) value);
          break;
        default:
          builder.providerMetadata(value == null ? Map.of() : (Map<String, JsonNode>) value);
      }
    }

    @Override
    protected void putOther(ScopedToken.Builder builder, String name, JsonNode value) {
      builder.putUnknownField(name, value);
    }

    @Override
    protected ScopedToken build(ScopedToken.Builder builder) {
      return builder.build();
    }
  }
}
