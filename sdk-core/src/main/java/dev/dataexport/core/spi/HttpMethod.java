package dev.dataexport.core.spi;

/** The HTTP methods the SDK sends. */
public enum HttpMethod {
  /** Read. */
  GET,
  /** Create. */
  POST,
  /** Partial update. */
  PATCH,
  /** Replace. */
  PUT,
  /** Delete. */
  DELETE
}
