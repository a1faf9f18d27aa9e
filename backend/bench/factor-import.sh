#!/usr/bin/env bash
# Factor file import end to end (JMH, single shot): 5,000 / 20,000 / 40,000 generated rows read,
# validated, checked for one unit and category per code, and inserted into a fresh draft release,
# in-process against a fresh embedded PostgreSQL. The time must grow linearly with the rows.
# Run from the project root:
#   backend/bench/factor-import.sh
# Fewer runs on a busy machine (JMH refuses a repeated -wi/-i, so they are set here):
#   WARMUPS=1 ITERATIONS=2 backend/bench/factor-import.sh -jvmArgsAppend -Dserver.port=18192
# Another JMH run on the machine holds /tmp/jmh.lock; to run anyway: JAVA_OPTS=-Djmh.ignoreLock=true
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# The project's own modules come from target/classes only: a db jar installed in ~/.m2 from another
# branch brings its migrations along and Flyway would run them on the fresh database.
DEPS=$(tr ':' '\n' < backend/target/cp.txt | grep -v '/cn/batterycarbon/' | paste -sd: -)
java ${JAVA_OPTS:-} -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$DEPS" \
  org.openjdk.jmh.Main 'FactorImportBenchmark' -f 1 -wi "${WARMUPS:-1}" -i "${ITERATIONS:-3}" "$@"
