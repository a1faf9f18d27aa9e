#!/usr/bin/env bash
# Declaration page and result page of a calculated declaration with 5,000 and 100,000 lines, over
# HTTP as the signed-in maker (JMH, single shot), in-process against a fresh embedded PostgreSQL.
# Targets (issue 17.14): under 1 s at 5,000 lines, under 2 s at 100,000. Run from the project root:
#   backend/bench/declaration-pages.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'DeclarationPagesBenchmark' -f 1 -wi 2 -i 5 "$@"
