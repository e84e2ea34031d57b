#!/usr/bin/env python3
"""How often the summarize stage picks page debris when it runs on raw, uncleaned articles.

  summ_debris.py --run build-summarize/bin/summarize-run DIRTY.jsonl GOLD.jsonl [--sentences 3]

DIRTY/GOLD are the clean stage's evaluation files (../shared/eval/clean/): every line of a dirty
text is labelled content, boilerplate or blank. A picked sentence counts as debris when any line
it touches is boilerplate. Prints the share of summaries with at least one debris sentence and the
debris sentences themselves with --show.
"""
import argparse
import collections
import json
import subprocess


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirty")
    ap.add_argument("gold")
    ap.add_argument("--run", required=True)
    ap.add_argument("--sentences", default="3")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    dirty = {d["id"]: d for d in map(json.loads, open(a.dirty, encoding="utf-8"))}
    gold = {d["id"]: d for d in map(json.loads, open(a.gold, encoding="utf-8"))}
    with open(a.dirty, "rb") as f:
        out = subprocess.run([a.run, "--sentences", a.sentences], stdin=f, capture_output=True,
                             check=True).stdout.decode("utf-8")
    picked = bad_summaries = bad_sentences = 0
    kinds = collections.Counter()
    for line in out.splitlines():
        o = json.loads(line)
        text = dirty[o["id"]]["text"]
        labels = gold[o["id"]]["lines"]
        starts, pos = [], 0
        for ln in text.split("\n"):
            starts.append(pos)
            pos += len(ln) + 1
        bad = False
        for s in o["summary"]:
            picked += 1
            b = text.find(s)
            e = b + len(s)
            first = max(i for i, st in enumerate(starts) if st <= b)
            last = max(i for i, st in enumerate(starts) if st < e)
            hit = [labels[i] for i in range(first, last + 1)
                   if i < len(labels) and labels[i]["label"] == "boilerplate"]
            if hit:
                bad = True
                bad_sentences += 1
                kinds.update(h["kind"] for h in hit)
                if a.show:
                    print("DEBRIS %s: %s" % (o["id"], s.replace("\n", " | ")))
        bad_summaries += bad
    n = len(out.splitlines())
    print("summaries=%d sentences=%d debris_sentences=%d summaries_with_debris=%d (%.1f%%)" % (
        n, picked, bad_sentences, bad_summaries, 100.0 * bad_summaries / max(1, n)))
    if kinds:
        print("debris kinds:", dict(kinds.most_common()))


if __name__ == "__main__":
    main()
