#!/usr/bin/env python3
"""Lists the clean stage's line errors on a labelled set: debris lines kept and content lines
removed, with their neighbours, to see what the rules miss.

    python3 tools/eval/clean_errors.py DIRTY.jsonl GOLD.jsonl PRED.jsonl

PRED is the eval driver's output. A dirty line counts as removed when its tidied text is not in the
output; this approximates the scorer's token alignment (a short debris line such as "Share" that
also occurs inside a kept sentence shows as kept), good enough to find the lines to look at."""
import html
import json
import re
import sys


def tidy(s):
    s = re.sub(r"<[^>]*>", " ", s)
    s = html.unescape(s)
    s = "".join(c for c in s if c not in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
    return " ".join(s.replace("\u00a0", " ").split())


def main():
    dirty = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
    gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
    pred = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[3])}
    for gid, g in gold.items():
        lines = dirty[gid]["text"].replace("\r\n", "\n").split("\n")
        ptext = " ".join(pred[gid]["text"].split())
        for i, (l, lab) in enumerate(zip(lines, g["lines"])):
            t = tidy(l)
            if not t or lab["label"] == "blank":
                continue
            gone = t not in ptext
            if lab["label"] == "content" and gone:
                print("LOST   %s | %r" % (gid, t))
            elif lab["label"] == "boilerplate" and not gone:
                ctx = tidy(lines[i - 1]) if i else ""
                print("KEPT   %s [%s] %r   (prev: %r)" % (gid, lab["kind"], t, ctx[-50:]))


if __name__ == "__main__":
    main()
