#!/usr/bin/env bash
# Field accuracy: runs `migrate scan --format json` and `migrate apply` (on a throwaway copy) over
# the pinned public repositories in bench/field/repos.tsv and compares the result with the hand
# labels in bench/field/labels.tsv. Prints, per repository, per class and per set (the `set` column
# of repos.tsv: tune, holdout, holdout2, ...):
# required lines found, false findings, lines edited that must not change, required rewrites done,
# files that no longer parse after apply, and what a second apply still changes. See
# bench/field/README.md for the method and docs/accuracy.md for the latest figures.
#
# usage: bench/field/run.sh [--markdown] [--reuse] [--only OWNER/NAME]...
#        --reuse: take findings and edits from the last run (OUT/cache) and only re-read the labels
# env:   FIELD_DIR  checkouts, one folder per repository named OWNER+NAME at the pinned commit
#                   (default /work/field/checkouts)
#        JAR        the tool (default target/claude-migrate.jar; built when missing)
#        OUT        work and result folder (default ${TMPDIR:-/tmp}/claude-migrate-field)
#        MIGRATE_ARGS  extra arguments for scan and apply (for example "--to sonnet-4.5")
#        FIELD_ROOTS   project (default: a repository's measured parts are copied and scanned as one
#                      project) or scopes (each part scanned and applied on its own, as before
#                      2026-12-05)
set -euo pipefail
cd "$(dirname "$0")/../.."

FIELD_DIR=${FIELD_DIR:-/work/field/checkouts}
JAR=${JAR:-target/claude-migrate.jar}
OUT=${OUT:-${TMPDIR:-/tmp}/claude-migrate-field}
MIGRATE_ARGS=${MIGRATE_ARGS:-}
FIELD_ROOTS=${FIELD_ROOTS:-project}
[ -f "$JAR" ] || ./mvnw -B -ntp -q -DskipTests package
mkdir -p "$OUT"

export FIELD_DIR JAR OUT MIGRATE_ARGS FIELD_ROOTS
exec python3 - "$@" <<'PY'
import ast, collections, difflib, filecmp, json, os, shlex, shutil, subprocess, sys

import_yaml = None
try:
    import yaml as import_yaml  # PyYAML, where the machine has it; YAML files are skipped otherwise
except ImportError:
    pass

FIELD, JAR, OUT = os.environ["FIELD_DIR"], os.environ["JAR"], os.environ["OUT"]
EXTRA = shlex.split(os.environ.get("MIGRATE_ARGS", ""))
ROOTS = os.environ.get("FIELD_ROOTS", "project")
args = sys.argv[1:]
MARKDOWN = "--markdown" in args
ONLY = [args[i + 1] for i, a in enumerate(args) if a == "--only"]
REUSE = "--reuse" in args  # labels changed only: reuse the last run's findings and edits
REQUIRED = ("rewrite", "report", "any")


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


repos = []
for row in read_tsv("bench/field/repos.tsv"):
    name, commit = row[0].split("@")
    repos.append({"repo": name, "commit": commit, "set": row[1], "scopes": row[2].split(",")})
labels = {}  # (repo, path, line) -> (action, class)
for row in read_tsv("bench/field/labels.tsv")[1:]:
    labels[(row[0], row[1], int(row[2]))] = (row[3], row[4])


def java(*cmd):
    return subprocess.run(["java", "-jar", JAR, *cmd, *EXTRA], capture_output=True, text=True)


def scan(root, scope):
    """Findings as {(path, line): [severity...]} with paths relative to the repository root."""
    target = os.path.join(root, scope) if scope != "." else root
    out = os.path.join(OUT, "scan.json")
    r = java("scan", target, "--format", "json", "--fail-on", "never", "-o", out)
    if r.returncode not in (0, 1, 3) or not os.path.exists(out):
        print(f"scan failed on {target}: {r.stderr.strip()[:300]}", file=sys.stderr)
        return {}, 0
    with open(out, encoding="utf-8") as f:
        data = json.load(f)
    os.remove(out)
    found = collections.defaultdict(list)
    for f in data["findings"]:
        if os.path.isfile(target):
            path = scope
        else:
            path = os.path.normpath(os.path.join(scope, f["path"])) if scope != "." else f["path"]
        for line in range(f["line"], max(f["line"], f.get("endLine") or f["line"]) + 1):
            found[(path, line)].append(f["severity"])
    return found, len(data.get("errors", []))


def parses(path, text):
    """None when no parser is at hand for this kind of file, else True/False."""
    ext = os.path.splitext(path)[1].lower()
    try:
        if ext == ".py":
            ast.parse(text)
        elif ext in (".json", ".ipynb"):
            json.loads(text)
        elif ext == ".jsonl":
            for l in text.splitlines():
                if l.strip():
                    json.loads(l)
        elif ext in (".yaml", ".yml") and import_yaml is not None:
            list(import_yaml.safe_load_all(text))
        else:
            return None
    except Exception:
        return False
    return True


def read(p):
    with open(p, "rb") as f:
        return f.read().decode("utf-8", "surrogateescape")


def changed_lines(old, new):
    """Line numbers (1-based, in the old text) that an edit replaced or deleted; an insertion
    counts against the line before it."""
    a, b = old.split("\n"), new.split("\n")
    lines = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        lines.update(range(i1 + 1, i2 + 1) if i2 > i1 else [max(i1, 1)])
    return lines


def compare(orig_root, copy_root, scope):
    """{path: changed lines} for files that differ between the original and the copy."""
    result = {}
    base = os.path.join(orig_root, scope) if scope != "." else orig_root
    other = os.path.join(copy_root, scope) if scope != "." else copy_root
    pairs = []
    if os.path.isfile(base):
        pairs.append((base, other, scope))
    else:
        for dp, _, fns in os.walk(other):
            for fn in fns:
                cp = os.path.join(dp, fn)
                rel = os.path.relpath(cp, copy_root)
                pairs.append((os.path.join(orig_root, rel), cp, rel))
    for op, cp, rel in pairs:
        if not os.path.exists(op):
            result[rel] = {0}
        elif not filecmp.cmp(op, cp, shallow=False):
            result[rel] = changed_lines(read(op), read(cp))
    return result


def scoped_copy(root, scopes):
    """A copy of the repository's measured folders and files, laid out as in the repository."""
    copy = os.path.join(OUT, "copy")
    shutil.rmtree(copy, ignore_errors=True)
    for s in scopes:
        src = os.path.join(root, s) if s != "." else root
        dst = os.path.join(copy, s) if s != "." else copy
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.isdir(src):
            shutil.copytree(src, dst, symlinks=True, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dst)
    return copy


def targets(copy, scopes):
    """What one run of the tool is given: the copy as one project, or (FIELD_ROOTS=scopes) each part."""
    if ROOTS == "scopes":
        return [os.path.join(copy, s) if s != "." else copy for s in scopes]
    return [copy]


def apply_twice(root, copy, scopes):
    edits, broken, second = {}, [], 0
    for target in targets(copy, scopes):
        java("apply", target, "--allow-dirty")
    for s in scopes:
        edits.update(compare(root, copy, s))
    for path in edits:
        new = os.path.join(copy, path)
        if os.path.exists(new) and parses(path, read(new)) is False and parses(path, read(os.path.join(root, path))) is True:
            broken.append(path)
    snapshot = os.path.join(OUT, "after-first")
    shutil.rmtree(snapshot, ignore_errors=True)
    shutil.copytree(copy, snapshot, symlinks=True)
    for target in targets(copy, scopes):
        java("apply", target, "--allow-dirty")
    for s in scopes:
        second += sum(len(v) for v in compare(snapshot, copy, s).values())
    shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(snapshot, ignore_errors=True)
    return edits, broken, second


COLS = ["required", "found", "false", "info_leave", "unlabelled", "edited_wrong", "rewrites", "rewritten", "broken", "second"]
HEAD = ["required", "found", "false (warn/err on leave)", "info on leave", "unlabelled flagged",
        "edited, must not", "rewrites", "rewritten", "no longer parse", "2nd apply changes"]
per_repo, per_class = {}, collections.defaultdict(lambda: collections.Counter())
per_set, per_set_class = collections.defaultdict(collections.Counter), collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
unlabelled_rows, miss_rows, false_rows, wrong_rows = [], [], [], []

for r in repos:
    if ONLY and r["repo"] not in ONLY:
        continue
    root = os.path.join(FIELD, r["repo"].replace("/", "+"))
    if not os.path.isdir(root):
        print(f"{r['repo']}: no checkout at {root}; skipped", file=sys.stderr)
        continue
    cache = os.path.join(OUT, "cache", r["repo"].replace("/", "+") + ".json")
    if REUSE and os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            saved = json.load(f)
        found = {(p, int(l)): sev for p, l, sev in saved["found"]}
        edits = {p: set(v) for p, v in saved["edits"].items()}
        broken, second, errors = saved["broken"], saved["second"], saved["errors"]
    else:
        # The measured parts are one project, as a user's scan of the repository sees them (a fact
        # one file states about another, such as a table that resolves a key, crosses folders).
        copy = scoped_copy(root, r["scopes"])
        found, errors = {}, 0
        for target in targets(copy, r["scopes"]):
            f, e = scan(copy, os.path.relpath(target, copy))
            found.update(f)
            errors += e
        edits, broken, second = apply_twice(root, copy, r["scopes"])
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(cache, "w", encoding="utf-8") as f:
            json.dump({"found": [[p, l, sev] for (p, l), sev in found.items()],
                       "edits": {p: sorted(v) for p, v in edits.items()},
                       "broken": broken, "second": second, "errors": errors}, f)
    c = collections.Counter()
    cls_c = collections.defaultdict(collections.Counter)
    mine = {k: v for k, v in labels.items() if k[0] == r["repo"]}
    for (repo, path, line), (action, cls) in mine.items():
        hit = found.get((path, line))
        edited = line in edits.get(path, ())
        if action in REQUIRED:
            c["required"] += 1; cls_c[cls]["required"] += 1
            if hit:
                c["found"] += 1; cls_c[cls]["found"] += 1
            else:
                miss_rows.append((r["repo"], path, line, action, cls))
        if action == "rewrite":
            c["rewrites"] += 1; cls_c[cls]["rewrites"] += 1
            if edited:
                c["rewritten"] += 1; cls_c[cls]["rewritten"] += 1
        if action == "leave" and hit:
            if any(s in ("error", "warning") for s in hit):
                c["false"] += 1; cls_c[cls]["false"] += 1
                false_rows.append((r["repo"], path, line, action, cls, ",".join(sorted(set(hit)))))
            else:
                c["info_leave"] += 1; cls_c[cls]["info_leave"] += 1
        if action in ("leave", "report", "optional") and edited:
            c["edited_wrong"] += 1; cls_c[cls]["edited_wrong"] += 1
            wrong_rows.append((r["repo"], path, line, action, cls))
    for (path, line), sev in sorted(found.items()):
        if (r["repo"], path, line) not in labels:
            c["unlabelled"] += 1; cls_c["(unlabelled)"]["unlabelled"] += 1
            unlabelled_rows.append((r["repo"], path, line, ",".join(sorted(set(sev)))))
    c["broken"] = len(broken)
    c["second"] = second
    per_repo[r["repo"]] = (r["set"], c, broken, errors)
    per_set[r["set"]].update(c)
    per_set["all"].update(c)
    for k, v in cls_c.items():
        per_class[k].update(v)
        per_set_class[r["set"]][k].update(v)


def ratio(a, b):
    return f"{a}/{b} ({a / b:.2f})" if b else "-"


def row(name, c):
    return [name, ratio(c["found"], c["required"]), str(c["false"]), str(c["info_leave"]), str(c["unlabelled"]),
            str(c["edited_wrong"]), ratio(c["rewritten"], c["rewrites"]), str(c["broken"]), str(c["second"])]


HDR = ["", "required lines found", "false findings", "info on leave", "unlabelled flagged",
       "edited, must not", "required rewrites done", "no longer parse", "2nd apply changes"]


def table(title, rows):
    if MARKDOWN:
        print(f"\n#### {title}\n")
        print("| " + " | ".join(HDR) + " |")
        print("|" + "---|" * len(HDR))
        for rw in rows:
            print("| " + " | ".join(rw) + " |")
    else:
        print(f"\n== {title}")
        widths = [max(len(x[i]) for x in [HDR] + rows) for i in range(len(HDR))]
        for rw in [HDR] + rows:
            print("  ".join(x.ljust(w) for x, w in zip(rw, widths)))


SETS = list(dict.fromkeys(r["set"] for r in repos))  # in the order repos.tsv names them
for st in SETS + ["all"]:
    if st in per_set:
        table(f"set: {st}", [row("total", per_set[st])])
table("per repository", [row(f"{n} [{s}]", c) for n, (s, c, _, _) in sorted(per_repo.items())])
for st in SETS:
    if st in per_set_class:
        table(f"per class, {st} set", [row(k, v) for k, v in sorted(per_set_class[st].items())])


def dump(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for rw in rows:
            f.write("\t".join(map(str, rw)) + "\n")


dump("unlabelled.tsv", ["repo", "path", "line", "severity"], unlabelled_rows)
dump("missed.tsv", ["repo", "path", "line", "action", "class"], miss_rows)
dump("false.tsv", ["repo", "path", "line", "action", "class", "severity"], false_rows)
dump("edited-wrong.tsv", ["repo", "path", "line", "action", "class"], wrong_rows)
broken_all = [(n, p) for n, (_, _, b, _) in per_repo.items() for p in b]
dump("broken.tsv", ["repo", "path"], broken_all)
print(f"\nlists (missed, false findings, wrongly edited, unlabelled flagged, broken files) in {OUT}/*.tsv",
      file=sys.stderr)
PY
