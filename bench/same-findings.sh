#!/usr/bin/env bash
# Checks that a change leaves the scan's findings byte-identical: runs `scan --format json` of two
# jars on the samples and on a benchmark tree and compares the reports, less the timing field.
#
# usage: bench/same-findings.sh BEFORE.jar [AFTER.jar] [TREE]
#   AFTER defaults to target/claude-migrate.jar; TREE to the 100,000-file tree of bench/run.sh
#   (generated with bench/gen_tree.py when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1
AFTER=${2:-target/claude-migrate.jar}
TREE=${3:-${TMPDIR:-/tmp}/claude-migrate-bench/tree-100000-3}
OUT=bench/out/same
mkdir -p "$OUT"
[ -d "$TREE" ] || python3 bench/gen_tree.py "$TREE" 100000 3 >&2
status=0
for target in samples "$TREE"; do
  for jar in "$BEFORE" "$AFTER"; do
    name=$(basename "$jar" .jar)-$(basename "$target")
    # Exit code 1 (findings) is expected; the report is what is compared.
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" scan "$target" --format json \
      --output "$OUT/$name.json" 2>"$OUT/$name.err" || true
    # The only field that may differ: how long the scan took.
    sed -E 's/"millis" *: *[0-9]+/"millis": 0/' "$OUT/$name.json" > "$OUT/$name.cmp"
  done
  a=$OUT/$(basename "$BEFORE" .jar)-$(basename "$target").cmp
  b=$OUT/$(basename "$AFTER" .jar)-$(basename "$target").cmp
  if cmp -s "$a" "$b"; then
    echo "same findings on $target ($(grep -o '"ruleId"' "$a" | wc -l) findings, $(wc -c < "$a") bytes)"
  else
    echo "DIFFERENT findings on $target: diff $a $b"
    status=1
  fi
done
exit "$status"
