#!/usr/bin/env bash
# The fleet benchmark of issue 16 (FleetBenchmark): the fleet operation against each vendor's fake with a
# 50 requests/s limit and 2,000 destinations (successful changes per second, share of 429 answers, changes lost
# or doubled by the fake's own count), then 100,000 destinations in a 64 MB heap with the fake in a JVM of its
# own. Exits non-zero when a target is missed. About 4 minutes on 2 cores.
#
#   benchmarks/fleet.sh                    # build, then everything
#   SKIP_BUILD=1 benchmarks/fleet.sh       # reuse benchmarks/target/benchmarks.jar
#   DESTINATIONS=500 LIMIT=20 HEAP_DESTINATIONS=10000 benchmarks/fleet.sh   # smaller, quicker
set -euo pipefail
cd "$(dirname "$0")/.."

out=benchmarks/target
jar=$out/benchmarks.jar
destinations=${DESTINATIONS:-2000}
limit=${LIMIT:-50}
heap_destinations=${HEAP_DESTINATIONS:-100000}
heap_vendor=${HEAP_VENDOR:-prequel}

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "== building (tests, Javadoc and Checkstyle skipped)"
  ./mvnw -q -B -pl benchmarks -am package -DskipTests -Dcheckstyle.skip -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
status=0

echo "== $destinations destinations per vendor against a $limit requests/s limit (progress on stderr)"
java -cp "$jar" dev.dataexport.benchmarks.FleetBenchmark rate all "$destinations" "$limit" \
  | tee "$out/fleet-rate.txt" || status=1

echo "== $heap_destinations destinations ($heap_vendor) in a 64 MB heap, no limit"
java -Xmx64m -cp "$jar" dev.dataexport.benchmarks.FleetBenchmark heap "$heap_vendor" "$heap_destinations" \
  2> "$out/fleet-heap-progress.txt" | tee "$out/fleet-heap.txt" || status=1

exit $status
