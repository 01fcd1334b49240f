#!/usr/bin/env bash
# Whole-process speed and memory of the jindu command line, as a user runs it, against tabula-java's
# CLI, a PDFBox text-stripper floor and pdftotext, on 10-, 100- and 500-page PDFs and a 100-page
# DOCX built from the fixtures; then the cold start on the seed text and batch documents per second
# at 1 and 2 threads. Prints a Markdown table ready for docs/benchmarks.md. See that file.
#
# Usage: bench/speed-bench.sh            (about 5 minutes on an idle 2-core machine)
# Environment: REPEAT=3 runs per measurement (the median is shown), COLD=5 runs of the cold start,
#   BATCH_DOCS=200 documents per batch run, PAGES="10 100 500" the PDF sizes (multiples of 5),
#   PARTS="pdf docx cold batch" the parts to run (add "pages" for the pages of one PDF read one after
#   the other against pipelined, in alternating runs: PARTS=pages REPEAT=5), KEEP=1 keeps the working folder.
# Needs: JDK 17, Maven, GNU time (/usr/bin/time), pdfunite and pdftotext (poppler-utils); sqlite3
#   for the warm batch rate (optional).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
repeat="${REPEAT:-3}"
cold="${COLD:-5}"
batch_docs="${BATCH_DOCS:-200}"
sizes="${PAGES:-10 100 500}"
parts=" ${PARTS:-pdf docx cold batch} "
part() { [[ "$parts" == *" $1 "* ]]; }

for tool in /usr/bin/time pdfunite pdftotext mvn java; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "speed-bench: $tool is missing (apt-get install -y time poppler-utils maven)" >&2
        exit 1
    fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/jindu-speed.XXXXXX")"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "speed-bench: working folder $work" >&2; fi
log() { echo "speed-bench: $*" >&2; }

# --- build: the jindu jar through its launcher, the floor and the DOCX maker, tabula's classpath
log "building (jindu, bench, tabula's classpath) ..."
./jindu --version >/dev/null
if [ ! -f bench/target/benchmarks.jar ] \
        || [ -n "$(find bench/src bench/pom.xml -newer bench/target/benchmarks.jar -type f -print -quit)" ]; then
    mvn -B -q -Dstyle.color=never -pl bench -am package -DskipTests >&2
fi
mvn -B -q -Dstyle.color=never -f bench/tabula-cli/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/tabula.cp" >&2
tabula_cp="$(cat "$work/tabula.cp")"
bench_jar="bench/target/benchmarks.jar"

# --- documents: the landscape seed PDF (5 pages) joined 2, 20 and 100 times; the portrait seed
# DOCX's body repeated 21 times (LibreOffice lays that out on 100 pages); batch documents are seed
# PDFs, each with its own trailing comment
# (the batch skips identical bytes)
seed_pdf="testdata/pdf/seed-landscape-noto-zeropad.pdf"
seed_docx="testdata/word/seed-portrait.docx"
join_pdf() { # copies out
    local n="$1" out="$2" files=()
    for ((i = 0; i < n; i++)); do files+=("$seed_pdf"); done
    pdfunite "${files[@]}" "$out"
}
log "making the documents ..."
for pages in $sizes; do join_pdf $((pages / 5)) "$work/pdf-$pages.pdf"; done
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -cp "$bench_jar" org.jindu.bench.RepeatDocx "$seed_docx" 21 "$work/docx-100.docx"
mkdir -p "$work/batch"
seeds=(testdata/pdf/seed-*.pdf)
for ((i = 0; i < batch_docs; i++)); do
    { cat "${seeds[i % ${#seeds[@]}]}"; printf '\n%% speed-bench copy %d\n' "$i"; } > "$work/batch/doc-$i.pdf"
done

load() { cut -d' ' -f1-3 /proc/loadavg; }
load_start="$(load)"

# --- measuring: runs a command REPEAT times under GNU time; prints the medians "wall cpu rss_mb"
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
measure() { # runs command...
    local runs="$1"; shift
    local times="$work/times"; : > "$times"
    for ((r = 0; r < runs; r++)); do
        if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time1" "$@" >/dev/null 2>"$work/stderr"; then
            log "failed: $* (see below)"; cat "$work/stderr" >&2; exit 1
        fi
        tail -1 "$work/time1" >> "$times"
    done
    local wall cpu rss
    wall="$(awk '{print $1}' "$times" | median)"
    cpu="$(awk '{print $2 + $3}' "$times" | median)"
    rss="$(awk '{print $4 / 1024}' "$times" | median)"
    printf '%.2f %.2f %.0f\n' "$wall" "$cpu" "$rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

rows="$work/rows"; : > "$rows"
row() { # document tool "wall cpu rss" [vs-tabula vs-floor]
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" $3 "${4:--}" "${5:--}" >> "$rows"
}

part pdf || sizes=""
for pages in $sizes; do
    pdf="$work/pdf-$pages.pdf"
    log "$pages-page PDF ..."
    tabula="$(measure "$repeat" java -cp "$tabula_cp" technology.tabula.CommandLineApp --lattice --pages all "$pdf")"
    floor="$(measure "$repeat" java -cp "$bench_jar" org.jindu.bench.PdfTextFloor "$pdf")"
    poppler="$(measure "$repeat" pdftotext "$pdf" -)"
    extract="$(measure "$repeat" ./jindu extract "$pdf")"
    tables="$(measure "$repeat" ./jindu tables "$pdf")"
    tabula_cpu="$(echo "$tabula" | cut -d' ' -f2)"
    floor_cpu="$(echo "$floor" | cut -d' ' -f2)"
    for line in "jindu extract|$extract" "jindu tables|$tables" "tabula --lattice|$tabula" \
            "PDFBox text floor|$floor" "pdftotext|$poppler"; do
        tool="${line%%|*}"; m="${line#*|}"; cpu="$(echo "$m" | cut -d' ' -f2)"
        row "PDF, $pages pages" "$tool" "$m" "$(ratio "$cpu" "$tabula_cpu")" "$(ratio "$cpu" "$floor_cpu")"
    done
done

# --- pages: the same jindu extract with the PDF's pages read one after the other and through the
# pipeline (PdfReader's jindu.pdf.pages), run after run in turn so that the machine's load touches
# both alike
pages_rows="$work/pages_rows"; : > "$pages_rows"
part pages && page_sizes="${PAGES:-10 100 500}" || page_sizes=""
for pages in $page_sizes; do
    pdf="$work/pdf-$pages.pdf"
    [ -f "$pdf" ] || join_pdf $((pages / 5)) "$pdf"
    log "$pages-page PDF, pages sequential and pipelined ($repeat runs each, in turn) ..."
    : > "$work/times-sequential"; : > "$work/times-pipelined"
    for ((r = 0; r < repeat; r++)); do
        for way in sequential pipelined; do
            JINDU_JAVA_OPTS="-Djindu.pdf.pages=$way ${JINDU_JAVA_OPTS:-}" \
                /usr/bin/time -f '%e %U %S %M' -o "$work/time1" ./jindu extract "$pdf" >"$work/out-$way.json" \
                2>"$work/stderr" || { log "failed: $way extract of $pdf"; cat "$work/stderr" >&2; exit 1; }
            tail -1 "$work/time1" >> "$work/times-$way"
        done
        cmp -s "$work/out-sequential.json" "$work/out-pipelined.json" \
            || { log "the two ways gave different output on $pdf"; exit 1; }
    done
    # shellcheck disable=SC2046
    set -- $(for way in sequential pipelined; do
        awk '{print $1}' "$work/times-$way" | median
        awk '{print $2 + $3}' "$work/times-$way" | median
        awk '{print $4 / 1024}' "$work/times-$way" | median
    done)
    printf '| %s | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %s | %s |\n' "$pages" "$1" "$2" "$3" "$4" "$5" "$6" \
        "$(ratio "$4" "$1")" "$(ratio "$5" "$2")" >> "$pages_rows"
done

if part docx; then
    log "100-page DOCX ..."
    row "DOCX, 100 pages" "jindu extract" "$(measure "$repeat" ./jindu extract "$work/docx-100.docx")"
    row "DOCX, 100 pages" "jindu tables" "$(measure "$repeat" ./jindu tables "$work/docx-100.docx")"
fi

if part cold; then
    log "cold start on the seed text ($cold runs) ..."
    # not counted: the first extract of a text after a build also adds its classes to the class-data-sharing archive
    ./jindu extract testdata/seed/*.txt >/dev/null
    row "seed text" "jindu extract (cold start)" "$(measure "$cold" ./jindu extract testdata/seed/*.txt)"
fi

# --- batch: whole process, the batch's own count (after start-up), and the warm rate: the second
# half of the documents over the time between their writes (extracted_at, in milliseconds)
batch_rows="$work/batch_rows"; : > "$batch_rows"
part batch && threads_list="1 2" || threads_list=""
for threads in $threads_list; do
    log "batch of $batch_docs documents, $threads thread(s) ..."
    db="$work/batch-$threads.sqlite"
    rm -f "$db" "$db"-*
    /usr/bin/time -f '%e %U %S %M' -o "$work/time1" \
        ./jindu batch --threads "$threads" --db "$db" "$work/batch" >/dev/null 2>"$work/stderr" || {
        log "batch failed"; cat "$work/stderr" >&2; exit 1; }
    read -r wall user sys rss < <(tail -1 "$work/time1")
    own="$(grep -o '([0-9.]* documents/s' "$work/stderr" | tr -d '(' | cut -d' ' -f1)"
    busy="$(grep -o 'writer busy [0-9]* %' "$work/stderr" | cut -d' ' -f3-)"
    warm="-"
    if command -v sqlite3 >/dev/null 2>&1; then
        half=$((batch_docs / 2))
        warm="$(sqlite3 "$db" "SELECT printf('%.1f', (count(*) - 1) / ((julianday(max(extracted_at))
                - julianday(min(extracted_at))) * 86400.0)) FROM (SELECT extracted_at FROM documents
                ORDER BY extracted_at LIMIT -1 OFFSET $half)")"
    fi
    printf '| %s | %.2f | %.2f | %.0f | %.1f | %s | %s | %s |\n' "$threads" "$wall" "$(echo "$user + $sys" | bc -l)" \
        "$(echo "$rss / 1024" | bc -l)" "$(echo "$batch_docs / $wall" | bc -l)" "$own" "$warm" "${busy:--}" >> "$batch_rows"
done
load_end="$(load)"

# --- the summary
cpu_model="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
java_version="$(java -version 2>&1 | head -1)"
cat <<EOF

## Speed and memory, $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $cpu_model; $java_version; load average $load_start at the start,
$load_end at the end. Median of $repeat runs ($cold for the cold start); CPU is user + system.

| document | tool | wall s | CPU s | peak RSS MB | CPU / tabula | CPU / floor |
|---|---|---|---|---|---|---|
$(cat "$rows")

Batch of $batch_docs PDFs (the 8 seed PDFs, 41 pages, repeated; 5 pages each on average):

| threads | wall s | CPU s | peak RSS MB | documents/s (whole process) | documents/s (jindu's count) | documents/s (warm: second half) | writer busy |
|---|---|---|---|---|---|---|---|
$(cat "$batch_rows")
EOF
if [ -s "$pages_rows" ]; then
    cat <<EOF

\`jindu extract\` with the PDF's pages read one after the other and pipelined (median of $repeat runs each,
in turn; the outputs compared byte for byte):

| pages | sequential wall s | CPU s | peak RSS MB | pipelined wall s | CPU s | peak RSS MB | wall, pipelined / sequential | CPU, pipelined / sequential |
|---|---|---|---|---|---|---|---|---|
$(cat "$pages_rows")
EOF
fi
