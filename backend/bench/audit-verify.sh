#!/usr/bin/env bash
# Audit chain verification (JMH, single shot, one core): 1,000,000 chained entries with a signed
# checkpoint every 10,000, verified by the plain-Java ChainVerifier. Target: under 10 s.
# Run from the project root:
#   backend/bench/audit-verify.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'AuditChainVerificationBenchmark' -f 1 -wi 1 -i 3 "$@"
