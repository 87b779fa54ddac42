"""Coverage-guided fuzzing of the importers (a plain script, not collected by
pytest; needs ``pip install atheris``):

    .venv/bin/python tests/fuzz/fuzz_import.py --seeds DIR      write valid files of every format
    .venv/bin/python tests/fuzz/fuzz_import.py -max_total_time=600 CORPUS_DIR DIR
    .venv/bin/python tests/fuzz/fuzz_import.py --replay FILE... (one input, no atheris)
    .venv/bin/python tests/fuzz/fuzz_import.py --structured DIR SECONDS FOUND_DIR [SEED]
                                                 (structured mutations of DIR's seeds)

An input is one byte naming the format (``FORMATS[b % len]``), one byte of
options (bit 0: ``--clean``; bit 1: an explicit ``--format`` rather than
``auto``), then the file's bytes; a brat input holds its .txt and its .ann
split at ``BRAT_SPLIT``. The seeds are the project's own exports of two short
annotated articles and hand-made files of the other formats, so libFuzzer's
mutations are truncations, flipped bytes, spliced records of valid files.

The file goes through ``import_paths`` into a project, as ``biaozhu import``
does. It may be imported or refused with the importer's one-line reason; any
other exception, a refusal of several lines, a project that fails ``verify``,
or more than ``SLOW`` seconds is a failure (libFuzzer saves the input)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

SLOW = float(os.environ.get("FUZZ_SLOW", "5.0"))
FORMATS = (
    ("txt", ".txt"),
    ("csv", ".csv"),
    ("jsonl", ".jsonl"),
    ("prodigy", ".jsonl"),
    ("doccano", ".jsonl"),
    ("label-studio", ".json"),
    ("brat", ".ann"),
    ("conll", ".conll"),
    ("spacy", ".spacy"),
    ("cluener", ".json"),
    ("docx", ".docx"),
    ("pdf", ".pdf"),
)
BRAT_SPLIT = b"\n=====ann=====\n"


def short_docs() -> list[dict]:
    """Two news-train articles cut to their first 160 characters, with the
    gold spans inside the cut (attributes and all)."""
    out = []
    with (SHARED / "gold" / "news-train.jsonl").open(encoding="utf-8") as lines:
        for line in list(lines)[:2]:
            doc = json.loads(line)
            text = doc["text"][:160]
            spans = [s for s in doc["spans"] if s["end"] <= len(text)]
            out.append({"id": doc.get("id"), "text": text, "spans": spans})
    return out


def write_seeds(folder: Path) -> None:
    """One seed input per format: the project's exports of ``short_docs`` and
    hand-made files of the formats it only reads."""
    from desktop.cli import main as cli

    folder.mkdir(parents=True, exist_ok=True)
    docs = short_docs()
    work = Path(tempfile.mkdtemp(prefix="fuzz3-seeds-"))
    gold = work / "gold.jsonl"
    gold.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    project = work / "p.biaozhu"
    assert cli(["new", str(project)]) == 0
    assert cli(["import", str(project), str(gold)]) == 0
    files: dict[str, bytes] = {"jsonl": gold.read_bytes()}
    for fmt, ending in FORMATS:
        if fmt in ("txt", "csv", "jsonl", "prodigy", "cluener", "docx", "pdf"):
            continue
        out = work / f"out-{fmt}{ending if fmt != 'brat' else ''}"
        assert cli(["export", str(project), "--format", fmt, "--out", str(out), "--force"]) == 0
        if fmt == "brat":
            ann = sorted(out.glob("*.ann"))[0]
            files[fmt] = ann.with_suffix(".txt").read_bytes() + BRAT_SPLIT + ann.read_bytes()
        else:
            files[fmt] = out.read_bytes()
    text = docs[0]["text"]
    files["txt"] = text.encode("utf-8")
    files["csv"] = (
        "id,text\n" + "".join(f'{i},"{d["text"]}"\n' for i, d in enumerate(docs))
    ).encode()
    files["prodigy"] = "".join(
        json.dumps(
            {
                "text": d["text"],
                "spans": [
                    {"start": s["start"], "end": s["end"], "label": s["label"]} for s in d["spans"]
                ],
                "answer": "accept",
                "_input_hash": 1,
                "_task_hash": 2,
            },
            ensure_ascii=False,
        )
        + "\n"
        for d in docs
    ).encode()
    files["cluener"] = "".join(
        json.dumps(
            {
                "text": d["text"],
                "label": {
                    "company": {
                        d["text"][s["start"] : s["end"]]: [[s["start"], s["end"] - 1]]
                        for s in d["spans"]
                        if s["label"] == "COMPANY"
                    }
                },
            },
            ensure_ascii=False,
        )
        + "\n"
        for d in docs
    ).encode()
    try:
        import docx

        document = docx.Document()
        for para in text.split("。"):
            document.add_paragraph(para)
        document.save(work / "seed.docx")
        files["docx"] = (work / "seed.docx").read_bytes()
    except ImportError:
        pass
    try:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.add_font("wqy", fname="/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
        pdf.set_font("wqy", size=10)
        pdf.multi_cell(0, 6, text[:80])
        files["pdf"] = bytes(pdf.output())
    except Exception as exc:  # the seed is a convenience, not required
        print("no pdf seed:", exc)
    for i, (fmt, _ending) in enumerate(FORMATS):
        for flags in (0, 1, 2):
            if fmt in files:
                (folder / f"seed-{fmt}-{flags}").write_bytes(bytes([i, flags]) + files[fmt])
    shutil.rmtree(work)
    print(f"{len(list(folder.iterdir()))} seeds in {folder}")


class Target:
    """A project the inputs are imported into, made again now and then so
    that documents already imported do not turn every later one into a
    duplicate."""

    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="fuzz3-import-"))
        self.count = 0
        self.project = None

    def fresh(self):
        from models import Project

        if self.project is None or self.count % 50 == 0:
            if self.project is not None:
                self.project.close()
            for p in self.tmp.glob("p.biaozhu*"):
                p.unlink()
            self.project = Project.create(self.tmp / "p.biaozhu", annotator="fuzz")
        self.count += 1
        return self.project

    def run(self, data: bytes) -> None:
        if len(data) < 2:
            return
        fmt, ending = FORMATS[data[0] % len(FORMATS)]
        flags = data[1]
        body = data[2:]
        folder = self.tmp / "in"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        path = folder / f"doc{ending}"
        if fmt == "brat":
            txt, _sep, ann = body.partition(BRAT_SPLIT) if BRAT_SPLIT in body else (b"", b"", body)
            if _sep:
                path.with_suffix(".txt").write_bytes(txt)
            path.write_bytes(ann)
        else:
            path.write_bytes(body)
        extra = {"clean": True} if flags & 1 else {}
        # prodigy and doccano have no ending of their own; a CLUENER file is
        # told by its shape under auto, and needs a label map when named
        explicit = flags & 2 or fmt in ("prodigy", "doccano")
        if explicit and fmt == "cluener":
            extra["label_map"] = {"company": "COMPANY"}
        self.check(path, fmt, bool(explicit), extra, len(body))

    def check(self, path: Path, fmt: str, explicit: bool, extra: dict, size: int) -> None:
        """``path`` imported (``fmt`` named, or ``auto``) into the project, or
        refused in one line; else an AssertionError saying what went wrong."""
        from models.errors import BiaozhuError
        from models.io.importers import ImportOptions, import_paths

        options = ImportOptions(fmt=fmt if explicit else "auto", extra=extra)
        project = self.fresh()
        events = project.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        began = time.perf_counter()
        try:
            report = import_paths(project, [path], options)
            self.report = report
        except BiaozhuError as exc:
            if "\n" in str(exc):
                raise AssertionError(f"a refusal of several lines: {exc!r}") from None
            return
        if (
            report.failed
            and events != project.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        ):
            raise AssertionError(f"{fmt}: a refused file changed the project")
        took = time.perf_counter() - began
        if took > SLOW:
            raise AssertionError(f"{fmt}: {took:.2f}s for {size} bytes")
        for _file, reason in report.failed:
            if not reason or "\n" in reason or "Traceback" in reason:
                raise AssertionError(f"{fmt}: a refusal not in one line: {reason!r}")
        if not project.verify().ok:
            raise AssertionError(f"{fmt}: the project fails verify after the import")


# What a field of a JSON record is replaced with: wrong types, offsets out
# of range, huge and odd numbers, deep nesting, odd strings.
HOSTILE_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2**31,
    2**63,
    10**30,
    -(10**30),
    1e308,
    -0.0,
    0.5,
    3.0,
    float("inf"),
    float("nan"),
    "",
    "0",
    "5",
    "-1",
    "1e9",
    "COMPANY",
    "公司",
    " ",
    "\n",
    "\ud7ff\ufffd",
    "😀" * 3,
    "a" * 5000,
    [],
    {},
    [0],
    [0, 1],
    [[0, 1, "COMPANY"]],
    {"start": 0},
    {"start": 0, "end": 2, "label": "COMPANY"},
    [None],
    [[]],
    {"": None},
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5", "latin-1"]


def _nodes(value, path=()):
    """(path, value) of every node of a JSON value (not below 30 levels: a
    value nested thousands deep is mutated as one)."""
    yield path, value
    if len(path) > 30:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _nodes(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _nodes(v, (*path, i))


def _replace(value, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    out = list(value)
    out[head] = _replace(value[head], rest, new)
    return out


def _delete(value, path):
    head, rest = path[0], path[1:]
    if rest:
        out = dict(value) if isinstance(value, dict) else list(value)
        out[head] = _delete(value[head], rest)
        return out
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != head}
    return [v for i, v in enumerate(value) if i != head]


def mutate_json(record, rng):
    """The record with one to three of its fields changed: replaced by a
    hostile value, deleted, a number moved by a little or a lot, a list
    nested deep, a string given odd characters."""
    for _ in range(rng.randint(1, 3)):
        nodes = list(_nodes(record))
        path, value = rng.choice(nodes)
        how = rng.random()
        if how < 0.45:
            new = rng.choice(HOSTILE_VALUES)
        elif how < 0.6 and path:
            record = _delete(record, path)
            continue
        elif how < 0.8 and isinstance(value, int) and not isinstance(value, bool):
            new = value + rng.choice([-2, -1, 1, 2, 100, -100, 10**6])
        elif how < 0.85:
            new = value
            for _ in range(rng.choice([2, 50, 5000])):
                new = [new] if rng.random() < 0.5 else {"x": new}
        elif isinstance(value, str) and value:
            k = rng.randrange(len(value) + 1)
            new = (
                value[:k]
                + rng.choice(["\r", "\n", "\u2028", "\x00", "\ufeff", "𠀀", "\u0301"])
                + value[k:]
            )
        else:
            new = rng.choice(HOSTILE_VALUES)
        record = _replace(record, path, new)
    return record


LINE_INSERTS = ["\t", ",", '"', "\r", "\n", " ", "-1", "99999999999", "T", "O", "B-", "I-X"]


def _mutated_lines(text: str, rng) -> str:
    """The text with one to four of its lines deleted, repeated, swapped,
    given a separator, a quote, a tag or a number, or re-separated."""
    lines = text.splitlines(keepends=True) or [""]
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        how = rng.random()
        if how < 0.25:
            del lines[i]
        elif how < 0.45:
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif how < 0.6:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif how < 0.8:
            cut = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:cut] + rng.choice(LINE_INSERTS) + lines[i][cut:]
        else:
            lines[i] = lines[i].replace("\t", " ").replace(",", ";")
        if not lines:
            lines = [""]
    return "".join(lines)


def _mutated_text(fmt: str, text: str, rng) -> str:
    """A seed's text with its JSON records or its lines mutated."""
    if fmt == "label-studio":
        return json.dumps(mutate_json(json.loads(text), rng), ensure_ascii=rng.random() < 0.2)
    if fmt in ("jsonl", "prodigy", "doccano", "cluener"):
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
        i = rng.randrange(len(records))
        records[i] = mutate_json(records[i], rng)
        return "\n".join(json.dumps(r, ensure_ascii=rng.random() < 0.2) for r in records)
    return _mutated_lines(text, rng)


def structured_inputs(seeds: Path, rng):
    """Endless inputs: a seed's JSON records mutated field by field, or its
    lines (CSV, CoNLL, brat, JSON lines) cut, repeated, swapped and spliced,
    cut short and written in another encoding now and then."""
    files = sorted(p for p in seeds.iterdir() if p.name.startswith("seed-"))
    while True:
        seed = rng.choice(files).read_bytes()
        head, body = seed[:2], seed[2:]
        fmt = FORMATS[head[0] % len(FORMATS)][0]
        if fmt in ("docx", "pdf", "spacy"):
            continue  # binary: libFuzzer's byte mutations are for them
        try:
            out = _mutated_text(fmt, body.decode("utf-8"), rng)
        except RecursionError:  # nested deeper than json.dumps goes: another
            continue
        if rng.random() < 0.3:
            out = out[: rng.randrange(len(out) + 1)]
        encoding = rng.choice(ENCODINGS) if rng.random() < 0.2 else "utf-8"
        data = out.encode(encoding, errors="replace")
        yield head[:1] + bytes([rng.randrange(4)]) + data


def run_structured(seeds: Path, seconds: float, found: Path, seed: int = 0) -> None:
    """``structured_inputs`` for ``seconds``: each failing input saved in
    ``found`` (replay it with --replay) and counted by its error."""
    import random

    from failures import Failures  # beside this script

    rng = random.Random(seed)
    target = Target()
    found.mkdir(parents=True, exist_ok=True)
    end = time.monotonic() + seconds
    n = 0
    failures = Failures(found)
    for data in structured_inputs(seeds, rng):
        if time.monotonic() > end:
            break
        n += 1
        try:
            target.run(data)
        except Exception as exc:  # every kind of failure is what is looked for
            failures.record(exc, data)
            if target.project is not None:  # a fresh project after a failure
                target.project.close()
            target.project = None
    print(f"{n} inputs in {seconds:.0f}s; failures: {failures.kinds}")


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--structured":
        seed = int(args[4]) if len(args) > 4 else 0
        run_structured(Path(args[1]), float(args[2]), Path(args[3]), seed)
        return
    if args and args[0] == "--seeds":
        write_seeds(Path(args[1]))
        return
    if args and args[0] == "--replay":
        target = Target()
        for path in args[1:]:
            data = Path(path).read_bytes()
            print(path, FORMATS[data[0] % len(FORMATS)][0] if data else "", data[2:300])
            target.run(data)
        return
    import atheris

    with atheris.instrument_imports(include=["models"]):
        import models.io.importers  # noqa: F401
        import models.io.registry  # noqa: F401
    target = Target()
    atheris.Setup([sys.argv[0], *args], target.run)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
