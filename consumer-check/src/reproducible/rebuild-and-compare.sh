#!/usr/bin/env bash
# Reproducible builds: builds the published modules a second time, into <module>/target/rebuild, and compares each
# jar (classes and sources) byte for byte with the one the main build made in <module>/target. Any difference fails.
# Usage: rebuild-and-compare.sh <repository root> [offline=true|offline=false]
set -euo pipefail
root=$(cd "$1" && pwd)
offline=${2:-offline=false}
modules=(sdk-core sdk-stigg sdk-launchdarkly sdk-prequel sdk-testkit)
list=$(IFS=,; echo "${modules[*]}")
args=(-B -q -f "$root/pom.xml" -pl "$list" package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true
  -Dcheckstyle.skip=true -Dspotless.check.skip=true -Denforcer.skip=true -Ddataexport.build.dir=target/rebuild)
if [ "$offline" = offline=true ]; then args=(-o "${args[@]}"); fi
"$root/mvnw" "${args[@]}"
status=0
compared=0
for module in "${modules[@]}"; do
  for first in "$root/$module/target/$module"-*.jar; do
    case "$first" in *-javadoc.jar) continue ;; esac
    second="$root/$module/target/rebuild/$(basename "$first")"
    compared=$((compared + 1))
    if cmp -s "$first" "$second"; then
      echo "reproducible: $module/$(basename "$first")"
    else
      echo "NOT REPRODUCIBLE: $first and $second differ" >&2
      status=1
    fi
  done
done
if [ "$compared" -lt "${#modules[@]}" ]; then
  echo "NOT CHECKED: only $compared jars found to compare" >&2
  status=1
fi
exit "$status"
