#!/usr/bin/env bash
# The seed's cold start for two builds of jindu.jar side by side: each jar in a folder of its own with a
# static CDS archive of the classes its own `extract` of the text loads (an archive matches its jar's
# path), then ROUNDS rounds, each running both jars in alternating order, with the launcher's settings
# for extract (C1 only, the serial collector). Prints per jar the median and mean CPU (user + system of
# the whole process), the rounds in which it was the lower, the JIT's CPU (-XX:+CITime) and the classes
# not taken from the archive. docs/benchmarks.md, "The seed's cold start", part F.
#
#   bench/cold-pair.sh OLD.jar NEW.jar [ROUNDS] [TEXT]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OLD.jar NEW.jar [ROUNDS] [TEXT]" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${3:-41}"
text="${4:-$(ls "$root"/testdata/seed/*.txt | head -1)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable)

names=(a b)
i=0
for jar in "$1" "$2"; do
    dir="$work/${names[$i]}"
    mkdir -p "$dir"
    cp "$jar" "$dir/jindu.jar"
    java "${flags[@]}" -XX:DumpLoadedClassList="$dir/classes" -jar "$dir/jindu.jar" extract "$text" >/dev/null 2>&1 || true
    java -Xshare:dump -XX:SharedClassListFile="$dir/classes" -XX:SharedArchiveFile="$dir/j.jsa" -Xlog:disable \
        -cp "$dir/jindu.jar" >/dev/null 2>&1
    i=$((i + 1))
done

run() { # prints user+sys of one run
    local dir="$work/$1"
    /usr/bin/time -f '%U %S' -o "$work/time" java "${flags[@]}" -XX:SharedArchiveFile="$dir/j.jsa" \
        -jar "$dir/jindu.jar" extract "$text" >/dev/null 2>/dev/null
    awk '{printf "%.2f\n", $1 + $2}' "$work/time"
}
for ((r = 0; r < rounds; r++)); do
    if ((r % 2 == 0)); then a="$(run a)"; b="$(run b)"; else b="$(run b)"; a="$(run a)"; fi
    echo "$a $b" >> "$work/rounds"
done

stats() { # column of the rounds file
    awk -v c="$1" '{print $c}' "$work/rounds" | sort -n | awk '{v[NR] = $1; s += $1}
        END {printf "median %.2f s, mean %.3f s", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), s / NR}'
}
extra() { # the JIT's CPU and the classes loaded from outside the archive, one run
    local dir="$work/$1"
    local ci classes
    ci="$(java "${flags[@]}" -XX:SharedArchiveFile="$dir/j.jsa" -XX:+CITime -jar "$dir/jindu.jar" extract "$text" 2>/dev/null \
        | awk '/Total compilation time/ {t = $5} /Total compiled methods/ {m = $5} END {print t " s, " m " methods"}')"
    classes="$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$dir/j.jsa" -Xlog:disable \
        -Xlog:class+load=info:stdout -jar "$dir/jindu.jar" extract "$text" 2>/dev/null \
        | awk '/\[class,load\]/ {n++; if ($0 !~ /shared objects file/) o++} END {print o + 0 " of " n + 0}')"
    echo "JIT ${ci:-?}, classes not from the archive: $classes"
}
echo "$rounds rounds, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "OLD $1: $(stats 1), lower in $(awk '$1 < $2' "$work/rounds" | wc -l) rounds; $(extra a)"
echo "NEW $2: $(stats 2), lower in $(awk '$2 < $1' "$work/rounds" | wc -l) rounds; $(extra b)"
