#!/usr/bin/env bash
# Builds the benchmarks and runs the whole set: JMH (time and allocation per call, SDK vs hand-written baseline),
# cold start in fresh JVMs, then prints the table of SDK/baseline ratios. About 7 minutes on 2 cores.
#
#   benchmarks/run.sh                 # everything
#   benchmarks/run.sh --quick         # shorter JMH iterations and fewer cold starts (about 3 minutes; noisier)
#   JMH_FILTER=UpdateCall benchmarks/run.sh   # only the benchmarks matching a regex (cold start still runs)
#   SKIP_BUILD=1 benchmarks/run.sh    # reuse benchmarks/target/benchmarks.jar
set -euo pipefail
cd "$(dirname "$0")/.."

jmh_opts=(-f 1 -wi 5 -i 8 -w 1s -r 1s)
cold_runs=7
if [[ "${1:-}" == "--quick" ]]; then
  jmh_opts=(-f 1 -wi 3 -i 4 -w 1s -r 1s)
  cold_runs=3
fi
out=benchmarks/target
jar=$out/benchmarks.jar

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "== building (tests, Javadoc and Checkstyle skipped)"
  ./mvnw -q -B -pl benchmarks -am package -DskipTests -Dcheckstyle.skip -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"

echo "== JMH ${jmh_opts[*]} -prof gc"
java -jar "$jar" "${JMH_FILTER:-.*}" "${jmh_opts[@]}" -prof gc -rf json -rff "$out/jmh-result.json" \
  > "$out/jmh-output.txt" 2>&1 || { tail -50 "$out/jmh-output.txt"; exit 1; }
grep -E '^[A-Za-z]+Benchmarks\.[A-Za-z0-9]+(:gc\.alloc\.rate\.norm|:p0\.50)? ' "$out/jmh-output.txt" || true

echo "== cold start ($cold_runs runs per variant)"
java -cp "$jar" dev.dataexport.benchmarks.ColdStartRunner "$out/coldstart.json" "$cold_runs"

echo "== SDK / baseline"
java -cp "$jar" dev.dataexport.benchmarks.ResultTable "$out/jmh-result.json" "$out/coldstart.json" \
  | tee "$out/results.md"
