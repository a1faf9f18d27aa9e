#!/usr/bin/env bash
# Checking a stateless calculation request whose every line is invalid (JMH): must be linear in the
# number of lines (5,000 and 20,000 lines, the API's maximum). Run from the project root:
#   backend/bench/calculation-validation.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'CalculationValidationBenchmark' -f 1 -wi 2 -i 3 "$@"
