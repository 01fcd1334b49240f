#!/usr/bin/env python3
"""Cell-adjacency precision, recall and F1 (the measure of the ICDAR 2013 table competition) of table
extractors against ground truth. Used by bench/tables-bench.sh; see docs/benchmarks.md.

Usage: tables-score.py TRUTH_DIR OUT_DIR TOOL...
  TRUTH_DIR/NAME.json  {"file": "testdata/...pdf", "tables": [[["cell", ...], ...], ...]}
  OUT_DIR/TOOL/NAME.json  the tool's output: jindu's `tables --format json`, or tabula's JSON

A table is a grid of rows in tabula's convention: a row's cells left to right, a cell spanning
columns once, a cell under a vertical merge blank. Each non-empty cell is related to the next non-empty
cell to its right in its row and the next non-empty cell below it in its column; the relations of all
the tables of a document are one multiset. Texts are compared NFKC-folded, whitespace removed.
"""
import json
import os
import sys
import unicodedata
from collections import Counter


def norm(text):
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def relations(tables):
    out = Counter()
    for rows in tables:
        grid = [[norm(c) for c in row] for row in rows]
        width = max((len(r) for r in grid), default=0)
        grid = [r + [""] * (width - len(r)) for r in grid]
        for i, row in enumerate(grid):
            for j, text in enumerate(row):
                if not text:
                    continue
                for k in range(j + 1, width):
                    if row[k]:
                        out[(text, row[k], "right")] += 1
                        break
                for k in range(i + 1, len(grid)):
                    if grid[k][j]:
                        out[(text, grid[k][j], "down")] += 1
                        break
    return out


def jindu_tables(doc):
    tables = []
    for t in doc.get("tables", []):
        rows = []
        for r in t.get("rows", []):
            rows.append(["" if c.get("mergedAbove") else c.get("text", "") for c in r.get("cells", [])])
        tables.append(rows)
    return tables


def tabula_tables(doc):
    return [[[c.get("text", "") for c in row] for row in t.get("data", [])] for t in doc]


def read(path):
    with open(path, encoding="utf-8") as f:
        text = f.read().strip()
    doc = json.loads(text) if text else []
    return jindu_tables(doc) if isinstance(doc, dict) else tabula_tables(doc)


def main():
    truth_dir, out_dir, tools = sys.argv[1], sys.argv[2], sys.argv[3:]
    names = sorted(n[:-5] for n in os.listdir(truth_dir) if n.endswith(".json"))
    totals = {t: [0, 0, 0] for t in tools}
    print("%-32s %-20s %9s %9s %9s" % ("fixture", "tool", "precision", "recall", "F1"))
    for name in names:
        with open(os.path.join(truth_dir, name + ".json"), encoding="utf-8") as f:
            truth = relations(json.load(f)["tables"])
        for tool in tools:
            path = os.path.join(out_dir, tool, name + ".json")
            found = relations(read(path)) if os.path.exists(path) else Counter()
            correct = sum((truth & found).values())
            total = totals[tool]
            total[0] += correct
            total[1] += sum(found.values())
            total[2] += sum(truth.values())
            print("%-32s %-20s %s" % (name, tool, scores(correct, sum(found.values()), sum(truth.values()))))
    print()
    for tool in tools:
        print("%-32s %-20s %s" % ("ALL (relations pooled)", tool, scores(*totals[tool])))


def scores(correct, found, truth):
    p = correct / found if found else 0.0
    r = correct / truth if truth else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return "%9.3f %9.3f %9.3f" % (p, r, f)


if __name__ == "__main__":
    main()
