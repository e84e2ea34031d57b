#!/usr/bin/env python3
"""Quality of the summarize stage: ROUGE of each method against human summaries.

Runs build*/bin/summarize-run (the summariser without the host) over each evaluation file and
scores the output with the ROUGE implementation in rouge.py (Google rouge-score conventions). Also
scores plain Lead-3 -- the first three sentences as split by rouge.py's own splitter, no filtering
-- as the baseline to beat.

  summ_eval.py --run build-summarize/bin/summarize-run --rouge ../shared/eval/summ/rouge.py \
      ../shared/eval/summ/cnndm.jsonl ../shared/eval/summ/bbc.jsonl [--markdown]

The evaluation files are read, never copied: they are real news under copyright.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys

METHODS = ["news", "lead", "centrality"]


def load_rouge(path):
    spec = importlib.util.spec_from_file_location("rouge", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


class Scorer:
    """Caches tokenised references so that many runs over one file stay fast."""

    def __init__(self, rouge, docs):
        self.rouge = rouge
        self.refs = {}
        for d in docs:
            sents = rouge.to_sentences(d["reference"])
            self.refs[str(d["id"])] = [rouge.tokenize(s) for s in sents]

    def score(self, preds, lsum=True):
        r = self.rouge
        tot = [0.0, 0.0, 0.0]
        words = 0
        for did, ref_sents in self.refs.items():
            pred = preds.get(did, [])
            words += sum(len(s.split()) for s in pred)
            pt = [r.tokenize(s) for s in pred]
            ref_flat = [t for s in ref_sents for t in s]
            pred_flat = [t for s in pt for t in s]
            tot[0] += r.rouge_n(ref_flat, pred_flat, 1)[2]
            tot[1] += r.rouge_n(ref_flat, pred_flat, 2)[2]
            if lsum:
                tot[2] += r.rouge_lsum(ref_sents, pt)[2]
        n = len(self.refs)
        return {"R1": 100 * tot[0] / n, "R2": 100 * tot[1] / n,
                "RLsum": 100 * tot[2] / n if lsum else None, "words": words / n}


def run_summariser(run, path, args):
    with open(path, "rb") as f:
        out = subprocess.run([run] + args, stdin=f, capture_output=True, check=True).stdout
    preds = {}
    for line in out.decode("utf-8").splitlines():
        o = json.loads(line)
        preds[str(o["id"])] = o["summary"]
    return preds


def plain_lead3(rouge, docs):
    return {str(d["id"]): rouge.to_sentences(d["text"], split_strings=True)[:3] for d in docs}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--run", required=True, help="path to summarize-run")
    ap.add_argument("--rouge", required=True, help="path to rouge.py")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--extra", default="", help="extra arguments for summarize-run, all methods")
    a = ap.parse_args()
    rouge = load_rouge(a.rouge)
    rows = []
    for path in a.files:
        name = os.path.splitext(os.path.basename(path))[0]
        docs = read_jsonl(path)
        scorer = Scorer(rouge, docs)
        rows.append((name, "plain Lead-3", scorer.score(plain_lead3(rouge, docs))))
        for m in METHODS:
            preds = run_summariser(a.run, path, ["--method", m] + a.extra.split())
            rows.append((name, m, scorer.score(preds)))
    if a.markdown:
        print("| data | method | R1 | R2 | RLsum | words |")
        print("|---|---|---|---|---|---|")
        for name, m, s in rows:
            print("| %s | %s | %.1f | %.1f | %.1f | %.0f |" % (name, m, s["R1"], s["R2"], s["RLsum"], s["words"]))
    else:
        for name, m, s in rows:
            print("%-8s %-14s R1=%.2f R2=%.2f RLsum=%.2f words=%.0f" % (name, m, s["R1"], s["R2"], s["RLsum"], s["words"]))


if __name__ == "__main__":
    sys.exit(main())
