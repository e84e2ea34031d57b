#!/usr/bin/env python3
"""How often geo picks the right place: accuracy of the GeoNames id for exact-span hits on cities.

usage: geo_resolution.py GOLD.jsonl PRED.jsonl
GOLD lines carry "geonames" ids and "fclass" per mention (LGL does); PRED is geo_run's output.
Only mentions whose span is right, whose gold is a populated place (fclass P) and whose predicted
place is a GeoNames city (a numeric id) are counted. Prints the accuracy and the names most often
resolved to another place.
"""
import json
import sys
from collections import Counter


def main(gold_path, pred_path):
    gold = {d["id"]: d for d in map(json.loads, open(gold_path, encoding="utf-8"))}
    right = wrong = 0
    wrong_names = Counter()
    for p in map(json.loads, open(pred_path, encoding="utf-8")):
        g = gold.get(p["id"])
        if not g:
            continue
        by_span = {(m["start"], m["end"]): m for m in g["mentions"]}
        for m in p.get("mentions", []):
            gm = by_span.get((m["start"], m["end"]))
            if not gm or gm.get("fclass") != "P" or not gm.get("geonames") or not m["place"].isdigit():
                continue
            if m["place"] == gm["geonames"]:
                right += 1
            else:
                wrong += 1
                wrong_names[m["surface"]] += 1
    total = right + wrong
    print(f"cities resolved right: {right}/{total} = {right / total if total else 0:.3f}")
    print("most often wrong:", ", ".join(f"{s} {n}" for s, n in wrong_names.most_common(12)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
