#!/usr/bin/env python3
"""Documents per second and MB/s of ``nutgraf.Pipeline.analyze_many`` on a JSONL corpus,
next to the CLI's ``nutgraf batch`` on the same input, in the same run.

    python crates/python/bench.py ../shared/corpus/news.jsonl [--cli target/release/nutgraf]

Each figure is the best of three runs; the output of the CLI goes to /dev/null, the dicts of
``analyze_many`` are built and dropped (both with every layer and with
``entities,timexes,claims,sentences``).
"""

import argparse
import json
import os
import subprocess
import time

import nutgraf


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "nutgraf"))
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    # With each document's date, as `nutgraf batch` reads it from the same lines.
    docs = [{k: d[k] for k in ("id", "text", "date") if d.get(k) is not None} for d in docs]
    mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    n = len(docs)
    p = nutgraf.Pipeline()
    list(p.analyze_many(docs[:5]))  # warm up (the gazetteer is built once)
    rows = []
    for layers in [None, "entities,timexes,claims,sentences"]:
        for threads in [1, 2]:
            t = best(lambda: sum(1 for _ in p.analyze_many(docs, threads=threads, layers=layers)))
            rows.append((f"python analyze_many, {threads} thread(s), layers={layers or 'all'}", t))
        for threads in [1, 2]:
            cmd = [args.cli, "batch", "--quiet", "--threads", str(threads), args.corpus]
            if layers:
                cmd[2:2] = ["--layers", layers]
            t = best(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True))
            rows.append((f"cli batch, {threads} thread(s), layers={layers or 'all'}", t))
    print(f"{n} documents, {mb:.1f} MB")
    for name, t in rows:
        print(f"{name:<62} {t:6.2f} s  {n / t:7.1f} docs/s  {mb / t:6.2f} MB/s")


if __name__ == "__main__":
    main()
