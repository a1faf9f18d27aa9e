#!/usr/bin/env bash
# Factor file import end to end (JMH, single shot): 5,000 / 20,000 / 40,000 generated rows read,
# validated, checked for one unit and category per code, and inserted into a fresh draft release,
# in-process against a fresh embedded PostgreSQL. The time must grow linearly with the rows.
# Run from the project root:
#   backend/bench/factor-import.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'FactorImportBenchmark' -f 1 -wi 1 -i 3 "$@"
