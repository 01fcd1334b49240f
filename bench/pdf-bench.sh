#!/usr/bin/env bash
# Pages per second of jindu extract on the PDF fixtures against tabula-java's lattice extraction of
# the same files in the same run. Usage: bench/pdf-bench.sh [WARMUP_ROUNDS] [ROUNDS] [FILE.pdf...]
# Defaults: 5 warm-up rounds, 10 measured rounds, every testdata/pdf/seed-*.pdf. See docs/pdf.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
warmup="${1:-5}"; rounds="${2:-10}"; shift $(( $# >= 2 ? 2 : $# )) || true
if [ $# -eq 0 ]; then set -- testdata/pdf/seed-*.pdf; fi
# one reactor run, so that jindu-core resolves to its target/classes without mvn install
mvn -B -q -pl pdf -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/pdf/target/test-classpath.txt" >/dev/null
java -Xmx512m -cp "pdf/target/test-classes:pdf/target/classes:$(cat pdf/target/test-classpath.txt)" \
  org.jindu.read.pdf.PdfBenchmark "$warmup" "$rounds" "$@"
