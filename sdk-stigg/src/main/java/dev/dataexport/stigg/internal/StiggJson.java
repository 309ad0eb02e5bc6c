package dev.dataexport.stigg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ModelReader;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.ResponseDecoder.RawResponse;
import dev.dataexport.stigg.ConnectionStatus;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.LastSyncStatus;
import dev.dataexport.stigg.SyncStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every JSON decoder of sdk-stigg: the response envelope and one {@link ModelReader} per model,
 * each reading its members in one pass into the model's builder and keeping the rest as unknown
 * fields. Public so that the models' {@code @JsonDeserialize} and the benchmarks reach it; not API.
 */
public final class StiggJson {
  private static final ObjectReader ENVELOPE = Json.mapper().readerFor(Envelope.class);

  /**
   * Decodes {@code {"data": {"destinations": [...]}}}, the answer of every call that changes a
   * destination, to its {@link DestinationList}; a body without {@code data} is invalid.
   */
  public static final ResponseDecoder<DestinationList> DESTINATION_LIST =
      StiggJson::destinationList;

  private StiggJson() {}

  private static DestinationList destinationList(RawResponse response) throws IOException {
    Envelope envelope = response.readJson(ENVELOPE);
    if (envelope == null || envelope.data == null) {
      throw new IOException(
          "expected {\"data\": {\"destinations\": [...]}} but the response has no \"data\" object");
    }
    return envelope.data;
  }

  /** Stigg's envelope; members other than {@code data} are dropped. */
  @JsonDeserialize(using = EnvelopeReader.class)
  static final class Envelope {
    DestinationList data;
  }

  /** Reads the envelope (its own builder: there is nothing to keep but {@code data}). */
  static final class EnvelopeReader extends ModelReader<Envelope, Envelope> {
    private static final long serialVersionUID = 1L;

    EnvelopeReader() {
      super(Envelope.class, 1);
      field(0, "data", DestinationList.class);
    }

    @Override
    protected Envelope newBuilder() {
      return new Envelope();
    }

    @Override
    protected void set(Envelope envelope, int index, Object value) {
      envelope.data = (DestinationList) value;
    }

    @Override
    protected void putOther(Envelope envelope, String name, JsonNode value) {}

    @Override
    protected Envelope build(Envelope envelope) {
      return envelope;
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
}
