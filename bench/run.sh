#!/usr/bin/env bash
# Scan benchmark: builds a synthetic tree (default 100,000 files, 3 % with trigger strings), then
# times `migrate scan` as users run it (target/dist/bin/migrate: the launcher's JVM flags and its
# class-data archive) against `rg -F` with the same trigger strings. The commands take turns, run
# after run, and the tree is read into the page cache right before each measured run (idle cache
# is evicted here after about a minute). Prints the median wall time, the ratio to ripgrep, CPU
# seconds and peak memory of each. HARNESS=1 adds the ScanBench harness (the Scanner alone).
#
# usage: bench/run.sh            (env: FILES, PERCENT, RUNS, TREE, JAVA_OPTS, HARNESS=1, JAVA25_HOME)
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-100000}
PERCENT=${PERCENT:-3}
RUNS=${RUNS:-7}
OUT=bench/out
TREE=${TREE:-${TMPDIR:-/tmp}/claude-migrate-bench/tree-$FILES-$PERCENT}
JAR=target/claude-migrate.jar
MIGRATE=target/dist/bin/migrate
mkdir -p "$OUT"

if ! command -v rg >/dev/null; then
  echo "installing ripgrep" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y ripgrep >/dev/null; else sudo apt-get install -y ripgrep >/dev/null; fi
fi
[ -x "$MIGRATE" ] || ./mvnw -B -ntp -q -DskipTests package
javac -nowarn -cp "$JAR" -d "$OUT" bench/ScanBench.java
[ -d "$TREE" ] || python3 bench/gen_tree.py "$TREE" "$FILES" "$PERCENT" >&2
java -cp "$JAR:$OUT" ScanBench "$TREE" --print-triggers > "$OUT/triggers.txt"
# The launcher's archive is written by the first run of a command; later runs use it.
"$MIGRATE" scan "$TREE" --format json --output "$OUT/scan.json" >/dev/null 2>&1 || true

# Not --output /dev/null: the report is written atomically (temp file + rename), which as root
# would replace the /dev/null device with a regular file.
declare -a NAMES CMDS
NAMES+=("rg -F ($(wc -l < "$OUT/triggers.txt") triggers)")
CMDS+=("rg -F -f $OUT/triggers.txt -l $TREE")
NAMES+=("bin/migrate scan")
CMDS+=("$MIGRATE scan $TREE --format json --output $OUT/scan.json")
NAMES+=("bin/migrate, MIGRATE_CDS=0")
CMDS+=("env MIGRATE_CDS=0 $MIGRATE scan $TREE --format json --output $OUT/scan.json")
NAMES+=("java -jar, JVM defaults")
CMDS+=("java -jar $JAR scan $TREE --format json --output $OUT/scan.json")
if [ -n "${JAVA_OPTS:-}" ]; then
  NAMES+=("java \$JAVA_OPTS -jar")
  CMDS+=("java $JAVA_OPTS -jar $JAR scan $TREE --format json --output $OUT/scan.json")
fi
# JAVA25_HOME=/path/to/jdk-25: also the launcher on Java 25, which keeps an AOT cache.
if [ -n "${JAVA25_HOME:-}" ]; then
  NAMES+=("bin/migrate scan, Java 25 (AOT cache)")
  CMDS+=("env JAVA_HOME=$JAVA25_HOME $MIGRATE scan $TREE --format json --output $OUT/scan.json")
  # Its first run records and writes the cache; later runs use it.
  JAVA_HOME=$JAVA25_HOME "$MIGRATE" scan "$TREE" --format json --output "$OUT/scan.json" >/dev/null 2>&1 || true
fi
if [ "${HARNESS:-0}" = 1 ]; then
  NAMES+=("Scanner (bench harness)")
  CMDS+=("java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp $JAR:$OUT ScanBench $TREE")
fi

echo "tree: $TREE ($(find "$TREE" -type f | wc -l) files, $(du -sh --apparent-size "$TREE" | cut -f1)); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"

warm() { find "$TREE" -type f -print0 | xargs -0 cat > /dev/null; }
: > "$OUT/times.tsv"
for run in $(seq "$RUNS"); do
  for i in "${!CMDS[@]}"; do
    warm
    # wall, user, system seconds and peak resident KB of this one run
    t=$( { /usr/bin/time -f "%e %U %S %M" bash -c "${CMDS[$i]} >/dev/null 2>&1 || true"; } 2>&1 | tail -1)
    printf '%s\t%s\t%s\n' "$i" "$run" "$t" >> "$OUT/times.tsv"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT/times.tsv" "${NAMES[@]}" <<'PY'
import random, statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines()]
names = sys.argv[2:]
by = {}
for i, run, t in rows:
    wall, user, sys_, kb = t.split()
    by.setdefault(int(i), []).append((float(wall), float(user) + float(sys_), int(kb)))
rg = statistics.median(w for w, _, _ in by[0])
# "x rg": the ratio of the medians; "x rg, per run": the median of each run's ratio to the rg run
# just before it (the commands take turns, so a busy minute weighs on both), with a 95 % interval
# for that median from 2,000 resamples of the runs (seeded: the same times give the same table).
def interval(ratios):
    rnd = random.Random(1)
    meds = sorted(statistics.median(rnd.choices(ratios, k=len(ratios))) for _ in range(2000))
    return meds[int(0.025 * len(meds))], meds[int(0.975 * len(meds)) - 1]

print("| command | wall s (median) | wall s (min-max) | x rg (median) | x rg, per run (95 % interval) | CPU s (median) | peak RSS MB |")
print("|---|---|---|---|---|---|---|")
for i, name in enumerate(names):
    walls = [w for w, _, _ in by[i]]
    med = statistics.median(walls)
    ratios = [w / r for (w, _, _), (r, _, _) in zip(by[i], by[0])]
    low, high = interval(ratios)
    print("| %s | %.2f | %.2f-%.2f | %.2f | %.2f (%.2f-%.2f) | %.2f | %.0f |" % (
        name, med, min(walls), max(walls), med / rg, statistics.median(ratios), low, high,
        statistics.median(c for _, c, _ in by[i]), max(k for _, _, k in by[i]) / 1024))
PY
