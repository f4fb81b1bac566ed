#!/usr/bin/env bash
# Makes a minimal container base image from this machine's JDK, as a `docker save` tarball that
# Jib reads with `-Dimage.base=tar:///abs/path/base.tar`. Test tool only: ContainerImageIT uses it
# where no registry (Docker Hub) is reachable; the published image keeps eclipse-temurin:17-jre.
#
#   src/test/image/make-base-image.sh target/claude-migrate.jar target/image-it/base.tar
#
# One layer: a jlink'd JRE at /opt/java with the modules the jar needs (jdeps, or $MODULES),
# the host's shared libraries that JRE loads (ldd), /etc/passwd and /etc/group with root and
# nonroot (65532), and /tmp (1777). Needs a JDK with jmods (jlink), ldd, GNU tar, sha256sum.
set -euo pipefail

jar=${1:?usage: make-base-image.sh JAR OUT.tar}
out=${2:?usage: make-base-image.sh JAR OUT.tar}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -d "$java_home/jmods" ] || { echo "make-base-image: $java_home has no jmods (jlink needs a full JDK)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"

# jdeps sees what the classes use; jdk.crypto.ec lets TLS (Bedrock calls) negotiate ECDHE, which
# no class names statically.
modules=${MODULES:-$("$java_home/bin/jdeps" --print-module-deps --ignore-missing-deps \
  --multi-release 17 "$jar"),jdk.crypto.ec}
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$root/opt/java"

# Host libraries the JRE links against, copied to the same paths (the loader's default search
# path finds them there; there is no ld.so.cache). libjvm.so itself is inside the JRE.
export LD_LIBRARY_PATH="$root/opt/java/lib:$root/opt/java/lib/server"
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' \
  | grep -v "^$root/" | sort -u \
  | while read -r lib; do cp -L --parents "$lib" "$root"; done

mkdir -p "$root/etc" "$root/tmp" "$root/work"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' \
  > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"

# A reproducible layer: sorted, epoch timestamps, owned by root.
(cd "$root" && find . -mindepth 1 -maxdepth 1 -printf '%P\n' | sort \
  | tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$work/layer.tar" -T -)
diff_id=sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
case $(uname -m) in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
cat > "$work/config.json" <<EOF
{"architecture":"$arch","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"make-base-image.sh ($modules)"}]}
EOF
printf '[{"Config":"config.json","RepoTags":["claude-migrate-base:local"],"Layers":["layer.tar"]}]\n' \
  > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" \
  -cf "$out.part" manifest.json config.json layer.tar
mv -f "$out.part" "$out"
echo "make-base-image: $out ($(du -h "$out" | cut -f1), modules $modules)"
