#!/usr/bin/env bash
# Turn about: the scan's walk and read (FileWalker + ReadBuffer) against the JNA prototype, each in
# its own JVM (start-up and JNA's library load counted), the tree read into the page cache first.
# usage: bench/nativewalk/turns.sh ROUNDS OUT.tsv   (env TREE, JNA jar, BOOT folder with libjnidispatch.so)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}; OUT=${2:-/tmp/nwb.tsv}
TREE=${TREE:-/tmp/claude-migrate-bench/tree-100000-3}
JNA=${JNA:-$HOME/.m2/repository/net/java/dev/jna/jna/5.19.1/jna-5.19.1.jar}
BOOT=${BOOT:-/tmp/perf3-jna}
CP=target/claude-migrate.jar:bench/out/nwb:$JNA
F="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
declare -a N C
N+=(java); C+=("java $F -cp $CP dev.claudemigrate.engine.JavaSide $TREE")
N+=(jna); C+=("java $F -cp $CP dev.claudemigrate.engine.files.NativeSide $TREE")
N+=(jna-boot); C+=("java $F -Djna.boot.library.path=$BOOT -cp $CP dev.claudemigrate.engine.files.NativeSide $TREE")
N+=(jna-eofread); C+=("java $F -Djna.boot.library.path=$BOOT -Deofread=true -cp $CP dev.claudemigrate.engine.files.NativeSide $TREE")
warm() { find "$TREE" -type f -print0 | xargs -0 cat > /dev/null; }
for r in $(seq "$ROUNDS"); do
  for i in "${!C[@]}"; do
    warm
    l=$(cut -d' ' -f1 /proc/loadavg)
    t=$( { /usr/bin/time -f "%e %U %S" bash -c "${C[$i]} >/dev/null 2>&1"; } 2>&1 | tail -1)
    printf '%s\t%s\t%s\t%s\n' "${N[$i]}" "$r" "$l" "$t" >> "$OUT"
  done
done
