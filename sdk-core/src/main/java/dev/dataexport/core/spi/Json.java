package dev.dataexport.core.spi;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import dev.dataexport.core.Secret;
import java.io.IOException;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON configuration of the SDK: unknown properties never fail, {@code java.time} values
 * are ISO-8601 strings (epoch-millisecond numbers are read as instants), absent optionals and nulls
 * are left out of request bodies, {@link Secret} values are written only here, and the members of a
 * {@code @JsonUnwrapped} property are written after the object's named ones. Instants in the
 * canonical form {@code 2026-06-04T11:00:00Z} (with or without a fraction) are read by a parser of
 * its own, every other form by Jackson's; both give the same value.
 */
public final class Json {
  private static final ObjectMapper SHARED = build(false);

  private Json() {}

  /**
   * The shared mapper every SDK module reads and writes with. Thread-safe; never reconfigure it
   * (use {@link #newMapper()} for a mapper of your own).
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /** A new mapper with the SDK's configuration, free for the caller to change. */
  public static ObjectMapper newMapper() {
    return build(false);
  }

  /**
   * A mapper like {@link #mapper()} that writes every {@link Secret} as {@value Secret#MASK}; used
   * for logs.
   */
  public static ObjectMapper redactingMapper() {
    return Redacting.MAPPER;
  }

  /**
   * Built on first use (DEBUG logs, {@code toString()} of patches): most processes never need it.
   */
  private static final class Redacting {
    static final ObjectMapper MAPPER = build(true);
  }

  private static ObjectMapper build(boolean redactSecrets) {
    SimpleModule core = new SimpleModule("dataexport-core");
    core.addSerializer(Secret.class, new SecretSerializer(redactSecrets));
    core.addDeserializer(Secret.class, new SecretDeserializer());
    core.addDeserializer(Instant.class, new InstantReader());
    core.setSerializerModifier(new UnwrappedLast());
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(core)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
            .build();
    return mapper;
  }

  /**
   * Writes {@code @JsonUnwrapped} properties after the named ones, keeping each group's order.
   * Without it, a property that only a method declares (such as a block's choice fields) is placed
   * by the JVM's method order, which may differ from one run to the next: the same request would
   * not always be the same bytes.
   */
  private static final class UnwrappedLast extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> orderProperties(
        SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> named) {
      List<BeanPropertyWriter> unwrapped = null;
      for (BeanPropertyWriter property : named) {
        if (property.getAnnotation(JsonUnwrapped.class) != null) {
          unwrapped = unwrapped == null ? new ArrayList<>(1) : unwrapped;
          unwrapped.add(property);
        }
      }
      if (unwrapped == null) {
        return named;
      }
      List<BeanPropertyWriter> ordered = new ArrayList<>(named);
      ordered.removeAll(unwrapped);
      ordered.addAll(unwrapped);
      return ordered;
    }
  }

  /**
   * Reads an {@link Instant}: the canonical UTC form {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} (what every
   * vendor sends) straight from the parser's characters, everything else (offsets, lower case, leap
   * seconds, numbers, blanks, invalid dates and their errors) through Jackson's own {@code
   * InstantDeserializer}, as does a property with a {@code @JsonFormat}. Jackson's path makes a new
   * {@code DateTimeFormatter} for every value (JDK's {@code ISO_INSTANT} parser): it was about 40 %
   * of the CPU of a Prequel call with 12 model metrics. Thread-safe.
   */
  static final class InstantReader extends StdScalarDeserializer<Instant>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    InstantReader() {
      super(Instant.class);
    }

    /** A date-time, as Jackson's own deserializer says, for coercion settings by logical type. */
    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, BeanProperty property) throws JsonMappingException {
      JsonFormat.Value format = findFormatOverrides(context, property, Instant.class);
      return format == null || format.equals(JsonFormat.Value.empty())
          ? this
          : InstantDeserializer.INSTANT.createContextual(context, property);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        Instant canonical =
            canonical(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (canonical != null) {
          return canonical;
        }
      }
      return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /**
     * The instant {@code text[offset, offset + length)} names if it is exactly {@code
     * yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time (hour 0–23, second 0–59); null for
     * anything else, which Jackson's parser then reads (or refuses) as before.
     */
    static Instant canonical(char[] text, int offset, int length) {
      if (length < 20 || length > 30 || length == 21) {
        return null;
      }
      int end = offset + length;
      if (text[offset + 4] != '-'
          || text[offset + 7] != '-'
          || text[offset + 10] != 'T'
          || text[offset + 13] != ':'
          || text[offset + 16] != ':'
          || text[end - 1] != 'Z') {
        return null;
      }
      int year = digits(text, offset, 4);
      int month = digits(text, offset + 5, 2);
      int day = digits(text, offset + 8, 2);
      int hour = digits(text, offset + 11, 2);
      int minute = digits(text, offset + 14, 2);
      int second = digits(text, offset + 17, 2);
      if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) {
        return null;
      }
      if (minute < 0 || minute > 59 || second < 0 || second > 59) {
        return null;
      }
      boolean leap = Year.isLeap(year);
      Month monthOfYear = Month.of(month);
      if (day > monthOfYear.length(leap)) {
        return null;
      }
      int nanos = 0;
      if (length > 20) { // ".f…" before the Z: 1 to 9 digits
        if (text[offset + 19] != '.') {
          return null;
        }
        int fractionDigits = length - 21;
        int fraction = digits(text, offset + 20, fractionDigits);
        if (fraction < 0) {
          return null;
        }
        nanos = fraction;
        for (int i = fractionDigits; i < 9; i++) {
          nanos *= 10;
        }
      }
      long days = epochDay(year, monthOfYear.firstDayOfYear(leap) - 1 + day - 1);
      return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** {@code count} decimal digits at {@code at}, or -1 if one is not a digit. */
    private static int digits(char[] text, int at, int count) {
      int value = 0;
      for (int i = at; i < at + count; i++) {
        int digit = text[i] - '0';
        if (digit < 0 || digit > 9) {
          return -1;
        }
        value = value * 10 + digit;
      }
      return value;
    }

    /**
     * Days from 1970-01-01 to day {@code dayOfYear} (0-based) of {@code year}, proleptic Gregorian
     * calendar.
     */
    private static long epochDay(int year, int dayOfYear) {
      long y = year - 1L; // whole years before this one, counted from year 0001 (can be -1)
      long daysBeforeYear =
          365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400);
      return daysBeforeYear + dayOfYear - 719_162L; // 719,162 days from 0001-01-01 to 1970-01-01
    }
  }

  private static final class SecretSerializer extends JsonSerializer<Secret> {
    private final boolean redact;

    SecretSerializer(boolean redact) {
      this.redact = redact;
    }

    @Override
    public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (redact) {
        gen.writeString(Secret.MASK);
      } else {
        Redaction.record(value.reveal());
        gen.writeString(value.reveal());
      }
    }
  }

  private static final class SecretDeserializer extends JsonDeserializer<Secret> {
    @Override
    public Secret deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      return text == null || text.isEmpty() ? null : Secret.of(text);
    }
  }
}
