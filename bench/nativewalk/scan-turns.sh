#!/usr/bin/env bash
# Turn about, round after round: ripgrep, a base dist's `bin/migrate scan`, this dist's with the
# native walk, and this dist's with MIGRATE_NATIVE=0; the tree read into the page cache before each
# run, /usr/bin/time per run (wall, user, system, peak RSS), the 1-minute load before each.
# usage: bench/nativewalk/scan-turns.sh BASE_DIST NEW_DIST ROUNDS OUT.tsv   (env TREE)
set -euo pipefail
BASE=$1; NEW=$2; ROUNDS=${3:-5}; OUT=${4:-/tmp/scan-turns.tsv}
TREE=${TREE:-/tmp/claude-migrate-bench/tree-100000-3}
TRIG=${TRIG:-$(dirname "$0")/../out/triggers.txt}
R=$(mktemp -d)
declare -a N C
N+=(rg); C+=("rg -F -f $TRIG -l $TREE")
N+=(base); C+=("$BASE/bin/migrate scan $TREE --format json --output $R/base.json")
N+=(native); C+=("$NEW/bin/migrate scan $TREE --format json --output $R/new.json")
N+=(native-off); C+=("env MIGRATE_NATIVE=0 $NEW/bin/migrate scan $TREE --format json --output $R/off.json")
for i in 1 2 3; do bash -c "${C[$i]}" >/dev/null 2>&1 || true; done # the class-data archives
warm() { find "$TREE" -type f -print0 | xargs -0 cat > /dev/null; }
for r in $(seq "$ROUNDS"); do
  for i in "${!C[@]}"; do
    warm
    l=$(cut -d' ' -f1 /proc/loadavg)
    t=$( { /usr/bin/time -f "%e %U %S %M" bash -c "${C[$i]} >/dev/null 2>&1 || true"; } 2>&1 | tail -1)
    printf '%s\t%s\t%s\t%s\n' "${N[$i]}" "$r" "$l" "$t" >> "$OUT"
  done
done
cmp <(sed 's/"millis" *: *[0-9]*//' "$R/base.json") <(sed 's/"millis" *: *[0-9]*//' "$R/new.json") >/dev/null && echo "reports equal (but millis)" || echo "reports differ"
