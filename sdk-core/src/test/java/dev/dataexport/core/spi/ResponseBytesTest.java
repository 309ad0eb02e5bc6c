package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * Bodies are parsed in place, whether they fit one okio segment or span several, and stay readable
 * as bytes.
 */
class ResponseBytesTest {
  private static final ObjectReader TREE = Json.mapper().readerFor(JsonNode.class);

  private static String json(int items) {
    StringBuilder text = new StringBuilder("{\"items\":[");
    for (int i = 0; i < items; i++) {
      text.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(i)
          .append(",\"name\":\"item-")
          .append(i)
          .append("\"}");
    }
    return text.append("]}").toString();
  }

  private static ResponseBytes read(String text) throws Exception {
    return ResponseBytes.read(
        ResponseBody.create(text, MediaType.get("application/json")), Long.MAX_VALUE);
  }

  @Test
  void smallAndMultiSegmentBodiesParseLikeTheirBytes() throws Exception {
    for (int items : new int[] {1, 3000}) { // about 40 B and 90 KB: one segment, then a dozen
      String text = json(items);
      ResponseBytes bytes = read(text);

      JsonNode parsed = bytes.readJson(TREE);

      assertThat(parsed).isEqualTo(Json.mapper().readTree(text));
      assertThat(parsed.get("items")).hasSize(items);
      assertThat(new String(bytes.bytes(), StandardCharsets.UTF_8))
          .as("still whole after parsing")
          .isEqualTo(text);
      assertThat((JsonNode) bytes.readJson(TREE))
          .as("parsed again from the array")
          .isEqualTo(parsed);
    }
  }

  @Test
  void anEmptyBodyFailsLikeJacksonDoesAndAReleasedBodyIsGone() throws Exception {
    ResponseBytes empty = read("");
    assertThatThrownBy(() -> empty.readJson(TREE))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("No content");
    assertThat(empty.bytes()).isEmpty();

    ResponseBytes released = read("{}");
    released.release();
    assertThatThrownBy(released::bytes).isInstanceOf(IllegalStateException.class);
    assertThat(ResponseBytes.read(null, Long.MAX_VALUE).bytes()).isEmpty();
  }
}
