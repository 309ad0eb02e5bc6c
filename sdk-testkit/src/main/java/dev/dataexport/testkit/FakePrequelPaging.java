package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Prequel's paging as {@link FakePrequel} serves it: {@code page_size} (default 10, 1..100), an
 * opaque {@code cursor}, and the envelope's top-level {@code has_next} and {@code next_url}. The
 * cursor names the last item served by its sequence number (not its position), so deleting items
 * between pages skips nothing; {@code next_url} is the request's own URL on the fake's base URL
 * with the filters kept and the cursor replaced.
 */
final class FakePrequelPaging {
  /** Prequel's default page size. */
  static final int DEFAULT_PAGE_SIZE = 10;

  /** Prequel's largest page size. */
  static final int MAX_PAGE_SIZE = 100;

  private static final String CURSOR_PREFIX = "fakeprequel:";

  /** One listed item: its sequence number (the paging order) and what it stands for. */
  record Row<T>(long seq, T item) {}

  private FakePrequelPaging() {}

  /**
   * The envelope of one page of {@code rows} (in paging order) under {@code data.<field>}, each
   * item written by {@code render}; only the served page is rendered.
   */
  static <T> ObjectNode page(
      String baseUrl,
      HttpUrl requestUrl,
      String field,
      List<Row<T>> rows,
      Function<T, JsonNode> render) {
    int size = pageSize(requestUrl.queryParameter("page_size"));
    long after = after(requestUrl.queryParameter("cursor"));
    ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("status", "success");
    ArrayNode items = envelope.putObject("data").putArray(field);
    long last = after;
    boolean more = false;
    for (Row<T> row : rows) {
      if (row.seq() <= after) {
        continue;
      }
      if (items.size() == size) {
        more = true; // one item past the page is enough to know another page follows
        break;
      }
      items.add(render.apply(row.item()));
      last = row.seq();
    }
    envelope.put("has_next", more);
    if (more) {
      envelope.put("next_url", nextUrl(baseUrl, requestUrl, size, last));
    } else {
      envelope.putNull("next_url");
    }
    return envelope.put("message", "Fetched " + items.size() + " " + field + ".");
  }

  private static int pageSize(String text) {
    if (text == null) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(text);
      if (size >= 1 && size <= MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw new FakePrequelError(
        400, "page_size must be an integer between 1 and " + MAX_PAGE_SIZE + ", was " + text);
  }

  private static long after(String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(CURSOR_PREFIX)) {
        return Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // not base64 or no number: falls through to the refusal
    }
    throw new FakePrequelError(400, "invalid cursor");
  }

  private static String nextUrl(String baseUrl, HttpUrl requestUrl, int size, long last) {
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString((CURSOR_PREFIX + last).getBytes(StandardCharsets.UTF_8));
    return HttpUrl.get(baseUrl)
        .newBuilder()
        .encodedPath(requestUrl.encodedPath())
        .encodedQuery(requestUrl.encodedQuery())
        .setQueryParameter("page_size", Integer.toString(size))
        .setQueryParameter("cursor", cursor)
        .build()
        .toString();
  }
}
