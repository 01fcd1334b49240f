#!/usr/bin/env bash
# The smallest heap (-Xmx) in which `jindu extract` reads PDFs of 10, 100, 500 and 1,000 pages (the
# landscape seed PDF joined 2 to 200 times), trying each size of a ladder in turn; prints a Markdown
# table for docs/benchmarks.md. A heap so small that the run exceeds jindu's time budget (300 s, the
# collector running all the time) counts as too small. Usage: bench/heap-bench.sh   (PAGES="10 100" for fewer sizes,
# HEAPS="24 32 ..." for another ladder in MB). Needs: JDK 17, Maven, pdfunite (poppler-utils), GNU time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes="${PAGES:-10 100 500 1000}"
heaps="${HEAPS:-32 48 64 96 128 192 256 384 512}"
for tool in /usr/bin/time pdfunite java; do
    command -v "$tool" >/dev/null 2>&1 || { echo "heap-bench: $tool is missing" >&2; exit 1; }
done
work="$(mktemp -d "${TMPDIR:-/tmp}/jindu-heap.XXXXXX")"
trap 'rm -rf "$work"' EXIT
./jindu --version >/dev/null   # builds cli/target/jindu.jar when it is stale
seed_pdf="testdata/pdf/seed-landscape-noto-zeropad.pdf"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=""
for pages in $sizes; do
    files=()
    for ((i = 0; i < pages / 5; i++)); do files+=("$seed_pdf"); done
    pdfunite "${files[@]}" "$work/pdf-$pages.pdf"
    mb="$(du -m "$work/pdf-$pages.pdf" | cut -f1)"
    found="more than ${heaps##* }"
    result="-"
    for heap in $heaps; do
        echo "heap-bench: $pages pages with -Xmx${heap}m ..." >&2
        if /usr/bin/time -f '%e %U %S %M' -o "$work/time" java -Xmx"${heap}m" -jar cli/target/jindu.jar \
                extract "$work/pdf-$pages.pdf" >/dev/null 2>"$work/stderr"; then
            found="$heap"
            result="$(awk '{printf "%.1f s wall, %.1f s CPU, %.0f MB peak RSS", $1, $2 + $3, $4 / 1024}' "$work/time")"
            break
        fi
        # out of memory, or so short of it that the collector ate the time budget: too small either way
        grep -q 'memory\|time budget' "$work/stderr" || { echo "heap-bench: failed otherwise:" >&2; cat "$work/stderr" >&2; exit 1; }
    done
    rows+="| $pages | $mb | $found | $result |"$'\n'
done
cat <<EOF

## Smallest heap, $(date -u +%Y-%m-%d)

$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(java -version 2>&1 | head -1);
load average $load_start at the start. Heaps tried: $heaps MB.

| pages | file MB | smallest -Xmx (MB) | that run |
|---|---|---|---|
$rows
EOF
