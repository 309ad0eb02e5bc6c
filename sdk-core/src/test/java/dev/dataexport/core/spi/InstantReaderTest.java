package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK's instant reader gives exactly what Jackson's {@code InstantDeserializer} gives (value or
 * failure) for every input: its own parser for the canonical form, Jackson's for the rest.
 */
class InstantReaderTest {
  /** Jackson's own reading, configured like the SDK's mapper for instants. */
  private static final ObjectMapper JACKSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  /** What reading {@code json} as an instant gives: the value, or the failure's type. */
  private static Object read(ObjectMapper mapper, String json) {
    try {
      return mapper.readValue(json, Instant.class);
    } catch (Exception e) {
      return e.getClass();
    }
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  @Test
  void randomCanonicalInstantsOfEveryFractionLengthReadTheSameAndTakeTheFastPath() {
    Random random = new Random(20261203L);
    long first = -62_167_219_200L; // 0000-01-01T00:00:00Z
    long range = 253_402_300_800L - first; // to 9999-12-31T23:59:59Z
    for (int i = 0; i < 20_000; i++) {
      LocalDateTime time =
          LocalDateTime.ofEpochSecond(
              first + Math.floorMod(random.nextLong(), range), 0, ZoneOffset.UTC);
      int digits = random.nextInt(10);
      String fraction =
          digits == 0
              ? ""
              : "." + String.format("%09d", random.nextInt(1_000_000_000)).substring(0, digits);
      String text =
          String.format(
                  "%04d-%02d-%02dT%02d:%02d:%02d",
                  time.getYear(),
                  time.getMonthValue(),
                  time.getDayOfMonth(),
                  time.getHour(),
                  time.getMinute(),
                  time.getSecond())
              + fraction
              + "Z";

      assertThat(read(Json.mapper(), quoted(text))).as(text).isEqualTo(read(JACKSON, quoted(text)));
      assertThat(Json.InstantReader.canonical(text.toCharArray(), 0, text.length()))
          .as(text)
          .isEqualTo(Instant.parse(text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2024-02-29T00:00:00Z\"",
        "\"2023-02-29T00:00:00Z\"",
        "\"1900-02-29T00:00:00Z\"",
        "\"2000-02-29T00:00:00Z\"",
        "\"2026-13-01T00:00:00Z\"",
        "\"2026-00-10T00:00:00Z\"",
        "\"2026-06-00T00:00:00Z\"",
        "\"2026-06-31T00:00:00Z\"",
        "\"2026-04-30T00:00:00Z\"",
        "\"2026-06-04T24:00:00Z\"",
        "\"2026-06-04T23:60:00Z\"",
        "\"2026-06-04T23:59:60Z\"",
        "\"2026-06-04T11:00:00z\"",
        "\"2026-06-04t11:00:00Z\"",
        "\"2026-06-04T11:00:00+00:00\"",
        "\"2026-06-04T11:00:00+02:00\"",
        "\"2026-06-04T11:00:00-05:30\"",
        "\"2026-06-04T11:00Z\"",
        "\"2026-06-04T11:00:00.Z\"",
        "\"2026-06-04T11:00:00.1234567891Z\"",
        "\"2026-06-04T11:00:00,5Z\"",
        "\" 2026-06-04T11:00:00Z \"",
        "\"2026-06-04 11:00:00Z\"",
        "\"2026/06/04T11:00:00Z\"",
        "\"2026-06-04T11:0a:00Z\"",
        "\"2026-06-04T11:00:00.5x\"",
        "\"2026-06-04T11:00:00.-5Z\"",
        "\"abcd-ef-ghTij:kl:mnZ\"",
        "\"0000-01-01T00:00:00Z\"",
        "\"0000-02-29T00:00:00Z\"",
        "\"9999-12-31T23:59:59.999999999Z\"",
        "\"+10000-01-01T00:00:00Z\"",
        "\"-0001-01-01T00:00:00Z\"",
        "\"1970-01-01T00:00:00Z\"",
        "\"1969-12-31T23:59:59.999Z\"",
        "\"\"",
        "\"   \"",
        "\"1700000000\"",
        "\"1700000000.5\"",
        "1700000000000",
        "1700000000.25",
        "null",
        "true",
        "[\"2026-06-04T11:00:00Z\"]",
        "{}"
      })
  void everyOtherFormReadsAsJacksonReadsIt(String json) {
    assertThat(read(Json.mapper(), json)).isEqualTo(read(JACKSON, json));
  }

  /** A property with its own format. */
  static final class Formatted {
    @JsonProperty("at")
    @JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC")
    Instant at;
  }

  @Test
  void aPropertyWithItsOwnFormatIsReadByJackson() throws Exception {
    String json = "{\"at\":\"2026-06-04 11:30\"}";

    assertThat(Json.mapper().readValue(json, Formatted.class).at)
        .isEqualTo(JACKSON.readValue(json, Formatted.class).at)
        .isEqualTo(Instant.parse("2026-06-04T11:30:00Z"));
  }

  @Test
  void itNamesTheSameLogicalTypeAsJacksonsDeserializer() {
    assertThat(new Json.InstantReader().logicalType())
        .isEqualTo(InstantDeserializer.INSTANT.logicalType());
  }

  @Test
  void theCanonicalParserReadsOnlyItsSliceOfTheBuffer() {
    char[] buffer = "xx\"2026-06-04T11:00:00.25Z\"yy".toCharArray();

    assertThat(Json.InstantReader.canonical(buffer, 3, 23))
        .isEqualTo(Instant.parse("2026-06-04T11:00:00.25Z"));
    assertThat(Json.InstantReader.canonical(buffer, 3, 22)).isNull();
  }
}
