"""Tests of the nutgraf Python package on the seed article (a copy of the workspace's
examples/data/seed_article.txt is read from there) and on bad input."""

import json
import os
import subprocess
import threading

import pytest

import nutgraf

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEED = os.path.join(ROOT, "examples", "data", "seed_article.txt")


def seed():
    with open(SEED, encoding="utf-8") as f:
        return f.read()


def test_seed_entities_dates_and_claims():
    text = seed()
    doc = nutgraf.analyze(text, date="2024-06-18")
    ids = {e["id"] for e in doc["entities"]}
    assert {"Vladimir Putin", "North Korea", "Russia"} <= ids
    values = {t["text"]: t["value"] for t in doc["timexes"]}
    assert values["last September"] == "2023-09"
    claimers = {c["claimer"]["text"] for c in doc["claims"] if "claimer" in c}
    assert {"Yuri Ushakov", "Matthew Miller", "the Kremlin"} <= claimers


def test_offsets_are_bytes_and_convert_to_string_indices():
    text = seed()
    doc = nutgraf.analyze(text, layers="entities")
    assert list(doc) == ["entities"]
    o = nutgraf.Offsets(text)
    raw = text.encode("utf-8")
    for e in doc["entities"]:
        assert raw[e["start"]:e["end"]].decode("utf-8") == e["text"]
        assert text[o.char(e["start"]):o.char(e["end"])] == e["text"]
    assert nutgraf.char_offsets("Putin’s aide", [0, 5, 8, 14]) == [0, 5, 6, 12]


def test_same_json_as_the_cli():
    found = [
        b
        for b in (os.path.join(ROOT, "target", k, "nutgraf") for k in ("release", "debug"))
        if os.path.exists(b)
    ]
    if not found:
        if os.environ.get("NUTGRAF_CI"):
            pytest.fail("no build of the CLI to compare with (cargo build -p nutgraf-cli)")
        pytest.skip("no build of the CLI (cargo build --release -p nutgraf-cli)")
    binary = found[0]
    cli = subprocess.run(
        [binary, "analyze", "--date", "2024-06-18", "-"],
        input=seed().encode(),
        capture_output=True,
        check=True,
    ).stdout
    ours = nutgraf.analyze(seed(), date="2024-06-18", id="-")
    assert json.dumps(ours, sort_keys=True) == json.dumps(json.loads(cli), sort_keys=True)


def test_bad_input_raises_clear_exceptions():
    with pytest.raises(ValueError, match="bad date"):
        nutgraf.analyze("Putin spoke.", date="18 June")
    with pytest.raises(TypeError, match="must be a str"):
        nutgraf.analyze(b"bytes")
    with pytest.raises(ValueError, match="unknown layer"):
        nutgraf.analyze("x", layers="entites")
    with pytest.raises(ValueError, match="prefer must be"):
        nutgraf.analyze("x", prefer="soon")
    with pytest.raises(OSError, match="cannot open"):
        nutgraf.Pipeline(gazetteers=["/nonexistent/list.tsv"])
    p = nutgraf.Pipeline()
    with pytest.raises(TypeError, match="a document must be"):
        list(p.analyze_many([1, 2]))
    with pytest.raises(ValueError, match="threads"):
        p.analyze_many(["x"], threads=0)


def test_analyze_many_keeps_order_and_uses_threads():
    p = nutgraf.Pipeline()
    docs = [{"id": str(i), "text": f"Officials said {i} people were hurt."} for i in range(600)]
    out = list(p.analyze_many(docs, threads=2, layers=["claims"]))
    assert [d["id"] for d in out] == [str(i) for i in range(600)]
    assert all(d["claims"][0]["claimer"]["text"] == "Officials" for d in out)
    # Strings and a shared default date.
    out = list(p.analyze_many(iter(["They met on Monday."] * 3), date="2024-06-18"))
    assert [d["timexes"][0]["value"] for d in out] == ["2024-06-17"] * 3
    # The GIL is released while documents are analysed: another Python thread runs. (Long
    # documents and one small layer, so that the analysis, not the building of the results
    # under the GIL, takes the time.)
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    list(p.analyze_many([seed() * 100] * 4, threads=2, layers=["claims"]))
    stop.set()
    t.join()
    assert len(ticks) > 5


def test_user_lists():
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        g = os.path.join(d, "names.tsv")
        with open(g, "w") as f:
            f.write("organization\tAcme Rockets\tAcme Rockets\tARC\n")
        p = nutgraf.Pipeline(gazetteers=[g])
        doc = p.analyze("ARC said the launch failed.")
        assert doc["entities"][0]["id"] == "Acme Rockets"
        bad = os.path.join(d, "bad.txt")
        with open(bad, "w") as f:
            f.write("ok\n" + "x" * 300 + "\n")
        with pytest.raises(ValueError, match="bad.txt:2"):
            nutgraf.Pipeline(boilerplate=[bad])


def test_analyze_many_raises_in_place_and_goes_on():
    p = nutgraf.Pipeline()
    it = p.analyze_many(["Officials said 3 people were hurt.", 7, "They met on Monday."])
    assert next(it)["claims"][0]["claimer"]["text"] == "Officials"
    with pytest.raises(TypeError, match="a document must be"):
        next(it)
    assert next(it)["timexes"][0]["text"] == "Monday"
    assert list(it) == []

    def failing():
        yield "Putin spoke."
        raise KeyError("source gone")

    it = p.analyze_many(failing())
    assert next(it)["entities"][0]["id"] == "Vladimir Putin"
    with pytest.raises(KeyError, match="source gone"):
        next(it)
    assert list(it) == []


def test_analyze_many_results_are_plain_and_independent():
    p = nutgraf.Pipeline()
    docs = [seed()] * 3
    out = list(p.analyze_many(docs, threads=2, date="2024-06-18"))
    one = nutgraf.analyze(seed(), date="2024-06-18")
    for d in out:
        assert type(d) is dict and type(d["tokens"]) is list and type(d["tokens"][0]) is dict
        assert json.dumps(d, sort_keys=True) == json.dumps(one, sort_keys=True)
    # Mutating one result leaves the others alone.
    out[0]["tokens"][0]["start"] = -1
    out[0]["words"].clear()
    assert out[1]["tokens"][0]["start"] == 0 and out[1]["words"]
    # Abandoning an iterator early is fine.
    it = p.analyze_many([seed()] * 100, threads=2)
    next(it)
    del it


def test_same_json_as_batch_on_a_corpus():
    """With NUTGRAF_CORPUS set to a JSONL file (and the CLI built): every result, dumped
    compactly, is byte for byte the line `nutgraf batch` writes, key order included."""
    corpus = os.environ.get("NUTGRAF_CORPUS")
    binary = os.path.join(ROOT, "target", "release", "nutgraf")
    if not corpus or not os.path.exists(binary):
        pytest.skip("set NUTGRAF_CORPUS to a JSONL file and build the CLI (--release)")
    with open(corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    docs = [{"id": d.get("id"), "text": d["text"], "date": d.get("date")} for d in docs]
    for layers in [None, "entities,timexes,claims,sentences"]:
        cmd = [binary, "batch", "--quiet", corpus]
        if layers:
            cmd[2:2] = ["--layers", layers]
        lines = subprocess.run(cmd, capture_output=True, check=True).stdout.decode().splitlines()
        ours = nutgraf.Pipeline().analyze_many(docs, threads=2, layers=layers)
        for line, d in zip(lines, ours):
            assert json.dumps(d, ensure_ascii=False, separators=(",", ":")) == line
        assert len(lines) == len(docs)
