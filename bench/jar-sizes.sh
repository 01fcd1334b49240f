#!/usr/bin/env bash
# What an embedder downloads: each library module's jar with its runtime dependencies, and the CLI
# jar and its OCR add-on (built by this script, tests skipped). The README quotes these numbers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q package -DskipTests -Dspotbugs.skip=true dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt \
  -pl core,pdf,office,hanlp,all,cli -am >/dev/null
size() { du -b "$@" 2>/dev/null | awk '{s+=$1} END {printf "%.1f MB", s/1048576}'; }
own() { ls "$1"/target/jindu-"$1"-*.jar 2>/dev/null | grep -v -e tests -e sources -e addon | head -1; }
deps() { tr ':' '\n' < "$1/target/runtime-classpath.txt" | grep '\.jar$' | grep -v '/jindu-core/' || true; }
core_deps=$(deps core)
printf '%-32s %s\n' "jindu-core alone, with its deps" "$(size $(own core) $core_deps)"
for m in office pdf hanlp; do
  printf '%-32s %s\n' "jindu-core + jindu-$m" "$(size $(own core) $(own $m) $(deps $m | sort -u))"
done
printf '%-32s %s\n' "jindu-all, with every dep" "$(size $(own core) $(for m in pdf office hanlp ofd html all; do own $m; done) $(deps all | sort -u))"
printf '%-32s %s\n' "cli/target/jindu.jar" "$(size cli/target/jindu.jar)"
printf '%-32s %s\n' "cli/target/jindu-ocr.jar (add-on)" "$(size cli/target/jindu-ocr.jar)"
