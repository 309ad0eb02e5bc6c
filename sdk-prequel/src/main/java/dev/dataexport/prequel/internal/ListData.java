package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.ModelReader;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.Transfer;
import java.util.List;

/**
 * The {@code data} of a list call: one page of items and, when Prequel puts them there rather than
 * beside {@code data}, {@code has_next} and {@code next_url}. Read by {@link ModelReader}, so a
 * {@code null} among the items is skipped by its one rule. Not part of the public API.
 *
 * @param <T> the item type
 */
public abstract class ListData<T> {
  List<T> items = List.of();
  Boolean hasNext;
  String nextUrl;

  ListData() {}

  /** The items of the page, in order, without nulls. */
  public final List<T> items() {
    return items;
  }

  /** {@code has_next} inside {@code data}, or null. */
  final Boolean hasNext() {
    return hasNext;
  }

  /** {@code next_url} inside {@code data}, or null. */
  final String nextUrl() {
    return nextUrl;
  }

  /** {@code data} of {@code GET /destinations}: {@code destinations[]}. */
  @JsonDeserialize(using = DestinationsReader.class)
  public static final class Destinations extends ListData<Destination> {
    Destinations() {}
  }

  /** {@code data} of the transfer lists: {@code transfers[]}. */
  @JsonDeserialize(using = TransfersReader.class)
  public static final class Transfers extends ListData<Transfer> {
    Transfers() {}
  }

  /** Reads the items member {@code member} and the paging members of one list's {@code data}. */
  abstract static class Reader<T, D extends ListData<T>> extends ModelReader<D, D> {
    private static final long serialVersionUID = 1L;

    Reader(Class<D> type, String member, Class<T> itemType) {
      super(type, 3);
      field(0, member, List.class, itemType);
      field(1, "has_next", Boolean.class);
      field(2, "next_url", String.class);
    }

    @Override
    @SuppressWarnings("unchecked") // field 0 was declared as a list of T
    protected void set(D data, int index, Object value) {
      switch (index) {
        case 0 -> data.items = value == null ? List.of() : List.copyOf((List<T>) value);
        case 1 -> data.hasNext = (Boolean) value;
        case 2 -> data.nextUrl = (String) value;
        default -> throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(D data, String name, JsonNode value) {
      // a list's data holds nothing else worth keeping: each item keeps its own unknown fields
    }

    @Override
    protected D build(D data) {
      return data;
    }
  }

  /** Reads {@link Destinations}. */
  static final class DestinationsReader extends Reader<Destination, Destinations> {
    private static final long serialVersionUID = 1L;

    DestinationsReader() {
      super(Destinations.class, "destinations", Destination.class);
    }

    @Override
    protected Destinations newBuilder() {
      return new Destinations();
    }
  }

  /** Reads {@link Transfers}. */
  static final class TransfersReader extends Reader<Transfer, Transfers> {
    private static final long serialVersionUID = 1L;

    TransfersReader() {
      super(Transfers.class, "transfers", Transfer.class);
    }

    @Override
    protected Transfers newBuilder() {
      return new Transfers();
    }
  }
}
