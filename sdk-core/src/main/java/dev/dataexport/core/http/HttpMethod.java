package dev.dataexport.core.http;

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
