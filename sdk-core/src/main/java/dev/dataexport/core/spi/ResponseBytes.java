package dev.dataexport.core.spi;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A successful response's body, read whole into okio's pooled segments. JSON is parsed straight
 * from the segments (no copy of the body); a {@code byte[]} is made only when someone asks for one
 * (DEBUG logs, error snippets, decoders that want bytes). {@link #release()} returns the segments
 * to okio's pool. One thread at a time.
 */
final class ResponseBytes {
  private static final long CHUNK = 8192;

  private final Buffer buffer;
  private byte[] bytes;
  private boolean released;

  private ResponseBytes(Buffer buffer) {
    this.buffer = buffer;
  }

  /**
   * Reads all of {@code body} (null for none); segments move from the connection's buffer, they are
   * not copied.
   */
  static ResponseBytes read(ResponseBody body, long limit) throws IOException {
    Buffer buffer = new Buffer();
    if (body != null) {
      long declared = body.contentLength();
      if (declared > limit) {
        throw TooLarge.declared(declared, limit);
      }
      BufferedSource source = body.source();
      // Read segment by segment so that a body past the limit costs at most one segment more.
      while (source.read(buffer, CHUNK) != -1) {
        if (buffer.size() > limit) {
          buffer.clear();
          throw TooLarge.streamed(limit);
        }
      }
    }
    return new ResponseBytes(buffer);
  }

  /** The body is larger than the client's {@code maxResponseBytes}. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private TooLarge(String what, long limit) {
      super(
          what
              + ", more than the client's maxResponseBytes ("
              + limit
              + "); the rest was not read");
    }

    /** The {@code Content-Length} alone is over the limit: nothing was read. */
    static TooLarge declared(long declared, long limit) {
      return new TooLarge("the response declares " + declared + " bytes", limit);
    }

    /** The body grew past the limit while it was read. */
    static TooLarge streamed(long limit) {
      return new TooLarge("the response body is larger than " + limit + " bytes", limit);
    }
  }

  /** Wraps bytes already in memory. */
  static ResponseBytes of(byte[] bytes) {
    ResponseBytes wrapped = new ResponseBytes(new Buffer());
    wrapped.bytes = bytes;
    return wrapped;
  }

  /** The body as an array, made on first use. */
  byte[] bytes() {
    if (bytes == null) {
      if (released) {
        throw new IllegalStateException(
            "the response body is only available while the response is decoded");
      }
      bytes = buffer.readByteArray();
    }
    return bytes;
  }

  /** Parses the body with {@code reader} without copying it. */
  <T> T readJson(ObjectReader reader) throws IOException {
    long size = buffer.size();
    // An empty body has no segment for the cursor to point at: it is read as the empty array.
    if (bytes != null || released || size == 0) {
      return reader.readValue(bytes());
    }
    try (Buffer.UnsafeCursor cursor = buffer.readUnsafe()) {
      if (cursor.seek(0) == size) {
        return reader.readValue(cursor.data, cursor.start, (int) size);
      }
      return reader.readValue(new SegmentStream(cursor, size)); // larger than one segment
    }
  }

  /**
   * Returns the segments to okio's pool; the body is gone unless {@link #bytes()} was called
   * before.
   */
  void release() {
    released = true;
    buffer.clear();
  }

  /** Reads the buffer's segments in order through a cursor, leaving the buffer as it is. */
  private static final class SegmentStream extends InputStream {
    private final Buffer.UnsafeCursor cursor;
    private final long size;
    private long offset;

    SegmentStream(Buffer.UnsafeCursor cursor, long size) {
      this.cursor = cursor;
      this.size = size;
    }

    @Override
    public int read() {
      if (offset >= size) {
        return -1;
      }
      cursor.seek(offset++);
      return cursor.data[cursor.start] & 0xff;
    }

    @Override
    public int read(byte[] target, int off, int len) {
      if (offset >= size) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      cursor.seek(offset);
      int n = Math.min(len, cursor.end - cursor.start);
      System.arraycopy(cursor.data, cursor.start, target, off, n);
      offset += n;
      return n;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, size - offset);
    }
  }
}
