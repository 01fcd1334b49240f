#!/usr/bin/env bash
# Time and heap of the streaming XLSX reader on a generated ledger. Usage:
# bench/excel-bench.sh [ROWS] [ROUNDS] [HEAP]; defaults 100000 rows, 3 rounds, -Xmx256m. See docs/formats.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rows="${1:-100000}"; rounds="${2:-3}"; heap="${3:-256m}"
# one reactor run, so that core's classes and test classes resolve from their target folders
mvn -B -q -pl office -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/office/target/test-classpath.txt"
java -Xmx"$heap" -cp "office/target/test-classes:office/target/classes:$(cat office/target/test-classpath.txt)" \
  org.jindu.read.excel.ExcelBenchmark "$rows" "$rounds"
