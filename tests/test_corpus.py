"""``biaozhu suggest --corpus`` on a Dask cluster and ``import --as
suggestions``, through the command line, on the reference articles split
into three small partitions (two Parquet, one JSONL)."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from desktop.cli import main  # noqa: E402
from models import Project  # noqa: E402
from tests.corpus_runs import loopback_cluster  # noqa: E402

SPAN_KEYS = ("start", "end", "label", "text", "score", "source")


@pytest.fixture(scope="module")
def cluster():
    """Two workers in this process, reached as `--scheduler ADDRESS` is."""
    with loopback_cluster(2) as address:
        yield address


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, str]]:
    """(id, text) of each paragraph of the five reference articles."""
    folder = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not folder.is_dir():
        pytest.skip(f"reference data {folder} is absent (../shared beside the repo)")
    out = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        out += [(f"{path.stem[:3]}-{n}", p) for n, p in enumerate(paragraphs)]
    return out


@pytest.fixture
def corpus(tmp_path, articles) -> Path:
    """p1.parquet (string ids and a date column), p2.parquet (integer ids),
    p3.jsonl (a "meta" object per line)."""
    folder = tmp_path / "in"
    folder.mkdir()
    third = len(articles) // 3
    first, second, rest = articles[:third], articles[third : 2 * third], articles[2 * third :]
    pq.write_table(
        pa.table(
            {
                "id": [i for i, _t in first],
                "text": [t for _i, t in first],
                "published": ["2024-05-01"] * len(first),
            }
        ),
        folder / "p1.parquet",
    )
    pq.write_table(
        pa.table({"id": list(range(len(second))), "text": [t for _i, t in second]}),
        folder / "p2.parquet",
    )
    lines = [json.dumps({"id": i, "text": t, "meta": {"n": n}}) for n, (i, t) in enumerate(rest)]
    (folder / "p3.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def suggest_corpus(capsys, corpus: Path, out: Path, scheduler: str, *extra: str) -> str:
    return run(
        capsys,
        "suggest",
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--scheduler",
        scheduler,
        *extra,
    )


def as_jsonl(corpus: Path, tmp_path: Path) -> Path:
    """The same documents as one JSONL file for `suggest FILE`."""
    rows = []
    for path in sorted(corpus.glob("*.parquet")):
        rows += pq.read_table(path).select(["id", "text"]).to_pylist()
    for line in (corpus / "p3.jsonl").read_text(encoding="utf-8").splitlines():
        rows.append(json.loads(line))
    path = tmp_path / "all.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def cli_spans(capsys, *argv: str) -> dict[str, list[dict]]:
    out = run(capsys, "suggest", *argv)
    return {(d := json.loads(line))["id"]: d["spans"] for line in out.splitlines()}


def output_spans(out: Path) -> dict[str, list[dict]]:
    found = {}
    for path in sorted(out.glob("*.parquet")):
        for row in pq.read_table(path).to_pylist():
            found[row["id"]] = [
                {**{k: s[k] for k in SPAN_KEYS}, "attrs": json.loads(s["attributes"])}
                for s in row["spans"]
            ]
    return found


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_the_cluster_gives_what_suggest_file_gives(tmp_path, capsys, corpus, cluster):
    out = tmp_path / "out"
    said = suggest_corpus(capsys, corpus, out, cluster)
    assert "3 computed, 0 already done" in said
    assert sorted(p.name for p in out.glob("*.parquet")) == [
        "p1.parquet",
        "p2.parquet",
        "p3.jsonl.parquet",
    ]
    expected = cli_spans(capsys, str(as_jsonl(corpus, tmp_path)))
    got = output_spans(out)
    assert got == expected
    assert sum(map(len, got.values())) > 300  # the articles do have suggestions

    first = pq.read_table(out / "p1.parquet")
    assert first.column_names == ["id", "text", "published", "spans", "version"]
    assert set(first["published"].to_pylist()) == {"2024-05-01"}
    manifest = json.loads((out / "_manifest.json").read_text())
    assert set(first["version"].to_pylist()) == {manifest["version"]}
    assert manifest["documents"] == len(got)
    assert manifest["labels"] == {
        label: sum(s["label"] == label for spans in got.values() for s in spans)
        for label in ("COMPANY", "METRIC", "POLICY")
    }
    assert [p["input"] for p in manifest["partitions"]] == ["p1.parquet", "p2.parquet", "p3.jsonl"]
    assert all(len(p["sha256"]) == 64 for p in manifest["partitions"])


def test_a_rerun_writes_nothing_and_a_deleted_partition_is_recomputed_alone(
    tmp_path, capsys, corpus, cluster
):
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    before = snapshot(out)
    assert "0 computed, 3 already done" in suggest_corpus(capsys, corpus, out, cluster)
    assert snapshot(out) == before

    whole = pq.read_table(out / "p2.parquet")
    (out / "p2.parquet").unlink()
    assert "1 computed, 2 already done" in suggest_corpus(capsys, corpus, out, cluster)
    after = snapshot(out)
    assert after["p1.parquet"] == before["p1.parquet"]
    assert after["p3.jsonl.parquet"] == before["p3.jsonl.parquet"]
    assert pq.read_table(out / "p2.parquet").equals(whole)


def test_a_changed_input_or_ensemble_is_recomputed(tmp_path, capsys, corpus, cluster, articles):
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    before = snapshot(out)
    table = pq.read_table(corpus / "p1.parquet")
    pq.write_table(table.slice(0, table.num_rows - 1), corpus / "p1.parquet")
    assert "1 computed, 2 already done" in suggest_corpus(capsys, corpus, out, cluster)
    assert snapshot(out)["p2.parquet"] == before["p2.parquet"]
    assert pq.read_table(out / "p1.parquet").num_rows == table.num_rows - 1

    project = tmp_path / "p.biaozhu"
    run(capsys, "new", str(project))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"text": articles[0][1], "spans": [{"start": 0, "end": 6, "label": "COMPANY"}]}),
        encoding="utf-8",
    )
    run(capsys, "import", str(project), str(gold), "--annotator", "gold")
    said = suggest_corpus(capsys, corpus, out, cluster, "--project", str(project))
    assert "3 computed" in said  # the project's lexicon makes another ensemble


def paragraphs_as_gold(doc: dict) -> str:
    """A gold article as JSON lines of its paragraphs with their spans: texts
    the bundled model never saw, so the project's training can measure itself."""
    lines, pos = [], 0
    for n, para in enumerate(doc["text"].split("\n\n")):
        start = doc["text"].index(para, pos)
        pos = end = start + len(para)
        spans = [
            {**s, "start": s["start"] - start, "end": s["end"] - start}
            for s in doc["spans"]
            if start <= s["start"] and s["end"] <= end
        ]
        if para.strip():
            lines.append(
                json.dumps({"id": f"p{n}", "text": para, "spans": spans}, ensure_ascii=False)
            )
    return "\n".join(lines) + "\n"


def test_the_project_ensemble_pickles_and_the_cluster_gives_suggest_project(
    tmp_path, capsys, corpus, cluster, articles
):
    """The project's lexicon and learned model travel to the workers inside
    the ensemble; a closed project's ensemble holds no connection to it."""
    from models.suggest.pipeline import default_suggester
    from models.suggest.project import project_ensemble

    project = tmp_path / "p.biaozhu"
    run(capsys, "new", str(project))
    gold = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.jsonl"
    last_article = json.loads(gold.read_text(encoding="utf-8").splitlines()[-1])  # text in p3
    (tmp_path / "gold.jsonl").write_text(paragraphs_as_gold(last_article), encoding="utf-8")
    run(capsys, "import", str(project), str(tmp_path / "gold.jsonl"), "--annotator", "gold")
    run(capsys, "train", str(project), "--folds", "2", "--force")

    with Project.open(project) as p:
        ensemble = project_ensemble(p)
    assert ensemble.version != default_suggester().version  # the project's own model
    shipped = pickle.loads(pickle.dumps(ensemble))
    text = articles[-1][1]
    assert shipped.suggest(text) == ensemble.suggest(text)

    # One partition is enough here: the comparison above holds for the rest.
    jsonl = corpus / "p3.jsonl"
    out = tmp_path / "out"
    suggest_corpus(capsys, jsonl, out, cluster, "--project", str(project))
    expected = cli_spans(capsys, "--project", str(project), str(jsonl))
    assert output_spans(out) == expected
    assert any(
        "lexicon" in s.get("attrs", {}).get("sources", ())
        for spans in expected.values()
        for s in spans
    )
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["version"] == ensemble.version and manifest["project"] == str(project)


def test_import_brings_the_spans_in_as_pending_suggestions(tmp_path, capsys, corpus, cluster):
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    made = {
        row["id"]: row
        for path in sorted(out.glob("*.parquet"))
        for row in pq.read_table(path).to_pylist()
    }
    project = tmp_path / "p.biaozhu"
    run(capsys, "new", str(project), "--annotator", "alice")
    said = run(capsys, "import", str(project), str(out), "--as", "suggestions")
    assert len(made) > 1 and f"imported {len(made)} documents ({len(made)} new" in said
    with Project.open(project, annotator="alice") as p:
        assert sorted(p.document_ids()) == sorted(made)
        for doc_id, row in made.items():
            assert p.document_text(doc_id) == row["text"]
            stored = p.suggestions(doc_id)
            assert all(s.status == "pending" for s in stored)
            assert [(s.start, s.end, s.label, s.score, s.source, s.version) for s in stored] == [
                (s["start"], s["end"], s["label"], s["score"], s["source"], s["version"])
                for s in row["spans"]
            ]
        jsonl_first = json.loads((corpus / "p3.jsonl").read_text().splitlines()[0])["id"]
        assert p.document(jsonl_first).meta == {"n": 0}
        assert p.document(next(iter(made))).meta == {"published": "2024-05-01"}
        one = p.suggestions(jsonl_first)[0]
        p.reject_suggestion(one.id)

    again = run(capsys, "import", str(project), str(out), "--as", "suggestions")
    assert "(0 new to the project)" in again
    # the re-import leaves each undecided suggestion as it was: still pending,
    # and counted so (a store that counts them unchanged, not updated)
    pending = sum(len(row["spans"]) for row in made.values())
    assert f"with {pending} pending suggestions" in said, said
    assert f"with {pending - 1} pending suggestions" in again, again
    with Project.open(project, annotator="alice") as p:
        assert p.suggestion(one.id).status == "rejected"  # a decision outlives a re-import
        assert p.verify().ok


def test_where_and_sample_choose_the_documents(tmp_path, capsys, corpus, cluster):
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    rows = [
        row for path in sorted(out.glob("*.parquet")) for row in pq.read_table(path).to_pylist()
    ]
    wanted = {
        r["id"]
        for r in rows
        if any(s["label"] == "COMPANY" and s["score"] < 0.8 for s in r["spans"])
    }
    assert 0 < len(wanted) < len(rows)

    def imported(*options: str) -> set[str]:
        project = tmp_path / f"p{len(list(tmp_path.glob('p*.biaozhu')))}.biaozhu"
        run(capsys, "new", str(project))
        run(capsys, "import", str(project), str(out), "--as", "suggestions", *options)
        with Project.open(project) as p:
            return set(p.document_ids())

    where = "label == 'COMPANY' and score < 0.8"
    assert imported("--where", where) == wanted
    assert imported("--where", f"not ({where})") == {
        r["id"]
        for r in rows
        if any(not (s["label"] == "COMPANY" and s["score"] < 0.8) for s in r["spans"])
    }
    first = imported("--where", where, "--sample", "3", "--seed", "7")
    assert len(first) == 3 and first <= wanted
    assert imported("--where", where, "--sample", "3", "--seed", "7") == first
    seeds = {frozenset(imported("--sample", "3", "--seed", str(s))) for s in range(4)}
    assert len(seeds) > 1


def test_a_where_that_chooses_nothing_says_what_the_run_holds(tmp_path, capsys, corpus, cluster):
    """`--where "label == 'COMPNY'"` (a typo) imported nothing and said
    "imported 0 document(s)", status 0: the label meant was not named."""
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    project = tmp_path / "p.biaozhu"
    run(capsys, "new", str(project))
    where = "label == 'COMPNY'"
    assert main(["import", str(project), str(out), "--as", "suggestions", "--where", where]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1
    assert "no document" in err and "COMPANY" in err and "METRIC" in err
    with Project.open(project) as p:
        assert p.document_ids() == []


def metric_record(path: Path) -> tuple[int, int, float]:
    from models.learn.evidence import project_source_evidence

    with Project.open(path, readonly=True) as p:
        version = p.suggestions("a0")[0].version.partition("+")[0]
        ev = project_source_evidence(p, version)[("metric", "METRIC")]
    return ev.accepted, ev.rejected, round(ev.shown, 6)


def test_a_corpus_run_with_a_project_counts_in_its_record_as_suggest_project_does(
    tmp_path, capsys, corpus, cluster
):
    """A project whose curators reject the rates the quantity rules find has
    a record that scores the rules down (0.997 → 0.91); a corpus run with
    that project suggests with it, and its suggestions, imported and then
    rejected too, count in the record against the scorer's own probability,
    as the same suggestions made by ``suggest --project`` do, not against
    the moved one, which would make the rules look nearer right than they are."""
    from models.suggest.project import suggest_project

    sample = Path(__file__).resolve().parents[1] / "resources" / "sample"
    path, twin = tmp_path / "p.biaozhu", tmp_path / "twin.biaozhu"
    with Project.create(path, annotator="alice") as p:
        for n, article in enumerate(sorted(sample.glob("*.txt"))[:3]):
            p.add_document(article.read_text("utf-8").strip(), doc_id=f"a{n}")
        suggest_project(p)
        for n in range(3):
            for s in p.suggestions(f"a{n}"):
                if s.label == "METRIC" and s.text.endswith("%"):
                    p.reject_suggestion(s.id)
                else:
                    p.accept_suggestion(s.id)
            p.set_status(f"a{n}", "done")
        p.backup_to(twin)  # the same project, to be suggested by suggest --project
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster, "--project", str(path))
    run(capsys, "import", str(path), str(out), "--as", "suggestions")
    with Project.open(path) as p, Project.open(twin) as t:
        new = [d for d in p.document_ids() if not d.startswith("a")]
        for doc_id in new:
            t.add_document(p.document_text(doc_id), doc_id=doc_id)
        suggest_project(t, new)
        moved = []
        for project in (p, t):
            stored = [s for d in new for s in project.suggestions(d) if s.label == "METRIC"]
            moved.append([(s.doc_id, s.start, s.end, s.score, s.version) for s in stored])
            for s in stored:
                project.reject_suggestion(s.id)
        assert moved[0] == moved[1] and len(moved[0]) >= 5
        assert all(score < 0.95 for _d, _s, _e, score, _v in moved[0])
    assert metric_record(path) == metric_record(twin)
    assert metric_record(path)[2] > 0.99


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--out", "OUT"], "--out, --scheduler and --workers go with --corpus IN"),
        (["--corpus", "IN"], "--corpus needs --out OUT"),
        (["--corpus", "missing", "--out", "OUT"], "missing: no such file or folder"),
        (["--corpus", "IN", "--out", "IN/out"], "the output folder is inside the corpus"),
        (["--corpus", "IN", "--out", "OUT", "--workers", "0"], "0 is less than 1"),
    ],
)
def test_bad_corpus_options_get_one_line(tmp_path, capsys, corpus, argv, message):
    argv = [a.replace("IN", str(corpus)).replace("OUT", str(tmp_path / "out")) for a in argv]
    assert main(["suggest", *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and message in err and err.count("\n") == 1


def test_bad_input_fails_with_the_file_and_row(tmp_path, capsys, corpus, cluster):
    pq.write_table(pa.table({"id": ["x", "y"], "text": ["有文字", None]}), corpus / "p0.parquet")
    out = tmp_path / "out"
    code = main(["suggest", "--corpus", str(corpus), "--out", str(out), "--scheduler", cluster])
    err = capsys.readouterr().err
    assert code == 1 and err == 'biaozhu: error: p0.parquet: row 2 has no "text"\n'
    assert not (out / "_manifest.json").exists()


def test_import_refuses_a_run_that_did_not_finish(tmp_path, capsys, corpus, cluster):
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    project = tmp_path / "p.biaozhu"
    run(capsys, "new", str(project))
    os.remove(out / "p2.parquet")
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
    assert "p2.parquet: missing or changed" in capsys.readouterr().err
    assert (
        main(["import", str(project), str(out), "--as", "suggestions", "--where", "score <"]) == 1
    )
    assert "--where: expected a number to compare score with" in capsys.readouterr().err
    with Project.open(project) as p:
        assert p.document_ids() == []


def test_import_refuses_a_manifest_whose_shifts_are_not_numbers(tmp_path, capsys, corpus, cluster):
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    manifest = json.loads((out / "_manifest.json").read_text())
    assert "shifts" not in manifest  # the bundle's suggestions: nothing moved
    manifest["shifts"] = {"metric|METRIC": ["down", 3]}
    (out / "_manifest.json").write_text(json.dumps(manifest))
    project = tmp_path / "p.biaozhu"
    run(capsys, "new", str(project))
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
    err = capsys.readouterr().err
    assert "not a corpus manifest" in err and "metric|METRIC" in err and err.count("\n") == 1
    with Project.open(project) as p:
        assert p.document_ids() == []


# The command line in a child process, with an audit hook that writes down
# where each socket binds or connects: the local cluster must keep to loopback.
CHILD = """
import sys
def audit(event, args):
    if event in ("socket.bind", "socket.connect"):
        sys.stderr.write(f"SOCKET {event} {args[1]!r}\\n")
sys.addaudithook(audit)
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_a_killed_run_loses_only_the_partitions_in_flight(tmp_path, capsys, articles, cluster):
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "in"
    corpus.mkdir()
    texts = [t for _i, t in articles]
    for n in range(6):
        ids = [f"{n}-{i}" for i in range(len(texts))]
        pq.write_table(pa.table({"id": ids, "text": texts}), corpus / f"part{n}.parquet")
    out = tmp_path / "out"
    argv = ["suggest", "--corpus", str(corpus), "--out", str(out), "--workers", "1"]
    log = tmp_path / "child.log"
    with log.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, *argv],
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,  # its own process group: the workers die with it
        )
        try:
            deadline = time.monotonic() + 120
            while not list(out.glob("*.parquet")) and child.poll() is None:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.02)
        finally:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    written = sorted(p.name for p in out.glob("*.parquet"))
    assert 1 <= len(written) < 6, log.read_text()
    assert not (out / "_manifest.json").exists()
    for name in written:  # whole partitions, each saying what it was made from
        assert pq.read_table(out / name).num_rows == len(texts)

    sockets = [line for line in log.read_text().splitlines() if line.startswith("SOCKET")]
    assert sockets, "a process cluster talks over sockets"
    assert all("'127.0.0.1'" in line for line in sockets), sockets

    before = snapshot(out)
    said = suggest_corpus(capsys, corpus, out, cluster)
    assert f"{6 - len(written)} computed, {len(written)} already done" in said
    after = snapshot(out)
    assert all(after[name] == before[name] for name in written)
    assert not [p for p in out.iterdir() if ".tmp-" in p.name]
    dd = pytest.importorskip("dask.dataframe")  # the folder is one dataset
    assert len(dd.read_parquet(str(out))) == 6 * len(texts)


def test_texts_suggested_in_batches_give_what_suggest_file_gives(
    tmp_path, capsys, corpus, cluster, monkeypatch
):
    # Batches of 4 texts put batch boundaries inside every partition: the
    # spans column is built a batch at a time to keep a worker's memory near
    # the input's size, and must still hold each document's own suggestions.
    import models.corpus.work

    monkeypatch.setattr(models.corpus.work, "SUGGEST_BATCH", 4)
    out = tmp_path / "out"
    suggest_corpus(capsys, corpus, out, cluster)
    expected = cli_spans(capsys, str(as_jsonl(corpus, tmp_path)))
    assert output_spans(out) == expected
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["labels"] == {
        label: sum(s["label"] == label for spans in expected.values() for s in spans)
        for label in ("COMPANY", "METRIC", "POLICY")
    }
