#!/usr/bin/env python3
"""Writes the synthetic corpus of the Scale runs (docs/benchmarks.md): N articles as JSONL,
10,000 a file, deterministic (seed 7). Usage: make-corpus.py OUT_FOLDER N"""
import json, random, os, sys
out = sys.argv[1]; n = int(sys.argv[2]); per = 10000
rng = random.Random(7)
common = ("the a of to in and said on for with that was by at from as is would talks officials "
          "government minister president week after before new say could".split())
topical = "ceasefire kremlin kyiv moscow nato sanctions summit crimea troops border negotiations security guarantees peace envoy".split()
syl = ["ka","lo","vin","dra","mes","tor","bel","si","nu","rok","ane","zel","pol","ich","ova"]
sources = ["Reuters","BBC News","The Guardian","AP News","Kyiv Independent","Politico Europe"]
def name(): return "".join(rng.choice(syl) for _ in range(2 + rng.randrange(2))).capitalize()
def sentence():
    words = [rng.choice(common if rng.random() < 0.7 else topical) for _ in range(8 + rng.randrange(12))]
    if rng.random() < 0.3: words.insert(rng.randrange(len(words)), name())
    s = " ".join(words); return s[0].upper() + s[1:] + "."
for f in range(n // per):
    with open(os.path.join(out, f"part{f:03d}.jsonl"), "w") as fh:
        for i in range(per):
            k = f * per + i
            paras = ["\n".join([]) or " ".join(sentence() for _ in range(2 + rng.randrange(3))) for _ in range(2 + rng.randrange(3))]
            fh.write(json.dumps({"title": f"{name()} {rng.choice(topical)} report {k}", "source": sources[k % 6],
                "date": f"2025-{1 + k % 12:02d}-{1 + k % 28:02d}", "body": "\n\n".join(paras)}) + "\n")
