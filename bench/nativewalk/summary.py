"""Medians and paired differences of a turns .tsv (name, round, load, wall user sys [rss])."""
import statistics
import sys

rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines() if l.strip()]
by = {}
for name, rnd, load, t in rows:
    f = t.split()
    by.setdefault(name, {})[int(rnd)] = (float(f[0]), float(f[1]) + float(f[2]), float(f[1]), float(f[2]), float(load))
loads = [r[4] for d in by.values() for r in d.values()]
print(f"load {min(loads):.2f}-{max(loads):.2f}")
for name, d in by.items():
    v = list(d.values())
    med = lambda k: statistics.median(x[k] for x in v)
    print(f"{name:12s} n={len(v)} wall {med(0):.2f} (min {min(x[0] for x in v):.2f}) CPU {med(1):.2f} user {med(2):.2f} sys {med(3):.2f}")
ref = sys.argv[2] if len(sys.argv) > 2 else None
if ref:
    for name, d in by.items():
        if name == ref:
            continue
        diffs = [by[ref][r][1] - d[r][1] for r in d if r in by[ref]]
        wd = [by[ref][r][0] - d[r][0] for r in d if r in by[ref]]
        if len(diffs) > 1:
            print(f"{ref} - {name}: CPU median {statistics.median(diffs):+.2f} mean {statistics.mean(diffs):+.2f} (se {statistics.stdev(diffs)/len(diffs)**0.5:.2f}), {sum(x > 0 for x in diffs)}/{len(diffs)} lower; wall median {statistics.median(wd):+.2f}")
