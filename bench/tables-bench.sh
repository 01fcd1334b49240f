#!/usr/bin/env bash
# Cell-adjacency precision, recall and F1 (ICDAR 2013) of `jindu tables` and of tabula-java 1.0.5's
# lattice and stream modes (stream on the whole page, and on the areas tabula guesses) on the same
# table fixtures, in one run. Each bench/tables-truth/NAME.json
# names a fixture and holds its tables as written by reading the PDF; add one to add a fixture.
# Usage: bench/tables-bench.sh [NAME...]   (default: every truth file). See docs/benchmarks.md.
# Needs Maven (tabula and its dependencies are resolved into the local repository; never at test time)
# and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

mvn -B -q -Dstyle.color=never -f bench/tabula/pom.xml dependency:build-classpath -Dmdep.outputFile="$out/tabula-cp.txt" >/dev/null
tabula() { java -cp "$(cat "$out/tabula-cp.txt")" technology.tabula.CommandLineApp "$@" 2>/dev/null; }

if [ $# -eq 0 ]; then
  set -- $(cd bench/tables-truth && ls *.json | sed 's/\.json$//')
fi
mkdir -p "$out/truth" "$out/jindu" "$out/tabula-lattice" "$out/tabula-stream" "$out/tabula-stream-guess"
for name in "$@"; do
  cp "bench/tables-truth/$name.json" "$out/truth/"
  pdf="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["file"])' "bench/tables-truth/$name.json")"
  ./jindu tables --format json "$pdf" > "$out/jindu/$name.json" 2>/dev/null || true
  tabula -l -p all -f JSON "$pdf" > "$out/tabula-lattice/$name.json" || true
  tabula -t -p all -f JSON "$pdf" > "$out/tabula-stream/$name.json" || true
  # stream mode on the table areas tabula's own detection guesses (-g), as its web app does
  tabula -t -g -p all -f JSON "$pdf" > "$out/tabula-stream-guess/$name.json" || true
done
python3 bench/tables-score.py "$out/truth" "$out" jindu tabula-lattice tabula-stream tabula-stream-guess
