#!/usr/bin/env python3
"""Lists the most frequent false positives and misses of geo predictions against a gold file.

usage: geo_errors.py GOLD.jsonl PRED.jsonl [N]
Counts by surface, with one context snippet each, strict spans, optional gold spans ignored.
"""
import json
import sys
from collections import Counter


def main(gold_path, pred_path, n=40):
    gold = {d["id"]: d for d in map(json.loads, open(gold_path, encoding="utf-8"))}
    pred = {d["id"]: d for d in map(json.loads, open(pred_path, encoding="utf-8"))}
    fp, fn, ctx = Counter(), Counter(), {}
    for doc_id, g in gold.items():
        text = g["text"]
        gs = {(m["start"], m["end"]) for m in g["mentions"]}
        opt = {(m["start"], m["end"]) for m in g.get("optional", [])}
        ps = {(m["start"], m["end"]) for m in pred.get(doc_id, {}).get("mentions", [])}
        for s, e in ps - gs - opt:
            fp[text[s:e]] += 1
            ctx.setdefault(("fp", text[s:e]), text[max(0, s - 40):e + 40].replace("\n", " "))
        for s, e in gs - ps:
            fn[text[s:e]] += 1
            ctx.setdefault(("fn", text[s:e]), text[max(0, s - 40):e + 40].replace("\n", " "))
    for name, c in (("FALSE POSITIVES", fp), ("MISSES", fn)):
        print(f"== {name}: {sum(c.values())}")
        for s, k in c.most_common(n):
            print(f"{k:4d}  {s!r:30}  ...{ctx[('fp' if c is fp else 'fn', s)]}...")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 40)
