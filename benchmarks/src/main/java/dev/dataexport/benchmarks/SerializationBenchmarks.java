package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.BaselineHttp;
import dev.dataexport.benchmarks.baseline.LaunchDarklyBaseline;
import dev.dataexport.benchmarks.baseline.PrequelBaseline;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.JsonPatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and writing request bodies without HTTP: the largest Prequel update of the set (the
 * iceberg update with 200 models) and a 50-operation JSON Patch, each through the SDK's builders
 * and mapper and by hand: the Prequel update with both baseline mappers (plain: a default {@code
 * ObjectMapper} with {@code JavaTimeModule}; configured: like the SDK's), the patch with the
 * configured one. Setup checks that every side writes the same bytes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class SerializationBenchmarks {
  private final List<String> models = Fixtures.models(200);
  private final PrequelBaseline prequelPlain = prequel(BaselineHttp.plain());
  private final PrequelBaseline prequelConfigured = prequel(BaselineHttp.configured());
  private final LaunchDarklyBaseline launchDarklyConfigured =
      new LaunchDarklyBaseline(
          BaselineHttp.configured(), Fixtures.NO_SERVER, Fixtures.API_KEY, Fixtures.APP_NAME);

  /** Checks that all sides write identical bodies. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    same("prequel update (plain)", prequelUpdateSdk(), prequelUpdatePlain());
    same("prequel update (configured)", prequelUpdateSdk(), prequelUpdateConfigured());
    same("json patch", jsonPatch50Sdk(), jsonPatch50Configured());
  }

  private static void same(String what, byte[] sdk, byte[] baseline) {
    if (!Arrays.equals(sdk, baseline)) {
      throw new IllegalStateException(
          what
              + ": SDK and baseline write different bodies:\n"
              + new String(sdk, java.nio.charset.StandardCharsets.UTF_8)
              + "\n"
              + new String(baseline, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The Prequel update through the SDK's builders and mapper (the body the pipeline writes). */
  @Benchmark
  public byte[] prequelUpdateSdk() throws IOException {
    return Json.mapper()
        .writeValueAsBytes(
            dev.dataexport.prequel.internal.PrequelJson.updateBody(SdkCalls.prequelUpdate(models)));
  }

  /** The Prequel update by hand, plain baseline mapper. */
  @Benchmark
  public byte[] prequelUpdatePlain() throws IOException {
    return prequelPlain.write(PrequelBaseline.update(models));
  }

  /** The Prequel update by hand, configured baseline mapper. */
  @Benchmark
  public byte[] prequelUpdateConfigured() throws IOException {
    return prequelConfigured.write(PrequelBaseline.update(models));
  }

  /** A 50-operation JSON Patch through the SDK's builder and mapper. */
  @Benchmark
  public byte[] jsonPatch50Sdk() throws IOException {
    JsonPatch.Builder patch = JsonPatch.builder().test("/version", 3);
    for (int i = 0; i < 49; i++) {
      if (i % 2 == 0) {
        patch.replace("/config/field" + i, "value-" + i);
      } else {
        patch.add("/config/flag" + i, i % 3 == 0);
      }
    }
    return Json.mapper().writeValueAsBytes(patch.build());
  }

  /** The same patch by hand, configured baseline mapper. */
  @Benchmark
  public byte[] jsonPatch50Configured() throws IOException {
    List<LaunchDarklyBaseline.PatchOp> patch = new ArrayList<>(50);
    patch.add(new LaunchDarklyBaseline.PatchOp("test", "/version", 3));
    for (int i = 0; i < 49; i++) {
      if (i % 2 == 0) {
        patch.add(new LaunchDarklyBaseline.PatchOp("replace", "/config/field" + i, "value-" + i));
      } else {
        patch.add(new LaunchDarklyBaseline.PatchOp("add", "/config/flag" + i, i % 3 == 0));
      }
    }
    return launchDarklyConfigured.write(patch);
  }

  private static PrequelBaseline prequel(BaselineHttp http) {
    return new PrequelBaseline(http, Fixtures.NO_SERVER, Fixtures.API_KEY, Fixtures.APP_NAME);
  }
}
