#!/usr/bin/env bash
# Scan benchmark: builds a synthetic tree (default 60,000 files, 3 % with trigger strings), then
# times `migrate scan` (with JAVA_OPTS and with the JVM's defaults) against `rg -F` with the same
# trigger strings and prints a table of wall time, peak memory and CPU seconds. HARNESS=1 adds the
# ScanBench harness (the same Scanner without the command line).
#
# usage: bench/run.sh            (env: FILES, PERCENT, RUNS, TREE, JAVA_OPTS, HARNESS=1)
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-60000}
PERCENT=${PERCENT:-3}
RUNS=${RUNS:-5}
OUT=bench/out
TREE=${TREE:-${TMPDIR:-/tmp}/claude-migrate-bench/tree-$FILES-$PERCENT}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m}
JAR=target/claude-migrate.jar
mkdir -p "$OUT"

if ! command -v rg >/dev/null; then
  echo "installing ripgrep" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y ripgrep >/dev/null; else sudo apt-get install -y ripgrep >/dev/null; fi
fi
[ -f "$JAR" ] || ./mvnw -B -ntp -q -DskipTests package
javac -nowarn -cp "$JAR" -d "$OUT" bench/ScanBench.java
[ -d "$TREE" ] || python3 bench/gen_tree.py "$TREE" "$FILES" "$PERCENT" >&2
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR:$OUT" ScanBench "$TREE" --print-triggers > "$OUT/triggers.txt"

declare -a NAMES CMDS
NAMES+=("rg -F (same $(wc -l < "$OUT/triggers.txt") triggers)")
CMDS+=("rg -F -f $OUT/triggers.txt -l $TREE")
if java -jar "$JAR" scan --help 2>/dev/null | grep -q -- "--format"; then
  # Not --output /dev/null: the report is written atomically (temp file + rename), which as root
  # would replace the /dev/null device with a regular file.
  NAMES+=("migrate scan, JAVA_OPTS")
  CMDS+=("java $JAVA_OPTS -jar $JAR scan $TREE --format json --output $OUT/scan.json")
  NAMES+=("migrate scan, default JVM")
  CMDS+=("java -jar $JAR scan $TREE --format json --output $OUT/scan.json")
fi
if [ "${HARNESS:-0}" = 1 ] || ! java -jar "$JAR" scan --help 2>/dev/null | grep -q -- "--format"; then
  NAMES+=("Scanner (bench harness)")
  CMDS+=("java $JAVA_OPTS -cp $JAR:$OUT ScanBench $TREE")
fi

echo "tree: $TREE ($(find "$TREE" -type f | wc -l) files, $(du -sh --apparent-size "$TREE" | cut -f1)); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JAVA_OPTS: $JAVA_OPTS"
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR:$OUT" ScanBench "$TREE"

wall() { # mean wall seconds of a command over RUNS runs, after one warm-up
  if command -v hyperfine >/dev/null; then
    hyperfine -N -i --warmup 1 --runs "$RUNS" --export-json "$OUT/h.json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f ± %.2f" % (r["mean"], r["stddev"]))' "$OUT/h.json"
  else
    bash -c "$1" >/dev/null 2>&1 || true
    local total=0 t
    for _ in $(seq "$RUNS"); do
      t=$( { /usr/bin/time -f %e bash -c "$1 >/dev/null 2>&1 || true"; } 2>&1 | tail -1)
      total=$(python3 -c "print($total + $t)")
    done
    python3 -c "print('%.2f' % ($total / $RUNS))"
  fi
}
rss_cpu() { # peak resident memory in MB and CPU seconds (user + system) of one run
  { /usr/bin/time -f "%M %U %S" bash -c "$1 >/dev/null 2>&1 || true"; } 2>&1 | tail -1 | awk '{printf "%.0f | %.2f", $1 / 1024, $2 + $3}'
}

printf '\n| %-36s | %-14s | %s | %s |\n|%s|%s|%s|%s|\n' "command" "wall s (mean)" "peak RSS MB" "CPU s" "--------------------------------------" "----------------" "-------------" "-------"
for i in "${!CMDS[@]}"; do
  printf '| %-36s | %-14s | %s |\n' "${NAMES[$i]}" "$(wall "${CMDS[$i]}")" "$(rss_cpu "${CMDS[$i]}")"
done
