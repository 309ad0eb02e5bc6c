#!/usr/bin/env bash
# Builds the benchmarks and runs the whole set, SDK vs two hand-written baselines (plain: default
# new OkHttpClient() + default ObjectMapper with JavaTimeModule; configured: set up like the SDK):
# JMH (time, allocation and 8-thread throughput per call), caller CPU per call in fresh JVMs, cold
# start in fresh JVMs, then prints the table of SDK/plain and SDK/configured ratios with the targets.
#
#   benchmarks/run.sh                 # everything
#   benchmarks/run.sh --quick         # shorter JMH iterations, fewer CPU rounds and cold starts (noisier)
#   JMH_FILTER=UpdateCall benchmarks/run.sh   # only the JMH benchmarks matching a regex (CPU and cold start still run)
#   SKIP_BUILD=1 benchmarks/run.sh    # reuse benchmarks/target/benchmarks.jar
#   SKIP_CPU=1 / SKIP_COLD=1          # leave out the CPU-per-call or the cold-start step (and their table)
set -euo pipefail
cd "$(dirname "$0")/.."

jmh_opts=(-f 1 -wi 5 -i 8 -w 1s -r 1s)
# Throughput runs 8 threads on the cores the JIT needs too: a longer warm-up, or it measures the
# SDK's deeper call path while it is still being compiled (README "Throughput and warm-up").
throughput_opts=(-f 1 -wi 8 -i 5 -w 2s -r 2s)
cpu_opts=(10 2000 20000) # rounds, calls per round, warm-up calls (per vendor and variant)
cold_runs=7
if [[ "${1:-}" == "--quick" ]]; then
  jmh_opts=(-f 1 -wi 3 -i 4 -w 1s -r 1s)
  throughput_opts=(-f 1 -wi 5 -i 3 -w 2s -r 2s)
  cpu_opts=(5 1000 10000)
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

rm -f "$out/jmh-result.json" "$out/jmh-throughput.json"
filter="${JMH_FILTER:-.*}"
echo "== JMH ${jmh_opts[*]} -prof gc (all but throughput)"
java -jar "$jar" "$filter" -e 'ThroughputBenchmarks' "${jmh_opts[@]}" -prof gc -rf json \
  -rff "$out/jmh-result.json" > "$out/jmh-output.txt" 2>&1 || {
  grep -q 'No matching benchmarks' "$out/jmh-output.txt" || { tail -50 "$out/jmh-output.txt"; exit 1; }
}
echo "== JMH throughput ${throughput_opts[*]}"
# Exactly the throughput benchmarks the filter selects, each named in full (^name$), so that no
# other class has to be listed as an exclusion here.
throughput=$(java -jar "$jar" -l "$filter" | { grep -E '\.ThroughputBenchmarks\.' || true; } | sed 's/.*/^&$/' | paste -sd'|' -)
if [[ -n "$throughput" ]]; then
  java -jar "$jar" "$throughput" "${throughput_opts[@]}" \
    -rf json -rff "$out/jmh-throughput.json" >> "$out/jmh-output.txt" 2>&1 ||
    { tail -50 "$out/jmh-output.txt"; exit 1; }
fi
grep -E '^[A-Za-z]+Benchmarks\.[A-Za-z0-9]+(:gc\.alloc\.rate\.norm|:p0\.50)? ' "$out/jmh-output.txt" || true

rm -f "$out/cpu.json" "$out/coldstart.json" # no stale section in the table
if [[ -z "${SKIP_CPU:-}" ]]; then
  echo "== caller CPU per call (rounds, calls per round, warm-up calls: ${cpu_opts[*]})"
  java -cp "$jar" dev.dataexport.benchmarks.CpuPerCallRunner "$out/cpu.json" "${cpu_opts[@]}"
fi

if [[ -z "${SKIP_COLD:-}" ]]; then
  echo "== cold start ($cold_runs runs per variant)"
  java -cp "$jar" dev.dataexport.benchmarks.ColdStartRunner "$out/coldstart.json" "$cold_runs"
fi

echo "== SDK / plain and SDK / configured"
java -cp "$jar" dev.dataexport.benchmarks.ResultTable "$out/jmh-result.json,$out/jmh-throughput.json" "$out/coldstart.json" \
  "$out/cpu.json" | tee "$out/results.md"
