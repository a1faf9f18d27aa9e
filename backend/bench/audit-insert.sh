#!/usr/bin/env bash
# Audit entry insert overhead (JMH, sample time, 16 threads): a small business write in its own
# transaction with and without an audit entry appended to the chain, in-process against a fresh,
# durable embedded PostgreSQL. Target: the entry adds under 1 ms at the 95th percentile (compare
# the two p0.95 lines). Run from the project root:
#   backend/bench/audit-insert.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true -pl backend -am test-compile -DskipTests
./mvnw -q -B -pl backend dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# This worktree's migrations, seeds and templates only: the db/frontend-templates snapshots in
# ~/.m2 (installed from other branches) are left out, else Flyway would also run their migrations.
deps=$(tr ':' '\n' < backend/target/cp.txt | grep -v '/cn/batterycarbon/' | paste -sd: -)
java -cp "backend/target/test-classes:backend/target/classes:db/target/classes:frontend-templates/target/classes:$deps" \
  org.openjdk.jmh.Main 'AuditInsertBenchmark' "$@"
