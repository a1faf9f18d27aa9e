#!/usr/bin/env bash
# Footprint core throughput (JMH): lines per second on one core with factors in memory, and Monte
# Carlo iterations per second. Run from the project root: backend/bench/footprint.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'FootprintCalculatorBenchmark' -f 1 -wi 3 -i 5 "$@"
