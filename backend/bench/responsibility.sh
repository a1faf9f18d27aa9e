#!/usr/bin/env bash
# Benchmarks of the responsibility allocation core (run from the project root):
#  - JMH: depth 3 on the 2020 153-sector table (db/seed/responsibility) and full convergence
#    on a synthetic 8,000-sector table with 5 % density;
#  - numpy: the same 8,000-sector system solved densely (LU), printed as a ratio to the JMH figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=backend/target/responsibility-bench
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="backend/target/test-classes:backend/target/classes:$(cat backend/target/cp.txt)"
mkdir -p "$OUT"
java -cp "$CP" cn.batterycarbon.benchmarks.SyntheticSystemExport "$OUT"
java -cp "$CP" org.openjdk.jmh.Main ResponsibilityAllocationBenchmark -f 1 -wi 3 -i 5 \
  -rf json -rff "$OUT/jmh.json"
python3 backend/bench/responsibility_dense.py "$OUT" "$OUT/jmh.json"
