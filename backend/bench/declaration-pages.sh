#!/usr/bin/env bash
# Declaration page and result page of a calculated declaration with 5,000 and 100,000 lines, over
# HTTP as the signed-in maker (JMH, single shot), in-process against a fresh embedded PostgreSQL.
# Targets (issue 17.14): under 1 s at 5,000 lines, under 2 s at 100,000. Run from the project root:
#   backend/bench/declaration-pages.sh            (WARMUPS=2 ITERATIONS=5 by default)
#   WARMUPS=10 backend/bench/declaration-pages.sh -p lines=5000
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# The project's own modules come from target/classes only (a jar of another branch in ~/.m2 would
# bring its migrations along).
DEPS=$(tr ':' '\n' < backend/target/cp.txt | grep -v '/cn/batterycarbon/' | paste -sd: -)
java ${JAVA_OPTS:-} -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$DEPS" \
  org.openjdk.jmh.Main 'DeclarationPagesBenchmark' -f 1 -wi "${WARMUPS:-2}" -i "${ITERATIONS:-5}" "$@"
