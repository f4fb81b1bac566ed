#!/usr/bin/env bash
# Turn about, round after round: one dist's `bin/migrate scan` with several JAVA_OPTS (JVM flags the
# launcher appends to its own), the tree read into the page cache before each run, /usr/bin/time per
# run, the 1-minute load before each; the rows read with summary.py.
# usage: bench/nativewalk/opts-turns.sh DIST ROUNDS OUT.tsv NAME=OPTS...   (env TREE)
#   e.g. opts-turns.sh target/dist 8 /tmp/opts.tsv plain= young=-Xmn24m
set -euo pipefail
DIST=$1; ROUNDS=$2; OUT=$3; shift 3
TREE=${TREE:-/tmp/claude-migrate-bench/tree-100000-3}
R=$(mktemp -d)
declare -a N O
for v in "$@"; do N+=("${v%%=*}"); O+=("${v#*=}"); done
"$DIST/bin/migrate" scan "$TREE" --format json --output "$R/warm.json" >/dev/null 2>&1 || true
warm() { find "$TREE" -type f -print0 | xargs -0 cat > /dev/null; }
for r in $(seq "$ROUNDS"); do
  for i in "${!N[@]}"; do
    warm
    l=$(cut -d' ' -f1 /proc/loadavg)
    JAVA_OPTS="${O[$i]}" /usr/bin/time -o "$R/t" -f "%e %U %S %M" \
      "$DIST/bin/migrate" scan "$TREE" --format json --output "$R/${N[$i]}.json" >/dev/null 2>&1 || true
    printf '%s\t%s\t%s\t%s\n' "${N[$i]}" "$r" "$l" "$(tail -1 "$R/t")" >> "$OUT"
  done
done
first=$R/${N[0]}.json
for n in "${N[@]}"; do
  cmp -s <(sed 's/"millis" *: *[0-9]*//' "$first") <(sed 's/"millis" *: *[0-9]*//' "$R/$n.json") \
    || echo "report of $n differs from ${N[0]}'s"
done
