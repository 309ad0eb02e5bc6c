package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.BaselineHttp;
import dev.dataexport.benchmarks.baseline.PrequelBaseline;
import dev.dataexport.benchmarks.baseline.StiggBaseline;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.ResponseDecoder.RawResponse;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.internal.PrequelJson;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.internal.StiggJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding large responses without HTTP, with the decoder each SDK client uses and by hand: a Stigg
 * list of 1,000 destinations and a Prequel destination whose last transfer has 200 model metrics.
 * The hand-written side uses the configured baseline's mapper.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ParsingBenchmarks {
  private final byte[] stiggList = Fixtures.stiggList(1000).getBytes(StandardCharsets.UTF_8);
  private final byte[] prequelDestination =
      Fixtures.prequelDestination(200).getBytes(StandardCharsets.UTF_8);
  private final ResponseDecoder<DestinationList> stiggDecoder = StiggJson.DESTINATION_LIST;
  private final ResponseDecoder<Destination> prequelDecoder = PrequelJson.DESTINATION;
  private final BaselineHttp configured = BaselineHttp.configured();
  private final StiggBaseline stiggConfigured =
      new StiggBaseline(configured, Fixtures.NO_SERVER, Fixtures.API_KEY, Fixtures.APP_NAME);
  private final PrequelBaseline prequelConfigured = prequel(configured);

  /** Stigg's list through the SDK's decoder. */
  @Benchmark
  public DestinationList stiggList1000Sdk() throws IOException {
    return stiggDecoder.decode(new RawResponse(200, ResponseHeaders.empty(), stiggList, null));
  }

  /** Stigg's list by hand (configured baseline mapper). */
  @Benchmark
  public StiggBaseline.Data stiggList1000Configured() throws IOException {
    return stiggConfigured.parse(stiggList);
  }

  /** Prequel's destination through the SDK's decoder. */
  @Benchmark
  public Destination prequelMetrics200Sdk() throws IOException {
    return prequelDecoder.decode(
        new RawResponse(200, ResponseHeaders.empty(), prequelDestination, null));
  }

  /** Prequel's destination by hand (configured baseline mapper). */
  @Benchmark
  public PrequelBaseline.Destination prequelMetrics200Configured() throws IOException {
    return prequelConfigured.parse(prequelDestination);
  }

  private static PrequelBaseline prequel(BaselineHttp http) {
    return new PrequelBaseline(http, Fixtures.NO_SERVER, Fixtures.API_KEY, Fixtures.APP_NAME);
  }
}
