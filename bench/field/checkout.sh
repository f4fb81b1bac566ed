#!/usr/bin/env bash
# Restores the field benchmark's checkouts: for each repository of repos.tsv that FIELD_DIR lacks,
# a folder OWNER+NAME with the files of the pinned commit (no .git). Nothing in a checkout is built
# or run. Both ways export with `git archive`, so they give the same files (.gitattributes
# export-ignore and eol rules applied the same way).
#
# usage: bench/field/checkout.sh [--only OWNER/NAME]... [--set SET]
#   --only OWNER/NAME  only this repository (repeatable)
#   --set SET          only repositories of this set (column 2: tune, holdout, holdout2 ... holdout18)
# env:   FIELD_DIR   where the checkouts go (default /work/field/checkouts)
#        MIRROR_DIR  export from local git dirs instead of GitHub: MIRROR_DIR/OWNER+NAME/repo
#                    (bare, or a clone with repo/.git, as the search tool's fetch lays them out),
#                    MIRROR_DIR/OWNER+NAME.git or MIRROR_DIR/OWNER+NAME. Snapshot mirrors may lack
#                    files of 4 MiB and more: those files are left out and counted.
#                    Unset: a shallow fetch of the pinned commit from https://github.com/OWNER/NAME.
# Prints one line per repository (exported / already there / failed: reason); exits 1 if any failed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
FIELD_DIR=${FIELD_DIR:-/work/field/checkouts}
MIRROR_DIR=${MIRROR_DIR:-}
only=()
set_name=""
while (($#)); do
  case $1 in
    --only) only+=("${2:?--only needs OWNER/NAME}") && shift 2 ;;
    --set) set_name=${2:?--set needs a set name} && shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0" && exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2 && exit 2 ;;
  esac
done

mkdir -p "$FIELD_DIR"
tmp_root=$(mktemp -d "${TMPDIR:-/tmp}/field-checkout.XXXXXX")
trap 'rm -rf "$tmp_root"' EXIT
export GIT_TERMINAL_PROMPT=0 # a missing repository must fail, not ask for a password

# The git dir for OWNER+NAME under MIRROR_DIR, or nothing.
mirror_git_dir() {
  local base=$MIRROR_DIR/$1 candidate
  for candidate in "$base/repo/.git" "$base/repo" "$base.git" "$base/.git" "$base"; do
    if [[ -f $candidate/HEAD && -d $candidate/objects ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Exclude pathspecs, NUL-separated, for the blobs of COMMIT that GIT_DIR does not hold.
absent_excludes() {
  local git=$1 commit=$2 entry meta paths=() shas=() line i=0
  while IFS= read -r -d '' entry; do
    meta=${entry%%$'\t'*}
    [[ $meta == *" blob "* ]] || continue # gitlinks (submodules) have no object here either
    shas+=("${meta##* }")
    paths+=("${entry#*$'\t'}")
  done < <(git --git-dir="$git" ls-tree -r -z "$commit")
  ((${#shas[@]})) || return 0
  while IFS= read -r line; do
    [[ $line == *" missing" ]] && printf ':(exclude,literal)%s\0' "${paths[i]}"
    i=$((i + 1))
  done < <(printf '%s\n' "${shas[@]}" | git --git-dir="$git" cat-file --batch-check='%(objectname)')
}

# Writes COMMIT's files from GIT_DIR into DEST (which must not exist); prints how many were absent.
export_commit() {
  local git=$1 commit=$2 dest=$3 excludes=()
  mapfile -t -d '' excludes < <(absent_excludes "$git" "$commit") || return 1
  mkdir -p "$dest.part" || return 1
  # git archive stops at the first blob it cannot read and leaves a half-written tree behind,
  # so the blobs a snapshot lacks are excluded up front.
  git --git-dir="$git" archive --format=tar "$commit" -- "${excludes[@]}" | tar -x -C "$dest.part" ||
    return 1
  mv "$dest.part" "$dest" || return 1
  echo "${#excludes[@]}"
}

# The first error line git wrote to LOG (its last line when none is marked as one).
first_error() {
  grep -m 1 -E '^(fatal|error):' "$1" || tail -n 1 "$1"
}

# Restores one repository; prints what it did, or the reason it failed and returns 1.
restore() {
  local repo=$1 commit=$2 name=${1/\//+} git absent log
  local dest=$FIELD_DIR/$name
  log=$tmp_root/$name.log
  rm -rf "$dest.part"
  if [[ -n $MIRROR_DIR ]]; then
    git=$(mirror_git_dir "$name") || { echo "no git dir for $name under $MIRROR_DIR" && return 1; }
  else
    git=$tmp_root/$name.git
    if ! git init -q --bare "$git" 2>"$log" ||
      ! git --git-dir="$git" fetch -q --depth 1 "https://github.com/$repo" "$commit" 2>>"$log"; then
      echo "git fetch from https://github.com/$repo: $(first_error "$log")"
      return 1
    fi
  fi
  if ! git --git-dir="$git" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "commit $commit is not in $git"
    return 1
  fi
  if ! absent=$(export_commit "$git" "$commit" "$dest" 2>"$log"); then
    rm -rf "$dest.part"
    echo "export from $git: $(first_error "$log")"
    return 1
  fi
  if [[ -n $MIRROR_DIR ]]; then
    local note=""
    ((absent == 0)) || note=" ($absent files the snapshot lacks left out)"
    echo "exported from $git$note"
  else
    rm -rf "$git"
    echo "exported from https://github.com/$repo"
  fi
}

failed=0
seen=()
while IFS=$'\t' read -r -u 3 spec rset _; do
  [[ -z $spec || $spec == \#* ]] && continue
  repo=${spec%@*} commit=${spec#*@}
  [[ -z $set_name || $rset == "$set_name" ]] || continue
  if ((${#only[@]})); then
    [[ " ${only[*]} " == *" $repo "* ]] || continue
  fi
  seen+=("$repo")
  if [[ ! $spec =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]{40}$ ]]; then
    echo "$spec: failed: not OWNER/NAME@40-hex-commit"
    failed=1
  elif [[ -e $FIELD_DIR/${repo/\//+} ]]; then
    echo "$repo: already there"
  elif outcome=$(restore "$repo" "$commit"); then
    echo "$repo: $outcome"
  else
    echo "$repo: failed: $outcome"
    failed=1
  fi
done 3<"$here/repos.tsv"

for repo in "${only[@]}"; do
  if [[ " ${seen[*]} " != *" $repo "* ]]; then
    echo "$repo: failed: not in repos.tsv${set_name:+ set $set_name}"
    failed=1
  fi
done
if ((${#seen[@]} == 0 && ${#only[@]} == 0)); then
  echo "no repository in repos.tsv${set_name:+ of set $set_name}" >&2
  failed=1
fi
exit "$failed"
