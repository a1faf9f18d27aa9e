#!/usr/bin/env bash
# Signed certificates per second on one core (JMH, one thread): bilingual certificate PDF with the
# embedded CJK font subset and QR code, signed PAdES with RSA-2048, ECDSA P-256 and SM2/SM3.
# Target: at least 50 per second. Run from the project root:
#   backend/bench/certificate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# JMH_JVM_OPTS: e.g. -Djmh.ignoreLock=true when another project's JMH run holds /tmp/jmh.lock
# shellcheck disable=SC2086
java ${JMH_JVM_OPTS:-} -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$(cat backend/target/cp.txt)" \
  org.openjdk.jmh.Main 'CertificateSigningBenchmark' -f 1 -wi 3 -i 5 "$@"
