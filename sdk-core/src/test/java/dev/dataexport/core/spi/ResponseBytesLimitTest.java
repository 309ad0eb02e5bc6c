package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/** The read bound: exact at the limit, and a larger body costs at most one segment past it. */
class ResponseBytesLimitTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectReader TREE = Json.mapper().readerFor(JsonNode.class);

  /** A body of {@code size} bytes whose length is not declared (as with chunked encoding). */
  private static ResponseBody undeclared(long size) {
    Buffer buffer = new Buffer();
    for (long i = 0; i < size; i++) {
      buffer.writeByte('x');
    }
    return ResponseBody.create(buffer, JSON, -1);
  }

  /** An endless body that counts what was taken from it. */
  private static final class Endless implements Source {
    long served;

    @Override
    public long read(Buffer sink, long byteCount) {
      long n = Math.min(byteCount, 1000);
      for (long i = 0; i < n; i++) {
        sink.writeByte('x');
      }
      served += n;
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() throws Exception {
    assertThat(ResponseBytes.read(undeclared(100), 100).bytes()).hasSize(100);
    assertThat(ResponseBytes.read(ResponseBody.create(new byte[100], JSON), 100).bytes())
        .hasSize(100);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
    Endless endless = new Endless();
    BufferedSource source = Okio.buffer(endless);
    ResponseBody body = ResponseBody.create(source, JSON, 101);

    assertThatThrownBy(() -> ResponseBytes.read(body, 100))
        .isInstanceOf(ResponseBytes.TooLarge.class)
        .hasMessage(
            "the response declares 101 bytes, more than the client's maxResponseBytes (100);"
                + " the rest was not read");
    assertThat(endless.served).isZero();
  }

  @Test
  void anUndeclaredBodyOverTheLimitFailsAfterAtMostOneSegmentMore() throws Exception {
    assertThatThrownBy(() -> ResponseBytes.read(undeclared(101), 100))
        .isInstanceOf(ResponseBytes.TooLarge.class)
        .hasMessage(
            "the response body is larger than 100 bytes, more than the client's maxResponseBytes"
                + " (100); the rest was not read");

    Endless endless = new Endless();
    ResponseBody body = ResponseBody.create(Okio.buffer(endless), JSON, -1);
    assertThatThrownBy(() -> ResponseBytes.read(body, 50_000))
        .isInstanceOf(ResponseBytes.TooLarge.class);
    assertThat(endless.served).isGreaterThan(50_000).isLessThanOrEqualTo(50_000 + 8192 + 8192);
  }

  @Test
  void bytesInMemoryParseAndStayAfterRelease() throws Exception {
    ResponseBytes wrapped = ResponseBytes.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(wrapped.<JsonNode>readJson(TREE).get("a").asInt()).isEqualTo(1);

    ResponseBytes read = ResponseBytes.read(ResponseBody.create("{\"b\":2}", JSON), 100);
    byte[] bytes = read.bytes();
    read.release();
    assertThat(read.bytes()).isSameAs(bytes);
    assertThat(read.<JsonNode>readJson(TREE).get("b").asInt()).isEqualTo(2);
  }

  @Test
  void aReleasedBodyCannotBeParsed() throws Exception {
    ResponseBytes read = ResponseBytes.read(ResponseBody.create("{\"b\":2}", JSON), 100);
    read.release();
    assertThatThrownBy(() -> read.readJson(TREE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the response body is only available while the response is decoded");
  }

  @Test
  void anEmptyBodyParsesLikeJacksonParsesNoContentNeverAsNull() throws Exception {
    ResponseBytes empty = ResponseBytes.read(ResponseBody.create("", JSON), 100);
    Object[] parsed = new Object[1];
    Throwable thrown = catchThrowable(() -> parsed[0] = empty.readJson(TREE));
    Throwable jackson = catchThrowable(() -> TREE.readValue(new byte[0]));
    if (jackson == null) {
      assertThat(parsed[0]).isNotNull().isEqualTo(TREE.readValue(new byte[0]));
    } else {
      assertThat(thrown).isInstanceOf(jackson.getClass());
    }
  }

  /**
   * Reads a body larger than one segment through the stream the parser gets, byte by byte, with
   * {@code available()} and empty reads, the way other stream users do.
   */
  @Test
  void theStreamOverSeveralSegmentsReadsEveryByteInOrder() throws Exception {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < 4000; i++) {
      text.append(i == 0 ? "" : ",").append(i);
    }
    String json = text.append(']').toString();
    assertThat(json.length()).isGreaterThan(2 * 8192);
    long[] available = new long[2];
    int[] emptyRead = new int[2];
    InputDecorator byteByByte =
        new InputDecorator() {
          private static final long serialVersionUID = 1L;

          @Override
          public InputStream decorate(IOContext context, InputStream in) throws IOException {
            available[0] = in.available();
            emptyRead[0] = in.read(new byte[4], 0, 0);
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1; ) {
              copy.write(b);
            }
            available[1] = in.available();
            emptyRead[1] = in.read(new byte[4], 0, 4);
            return new ByteArrayInputStream(copy.toByteArray());
          }

          @Override
          public InputStream decorate(IOContext context, byte[] src, int offset, int length) {
            return null;
          }

          @Override
          public Reader decorate(IOContext context, Reader reader) {
            return reader;
          }
        };
    ObjectReader reader =
        new ObjectMapper(JsonFactory.builder().inputDecorator(byteByByte).build())
            .readerFor(JsonNode.class);

    JsonNode parsed = ResponseBytes.read(ResponseBody.create(json, JSON), 1 << 20).readJson(reader);

    assertThat(parsed).isEqualTo(Json.mapper().readTree(json));
    assertThat(available).containsExactly(json.length(), 0);
    assertThat(emptyRead).containsExactly(0, -1);
  }

  @Test
  void parsingLeavesTheBodyWhole() throws Exception {
    ResponseBytes read = ResponseBytes.read(ResponseBody.create("[1,2,3]", JSON), 100);
    assertThat(read.<JsonNode>readJson(TREE)).hasSize(3);
    assertThat(new String(read.bytes(), StandardCharsets.UTF_8)).isEqualTo("[1,2,3]");
  }
}
