#!/usr/bin/env bash
# Seconds per page and peak heap of reading a scanned PDF by OCR: the clean scan fixture repeated to
# PAGES pages (default 50), read in one JVM under a 1 GB heap after a warm-up document.
# Usage: bench/ocr-bench.sh [PAGES] [FILE.pdf]. See docs/ocr.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
pages="${1:-50}"; file="${2:-testdata/scan/seed-landscape-wqy-scan-clean.pdf}"
# the last module built (ocr) writes the class path file last
mvn -B -q -pl ocr -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/ocr/target/test-classpath.txt" >/dev/null
java -Xmx1g -cp "ocr/target/test-classes:ocr/target/classes:$(cat ocr/target/test-classpath.txt)" \
  org.jindu.ocr.OcrBenchmark "$pages" "$file"
