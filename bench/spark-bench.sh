#!/usr/bin/env bash
# Documents per second of the Spark job (local[1] and local[2]) against `jindu batch --threads 2` on the
# same 200 mixed documents: text, DOCX and PDF made from testdata/, each copy's bytes made distinct so
# that no run skips one as seen before. Usage: bench/spark-bench.sh [DOCUMENTS]. See docs/spark.md.
# Not a test: it takes minutes, and its numbers depend on the machine and its load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
n="${1:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# JINDU_JAR and JOB_JAR name jars built before (copies, to build again while this runs); else both are built
if [ -z "${JINDU_JAR:-}" ] || [ -z "${JOB_JAR:-}" ]; then
    mvn -B -q -pl cli,spark -am package -DskipTests
fi
jindu_jar="${JINDU_JAR:-cli/target/jindu.jar}"
job_jar="${JOB_JAR:-$(ls spark/target/jindu-spark-*-job.jar)}"
spark_cp="$(cat spark/runtime/target/spark.classpath)"
opts="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)"

# 200 documents: the seed text, the DOCX and the PDF fixtures in turn. A text copy gets a line of its
# own at the end, a PDF copy a comment after %%EOF, a DOCX copy a ZIP comment: each file
# reads as its original does, with other bytes.
python3 - "$work/docs" "$n" <<'PY'
import os, shutil, sys, zipfile
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
sources = (["testdata/seed/000_4744e66be9c0f129.txt"]
           + sorted("testdata/word/" + f for f in os.listdir("testdata/word") if f.endswith(".docx"))
           + sorted("testdata/pdf/" + f for f in os.listdir("testdata/pdf") if f.endswith(".pdf")))
for i in range(n):
    src = sources[i % len(sources)]
    dst = os.path.join(out, "%03d-%s" % (i, os.path.basename(src)))
    shutil.copyfile(src, dst)
    if src.endswith(".txt"):
        with open(dst, "a", encoding="utf-8") as f:
            f.write("\n- %d -\n" % i)
    elif src.endswith(".pdf"):
        with open(dst, "ab") as f:
            f.write(b"\n%% copy %d\n" % i)
    else:
        with zipfile.ZipFile(dst, "a") as z:
            z.comment = b"copy %d" % i
PY
echo "documents: $(ls "$work/docs" | wc -l) ($(du -sh "$work/docs" | cut -f1)); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() { date +%s.%N; }
report() { # name, start, end
    awk -v name="$1" -v s="$2" -v e="$3" -v n="$n" \
        'BEGIN { printf "%-22s %6.1f s wall   %5.2f documents/s\n", name, e - s, n / (e - s) }'
}

s=$(seconds)
java -jar "$jindu_jar" batch --quiet --threads 2 --db "$work/batch.sqlite" "$work/docs" >/dev/null || true
report "jindu batch --threads 2" "$s" "$(seconds)"

for master in 'local[1]' 'local[2]'; do
    s=$(seconds)
    # shellcheck disable=SC2086
    java -Xmx2g $opts -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit --master "$master" \
        --conf spark.ui.enabled=false --class org.jindu.spark.ExtractJob "$job_jar" \
        --input "$work/docs" --output "$work/out-$master" 2>"$work/spark-$master.log" | sed 's/^/  /'
    report "spark $master" "$s" "$(seconds)"
    echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
