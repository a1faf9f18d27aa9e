#!/usr/bin/env bash
# Activity-data upload end to end (JMH, single shot): a generated 100,000-line CSV read, validated
# and written with PostgreSQL COPY through DeclarationService.upload, in-process against a fresh
# embedded PostgreSQL. Target: under 5 s per upload. Run from the project root:
#   backend/bench/declaration-upload.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# This worktree's migrations, seeds and templates first (not whatever snapshot is in ~/.m2).
java -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'DeclarationUploadBenchmark' -f 1 -wi 3 -i 5 "$@"
