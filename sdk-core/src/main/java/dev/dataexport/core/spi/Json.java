package dev.dataexport.core.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dataexport.core.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON configuration of the SDK: unknown properties never fail, {@code java.time} values
 * are ISO-8601 strings (epoch-millisecond numbers are read as instants), absent optionals and nulls
 * are left out of request bodies, {@link Secret} values are written only here, and the members of a
 * {@code @JsonUnwrapped} property are written after the object's named ones.
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
