#!/usr/bin/env python3
"""Builds a deterministic synthetic repository for the scan benchmark.

usage: gen_tree.py OUT_DIR [FILES] [PERCENT_WITH_TRIGGERS]

Mixed file types (.py .java .ts .go .yaml .json .md), realistic clean code, and a few percent of
files that mention Claude 3.5-era model IDs, tool versions or beta flags.
"""
import os
import random
import sys

OLD = [
    "anthropic.claude-3-5-sonnet-20240620-v1:0",
    "anthropic.claude-3-5-sonnet-20241022-v2:0",
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
    "claude-3-5-sonnet-20241022",
    "claude-3-5-sonnet-latest",
    "anthropic.claude-4-sonnet-20240514-v1:0",
    "text_editor_20241022",
    "computer-use-2024-10-22",
]

PY = '''"""{name}: helpers for the {domain} service."""
import logging
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger(__name__)


@dataclass
class {cls}:
    """A {domain} record as stored in the database."""

    id: int
    name: str
    tags: list = field(default_factory=list)
    parent: Optional[int] = None

    def label(self) -> str:
        return f"{{self.name}} ({{self.id}})"


def load_{fn}(rows):
    """Builds {cls} objects from database rows, skipping broken ones."""
    out = []
    for row in rows:
        try:
            out.append({cls}(id=int(row["id"]), name=row["name"], tags=row.get("tags", [])))
        except (KeyError, ValueError) as e:
            log.warning("skipping row %s: %s", row, e)
    return out


def summarize_{fn}(items, limit={n}):
    total = sum(len(i.tags) for i in items)
    return {{"count": len(items), "tags": total, "limit": limit}}
'''

JAVA = '''package com.example.{domain};

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Handles {domain} requests for the {name} module. */
public final class {cls} {{
  private final Map<String, Integer> counts;
  private final List<String> names = new ArrayList<>();

  public {cls}(Map<String, Integer> counts) {{
    this.counts = Objects.requireNonNull(counts);
  }}

  /** Adds a name and counts it. */
  public void add(String name) {{
    names.add(name);
    counts.merge(name, 1, Integer::sum);
  }}

  public int total() {{
    int sum = 0;
    for (int v : counts.values()) {{
      sum += v;
    }}
    return sum + {n};
  }}

  @Override
  public String toString() {{
    return "{cls}" + names;
  }}
}}
'''

TS = '''import {{ Request, Response }} from "express";
import {{ z }} from "zod";

const {cls}Schema = z.object({{
  id: z.number(),
  name: z.string().min(1),
  tags: z.array(z.string()).default([]),
}});

export type {cls} = z.infer<typeof {cls}Schema>;

/** Lists {domain} items for the {name} page. */
export async function list{cls}(req: Request, res: Response): Promise<void> {{
  const limit = Number(req.query.limit ?? {n});
  const items: {cls}[] = [];
  for (let i = 0; i < limit; i++) {{
    items.push({cls}Schema.parse({{ id: i, name: `item-${{i}}`, tags: [] }}));
  }}
  res.json({{ items, count: items.length }});
}}
'''

GO = '''package {domain}

import (
	"context"
	"errors"
	"fmt"
)

// {cls} is a {domain} entry of the {name} store.
type {cls} struct {{
	ID   int
	Name string
	Tags []string
}}

var ErrNotFound = errors.New("{domain}: not found")

// Find{cls} looks an entry up by id.
func Find{cls}(ctx context.Context, all []{cls}, id int) (*{cls}, error) {{
	for i := range all {{
		if all[i].ID == id {{
			return &all[i], nil
		}}
	}}
	return nil, fmt.Errorf("find %d (limit {n}): %w", id, ErrNotFound)
}}
'''

YAML = '''name: {name}
service: {domain}
replicas: {n}
resources:
  limits:
    cpu: "500m"
    memory: 256Mi
env:
  LOG_LEVEL: info
  FEATURE_{cls}: "true"
ports:
  - name: http
    port: 8080
'''

JSON = '''{{
  "name": "{name}",
  "version": "1.{n}.0",
  "description": "{domain} package",
  "scripts": {{"build": "tsc -p .", "test": "jest"}},
  "dependencies": {{"express": "^4.19.2", "zod": "^3.23.8"}}
}}
'''

MD = '''# {cls}

The {name} module handles {domain} requests. It keeps a count per name and
exposes a JSON endpoint listing at most {n} items.

## Usage

```bash
make run SERVICE={domain}
```

See the design notes in `docs/` for how items are stored.
'''

TYPES = [("py", PY, 30), ("java", JAVA, 15), ("ts", TS, 20), ("go", GO, 10), ("yaml", YAML, 10),
         ("json", JSON, 8), ("md", MD, 7)]
DOMAINS = ["billing", "search", "users", "orders", "catalog", "inventory", "auth", "reports"]


def trigger_line(ext, model):
    if ext == "py":
        return f'\nMODEL_ID = "{model}"\n'
    if ext == "java":
        return f'\nclass ModelConfig {{ static final String MODEL = "{model}"; }}\n'
    if ext == "ts":
        return f'\nexport const MODEL_ID = "{model}";\n'
    if ext == "go":
        return f'\nconst modelID = "{model}"\n'
    if ext == "yaml":
        return f"model_id: {model}\n"
    if ext == "json":
        return None
    return f"\nWe call `{model}` through Bedrock.\n"


def main():
    out = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 60000
    percent = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    rnd = random.Random(20251126)
    kinds = [t for t in TYPES for _ in range(t[2])]
    written = with_trigger = 0
    for i in range(files):
        ext, template, _ = rnd.choice(kinds)
        domain = rnd.choice(DOMAINS)
        folder = os.path.join(out, f"svc{i % 40:02d}", "src" if ext not in ("md", "yaml") else "conf", f"m{(i // 40) % 30:02d}")
        os.makedirs(folder, exist_ok=True)
        cls = f"{domain.capitalize()}Item{i}"
        text = template.format(name=f"mod{i}", domain=domain, cls=cls, fn=f"{domain}_{i}", n=i % 97 + 3)
        if ext in ("py", "java", "ts", "go"):
            # real source files run to a few KiB: repeat the body with other names
            for k in range(rnd.randint(0, 5)):
                body = template.format(name=f"mod{i}", domain=domain, cls=f"{cls}V{k}", fn=f"{domain}_{i}_{k}", n=k)
                text += "\n" + body[body.index("\n\n") + 2:] if ext != "go" else "\n" + body[body.index(")\n") + 2:]
        if rnd.random() * 100 < percent:
            model = rnd.choice(OLD)
            if ext == "json":
                text = text.replace('"name"', f'"model": "{model}",\n  "name"', 1)
            else:
                text += trigger_line(ext, model)
            with_trigger += 1
        with open(os.path.join(folder, f"file{i}.{ext}"), "w") as f:
            f.write(text)
        written += 1
    with open(os.path.join(out, ".env"), "w") as f:
        f.write("AWS_REGION=us-east-1\n")
    print(f"{written} files ({with_trigger} with trigger strings) in {out}")


if __name__ == "__main__":
    main()
