#!/usr/bin/env bash
# JMH benchmark of the factor lookup used by calculations (FactorTable.find on a release held in
# memory; target < 1 µs per lookup). Run from the project root: backend/bench/factor-lookup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main FactorLookupBenchmark -f 1 -wi 3 -i 5 "$@"
