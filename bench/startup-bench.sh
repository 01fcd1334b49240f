#!/usr/bin/env bash
# Start-up cost of the command line, whole process: runs `java OPTIONS -jar cli/target/jindu.jar ARGS`
# for each set of JVM options in turn, round after round (so that a busy machine weighs on each set
# alike), and prints per set the median CPU time (user + system), wall time and peak RSS.
#
#   bench/startup-bench.sh [-n ROUNDS] [-- ARGS...]      default: 7 rounds of `extract` on the seed text
#   JINDU_BENCH_SETS='default|-XX:TieredStopAtLevel=1' bench/startup-bench.sh
#   JINDU_BENCH_SETS='@old/jindu.jar default|default' bench/startup-bench.sh    # another jar against this one
#
# Sets are separated by '|'; "default" means no options; a set starting with @FILE runs that jar
# instead of cli/target/jindu.jar. Needs GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/jindu.jar"
rounds=7
if [ "${1:-}" = "-n" ]; then rounds="$2"; shift 2; fi
if [ "${1:-}" = "--" ]; then shift; fi
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(extract "$root/testdata/seed/000_4744e66be9c0f129.txt")
[ -f "$jar" ] || { echo "build the jar first: ./jindu --version" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
IFS='|' read -r -a sets <<< "${JINDU_BENCH_SETS:-default|-XX:TieredStopAtLevel=1|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for ((r = 0; r < rounds; r++)); do
    for i in "${!sets[@]}"; do
        opts="${sets[$i]}"
        run_jar="$jar"
        case "$opts" in @*) run_jar="${opts%% *}"; run_jar="${run_jar#@}"; opts="${opts#* }" ;; esac
        [ "$opts" = default ] && opts=""
        # shellcheck disable=SC2086
        /usr/bin/time -f "%U %S %e %M" -a -o "$out/$i" java $opts -jar "$run_jar" "${args[@]}" >/dev/null 2>"$out/err"
    done
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "$(date -u +%Y-%m-%d\ %H:%M) UTC, $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds: ${args[*]##*/}"
printf '%-70s %8s %8s %8s\n' "JVM options" "CPU s" "wall s" "RSS MB"
for i in "${!sets[@]}"; do
    cpu=$(awk '{print $1 + $2}' "$out/$i" | median)
    wall=$(awk '{print $3}' "$out/$i" | median)
    rss=$(awk '{print $4 / 1024}' "$out/$i" | median)
    printf '%-70s %8.2f %8.2f %8.0f\n' "${sets[$i]}" "$cpu" "$wall" "$rss"
done
