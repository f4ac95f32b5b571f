#!/usr/bin/env bash
# Builds the benchmarks and runs them; prints JMH's table. Figures to publish are ratios against
# the in-run baseline (see README), because shared machines are noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests -pl benchmarks -am package
java -jar benchmarks/target/benchmarks.jar -rf text -rff benchmarks/target/results.txt "$@"
