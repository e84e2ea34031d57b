#!/usr/bin/env python3
"""Chooses the default mix of the summarize stage by measurement: coordinate search over the
scoring knobs (summarize-run --mix NAME=VALUE), scored with ROUGE-1/2 on each evaluation file.

  summ_tune.py --run build-summarize/bin/summarize-run --rouge ../shared/eval/summ/rouge.py \
      ../shared/eval/summ/cnndm.jsonl ../shared/eval/summ/bbc.jsonl [--rounds 2]

The objective is the gain over plain Lead-3 in R1 + R2 summed over the files, with a steep
penalty for any file where the gain falls below a safety margin (--margin-r1, default 1 point
R1; 0.5 point R2): a mix
has to beat the lead on CNN, where the lead is strong, and still gain what it can on BBC, where
centrality is.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import summ_eval  # noqa: E402

GRID = {
    "lead": [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0],
    "lead_decay": [0.5, 1.0, 2.0, 3.0, 5.0, 8.0],
    "length_bias": [-0.75, -0.5, -0.25, 0.0, 0.25],
    "centrality": [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0],
    "title": [0.0, 0.25, 0.5, 1.0, 1.5, 2.0],
    "short_words": [0, 5, 8, 10, 12, 15, 20],
    "question": [0.0, 0.3, 0.6, 1.0],
    "bare_quote": [0.0, 0.3, 0.5, 0.7, 1.0],
    "redundancy": [0.0, 0.25, 0.5, 1.0],
    "max_similarity": [0.3, 0.4, 0.5, 0.6, 0.8, 1.01],
    "isf_power": [0.0, 0.5, 1.0, 1.5],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--run", required=True)
    ap.add_argument("--rouge", required=True)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--knobs", default=",".join(GRID))
    ap.add_argument("--margin-r1", type=float, default=1.0,
                    help="R1 gain over Lead-3 below which a file is penalised")
    a = ap.parse_args()
    rouge = summ_eval.load_rouge(a.rouge)
    data = []
    for path in a.files:
        docs = summ_eval.read_jsonl(path)
        scorer = summ_eval.Scorer(rouge, docs)
        base = scorer.score(summ_eval.plain_lead3(rouge, docs), lsum=False)
        data.append((os.path.basename(path), scorer, base))

    cache = {}

    def evaluate(mix):
        key = tuple(sorted(mix.items()))
        if key in cache:
            return cache[key]
        args = ["--method", "news"]
        for k, v in mix.items():
            args += ["--mix", "%s=%g" % (k, v)]
        gains, penalty, detail = [], 0.0, []
        for name, scorer, base in data:
            s = scorer.score(summ_eval.run_summariser(a.run, scorer_path[name], args), lsum=False)
            g1, g2 = s["R1"] - base["R1"], s["R2"] - base["R2"]
            gains.append(g1 + g2)
            penalty += 20 * (max(0.0, a.margin_r1 - g1) + max(0.0, 0.5 - g2))
            detail.append("%s R1=%.2f(%+.2f) R2=%.2f(%+.2f)" % (
                name, s["R1"], s["R1"] - base["R1"], s["R2"], s["R2"] - base["R2"]))
        objective = sum(gains) - penalty
        cache[key] = (objective, "  ".join(detail))
        return cache[key]

    scorer_path = {os.path.basename(p): p for p in a.files}
    mix = {}
    best, detail = evaluate(mix)
    print("start %.3f %s" % (best, detail), flush=True)
    for rnd in range(a.rounds):
        for knob in a.knobs.split(","):
            for v in GRID[knob]:
                trial = dict(mix, **{knob: v})
                obj, det = evaluate(trial)
                if obj > best + 1e-9:
                    best, detail, mix = obj, det, trial
                    print("round %d %s=%g -> %.3f %s" % (rnd, knob, v, obj, det), flush=True)
        print("after round %d: %s %.3f %s" % (rnd, mix, best, detail), flush=True)


if __name__ == "__main__":
    main()
