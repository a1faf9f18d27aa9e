#!/usr/bin/env bash
# A 125,000-row activity-data workbook (about the probe's 17.9 MB) read by the activity-line
# importer in a JVM limited to 256 MB of heap: the XLSX is streamed (POI SAX), so it fits.
# Run from the project root: backend/bench/large-xlsx.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -Xmx256m -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/cp.txt)" \
  cn.batterycarbon.benchmarks.LargeWorkbookCheck "$@"
