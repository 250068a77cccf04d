#!/usr/bin/env python3
"""Runs the README's Spark recipe on a real local Spark and compares its output with
`nutgraf batch` alone, byte for byte.

    python3 -m venv /tmp/spark && /tmp/spark/bin/pip install pyspark   # PyPI; needs a Java runtime
    cargo build --release -p nutgraf-cli
    /tmp/spark/bin/python scripts/spark_check.py ../shared/corpus/news.jsonl [--lines 200] [--partitions 4]

The binary goes to the workers as the README says (`SparkContext.addFile`), each partition
of the JSONL input is piped through `./nutgraf batch --quiet --exit-zero --date 2024-06-18`
(what `RDD.pipe` does, failing the job when the binary fails, as `checkCode=True` would), and the lines of
the result, in partition order, must be the lines `nutgraf batch` writes for the same input.
Prints the line counts and whether the outputs are identical; exits 1 if they are not.
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="a JSONL file of {id, text, date?} records")
    ap.add_argument("--lines", type=int, default=0, help="only the first N lines (0: all)")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "nutgraf"))
    args = ap.parse_args()

    from pyspark import SparkContext, SparkFiles  # noqa: E402 (needs the venv)

    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "input.jsonl")
        n_in = 0
        with open(args.input, "rb") as f, open(source, "wb") as out:
            for line in f:
                if args.lines and n_in >= args.lines:
                    break
                out.write(line)
                n_in += 1
        command = ["--quiet", "--exit-zero", "--date", "2024-06-18"]
        alone = subprocess.run(
            [args.binary, "batch", *command, source], check=True, capture_output=True
        ).stdout
        sc = SparkContext("local[2]", "nutgraf-spark-check")
        sc.setLogLevel("ERROR")
        try:
            sc.addFile(args.binary)
            name = os.path.basename(args.binary)
            rdd = sc.textFile(source, minPartitions=args.partitions)
            partitions = rdd.getNumPartitions()

            def through_nutgraf(lines):
                # What `RDD.pipe("./nutgraf batch …", checkCode=True)` does, with the copy
                # that `addFile` shipped to this worker: on YARN or Kubernetes it is in the
                # task's working directory (`./nutgraf`); in local mode only `SparkFiles`
                # knows where.
                binary = SparkFiles.get(name)
                os.chmod(binary, 0o755)
                data = "".join(line + "\n" for line in lines).encode()
                done = subprocess.run([binary, "batch", *command], input=data, capture_output=True)
                if done.returncode != 0:
                    raise RuntimeError(f"nutgraf exited with {done.returncode}: {done.stderr[:200]!r}")
                # (Lines end at "\n" only: `str.splitlines` would also cut at U+2028.)
                out = done.stdout.decode().split("\n")
                return out[:-1] if out and out[-1] == "" else out

            lines = rdd.mapPartitions(through_nutgraf).collect()
        finally:
            sc.stop()
    spark = ("\n".join(lines) + "\n").encode() if lines else b""
    same = spark == alone
    n_alone = alone.count(b"\n")
    print(
        f"input lines {n_in}, partitions {partitions}, spark output lines {len(lines)}, "
        f"batch alone {n_alone}; byte-identical: {same} "
        f"(sha256 {hashlib.sha256(spark).hexdigest()[:16]} vs {hashlib.sha256(alone).hexdigest()[:16]})"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
