package dev.dataexport.stigg;

import dev.dataexport.core.spi.ResponseDecoder;

/**
 * Benchmark access to the decoder the Stigg client uses (package-private in sdk-stigg; this class
 * shares the package on the benchmarks' class path only), so parsing is measured exactly as the
 * pipeline runs it.
 */
public final class StiggDecoding {
  private StiggDecoding() {}

  /** The update response decoder. */
  public static ResponseDecoder<DestinationList> listDecoder() {
    return ListResponse.DECODER;
  }
}
