"""Structured fuzzing of the importers of container formats, whose bytes a
flat mutation almost never gets past the first check of (a plain script, not
collected by pytest; atheris for the coverage-guided mode):

    .venv/bin/python tests/fuzz/fuzz_containers.py --random KIND SECONDS FOUND_DIR [SEED]
    .venv/bin/python tests/fuzz/fuzz_containers.py KIND -max_total_time=300 [CORPUS_DIR]
    .venv/bin/python tests/fuzz/fuzz_containers.py --replay FILE...

KIND is ``docx``, ``spacy`` or ``hf``. Each input is a recipe: the valid
file of the kind (the project's own export of two short annotated articles,
a python-docx document) is taken apart and one to four of its parts are
changed before it is put together again:

- ``docx``: a zip member (``word/document.xml``, ``[Content_Types].xml``,
  the relationships) replaced by XML nested thousands deep, a huge text run,
  a DTD, a relationship to a missing, absolute, ``..`` or external target,
  cut short, flipped bytes, another encoding; a member deleted, renamed,
  given twice or a zip bomb by ratio; the zip itself cut or flipped.
- ``spacy``: the DocBin's msgpack (inflated) with a field replaced: the
  token, space and length arrays cut, padded or counting wrong, the strings
  list emptied, user data whose keys point past the text, span groups that
  are no msgpack or whose spans run past their doc, the version and attrs of
  the wrong type; or the zlib stream cut or flipped.
- ``hf``: ``dataset_dict.json``, ``state.json`` and ``dataset_info.json``
  mutated as JSON, or the Arrow stream rewritten with a column of another
  type (spans as numbers, start as text, text as bytes), nulls, offsets out
  of range, buffers compressed (a small file that inflates to gigabytes),
  or its bytes cut and flipped.

In random mode the recipe is drawn from ``random.Random(SEED)``; under
atheris the input's bytes are the recipe (``atheris.FuzzedDataProvider``),
so libFuzzer's coverage guides which parts are changed and how. The file goes
through ``import_paths`` into a project (``fuzz_import.Target.check``): it
is imported or refused in one line; any other exception, a refusal of
several lines, a project that fails ``verify``, a refused file that changed
the project, or more than ``FUZZ_SLOW`` seconds is a failure. The process
runs under a 2 GB address-space limit so that an input that takes memory
without bound fails (MemoryError) instead of taking the machine."""

from __future__ import annotations

import io
import json
import random
import resource
import shutil
import sys
import tempfile
import time
import warnings
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fuzz_import import HOSTILE_VALUES, REPO, Target, mutate_json, short_docs  # noqa: E402

sys.path.insert(0, str(REPO))

KINDS = ("docx", "spacy", "hf")
MEMORY_LIMIT = 2 << 30
warnings.filterwarnings("ignore", "Duplicate name", UserWarning)  # a member given twice


class Draw:
    """The recipe's choices, from a ``random.Random`` or from the input's bytes."""

    def __init__(self, source) -> None:
        self.source = source
        self.fdp = not isinstance(source, random.Random)

    def below(self, n: int) -> int:
        if n <= 1:
            return 0
        if self.fdp:
            return self.source.ConsumeIntInRange(0, n - 1)
        return self.source.randrange(n)

    def chance(self, p: float) -> bool:
        return self.below(1000) < p * 1000

    def pick(self, items):
        items = list(items)
        return items[self.below(len(items))]

    def rng(self) -> random.Random:
        """A Random seeded from the recipe, for mutate_json."""
        return random.Random(self.below(1 << 30))


# -- seeds -------------------------------------------------------------------------------


def exports(work: Path) -> dict[str, Path]:
    """The project's spacy and hf exports of ``short_docs``, and a .docx."""
    from desktop.cli import main as cli

    gold = work / "gold.jsonl"
    docs = short_docs()
    gold.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    project = work / "p.biaozhu"
    assert cli(["new", str(project)]) == 0
    assert cli(["import", str(project), str(gold)]) == 0
    out = {}
    for kind, name in (("spacy", "seed.spacy"), ("hf", "seed-hf")):
        out[kind] = work / name
        assert cli(["export", str(project), "--format", kind, "--out", str(out[kind])]) == 0
    import docx

    document = docx.Document()
    document.core_properties.title = "标题"
    for para in docs[0]["text"].split("。"):
        document.add_paragraph(para)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "营收"
    table.cell(0, 1).text = "932.4亿元"
    out["docx"] = work / "seed.docx"
    document.save(out["docx"])
    return out


# -- docx --------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_ATTACKS = [
    # deep nesting, in the body and in a run
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        + "<w:sdt><w:sdtContent>" * n
        + "<w:p><w:r><w:t>深</w:t></w:r></w:p>"
        + "</w:sdtContent></w:sdt>" * n
        + "</w:body></w:document>"
    ),
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p>'
        + "<w:hyperlink>" * n
        + "<w:r><w:t>深</w:t></w:r>"
        + "</w:hyperlink>" * n
        + "</w:p></w:body></w:document>"
    ),
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        + "<w:tbl><w:tr><w:tc>" * n
        + "<w:p><w:r><w:t>表</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>" * n
        + "</w:body></w:document>"
    ),
    # many paragraphs, a huge run, many tiny runs
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        + "<w:p><w:r><w:t>段</w:t></w:r></w:p>" * (n * 10)
        + "</w:body></w:document>"
    ),
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'
        + "字" * (n * 1000)
        + "</w:t></w:r></w:p></w:body></w:document>"
    ),
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p>'
        + "<w:r><w:tab/><w:br/></w:r>" * (n * 10)
        + "</w:p></w:body></w:document>"
    ),
    # entities and a DTD
    lambda n: (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'
    ),
    lambda n: (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&#0;&#xD800;&#1114112;</w:t></w:r></w:p></w:body></w:document>'
    ),
    # no body, the wrong root, another namespace, empty
    lambda n: f'<w:document xmlns:w="{W_NS}"/>',
    lambda n: "<document><body><p><r><t>x</t></r></p></body></document>",
    lambda n: "",
    lambda n: "<",
    lambda n: '<?xml version="1.0" encoding="UTF-16"?><a/>',
    lambda n: '<?xml version="1.0" encoding="x-unknown"?><a/>',
]
RELS_TARGETS = [
    "word/missing.xml",
    "/word/document.xml",
    "../../../etc/passwd",
    "http://example.com/x.xml",
    "",
    "word/",
    "word/document.xml#frag",
    "%2e%2e/x",
    "word/document.xml" * 500,
]


def docx_members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _flip(data: bytes, draw: Draw) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(1 + draw.below(8)):
        out[draw.below(len(out))] = draw.below(256)
    return bytes(out)


def _cut(data: bytes, draw: Draw) -> bytes:
    return data[: draw.below(len(data) + 1)]


def mutate_docx(members: list[tuple[str, bytes]], draw: Draw) -> bytes:
    members = list(members)
    whole = None
    for _ in range(1 + draw.below(4)):
        how = draw.below(12)
        i = draw.below(len(members))
        name, data = members[i]
        if how == 0:  # an attack in the document (or another XML part)
            target = "word/document.xml" if draw.chance(0.7) else name
            depth = draw.pick([2, 50, 300, 3000, 30000])
            xml = draw.pick(XML_ATTACKS)(depth).encode()
            members = [(n, xml if n == target else d) for n, d in members]
        elif how == 1:
            del members[i]
        elif how == 2:
            members[i] = (
                draw.pick(["", "/abs.xml", "../x.xml", name.upper(), name + "\x00"]),
                data,
            )
        elif how == 3:
            members.append((name, data))  # given twice
        elif how == 4:  # a relationship pointing somewhere odd
            rels = [k for k, (n, _) in enumerate(members) if n.endswith(".rels")]
            if rels:
                k = draw.pick(rels)
                n, d = members[k]
                text = d.decode("utf-8", "replace")
                at = text.find('Target="')
                if at >= 0:
                    end = text.find('"', at + 8)
                    target = draw.pick(RELS_TARGETS)
                    mode = ' TargetMode="External"' if draw.chance(0.3) else ""
                    text = text[: at + 8] + target + '"' + mode + text[end + 1 :]
                members[k] = (n, text.encode())
        elif how == 5:  # content types: none, wrong, or the document's removed
            k = next((k for k, (n, _) in enumerate(members) if n == "[Content_Types].xml"), None)
            if k is not None:
                n, d = members[k]
                text = d.decode("utf-8", "replace")
                if draw.chance(0.5):
                    text = text.replace("wordprocessingml.document.main", "spreadsheetml.x")
                else:
                    text = text[: draw.below(len(text) + 1)]
                members[k] = (n, text.encode())
        elif how == 6:
            members[i] = (name, _flip(data, draw))
        elif how == 7:
            members[i] = (name, _cut(data, draw))
        elif how == 8:  # a zip bomb by ratio: zeros that compress 1000 times
            members.append(("word/media/bomb.bin", b"\0" * (draw.pick([1, 2, 8, 40]) << 20)))
        elif how == 9:  # the XML in another encoding, with or without saying so
            text = data.decode("utf-8", "replace")
            enc = draw.pick(["utf-16", "utf-16-le", "gb18030", "latin-1"])
            members[i] = (name, text.encode(enc, "replace"))
        elif how == 10:  # a JSON-ish value where text was
            value = draw.pick(HOSTILE_VALUES)
            members[i] = (name, str(value).encode("utf-8", "surrogatepass"))
        else:
            whole = draw.below(3)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name or "x")
            info.compress_type = zipfile.ZIP_DEFLATED if draw.chance(0.8) else zipfile.ZIP_STORED
            z.writestr(info, data)
    data = out.getvalue()
    if whole == 0:
        data = _cut(data, draw)
    elif whole == 1:
        data = _flip(data, draw)
    return data


# -- spacy -------------------------------------------------------------------------------


def spacy_message(path: Path) -> dict:
    import srsly

    return srsly.msgpack_loads(zlib.decompress(path.read_bytes()))


def _array_bytes(data: bytes, draw: Draw, width: int) -> bytes:
    how = draw.below(6)
    if how == 0:
        return data[: draw.below(len(data) + 1)]
    if how == 1:
        return data + bytes(width * draw.pick([1, 3, 1000]))
    if how == 2:
        return b""
    if how == 3:  # one value huge or negative
        import struct

        if len(data) >= 4:
            at = draw.below(len(data) // 4) * 4
            value = draw.pick([-1, -(2**31), 2**31 - 1, 10**6, 0])
            return data[:at] + struct.pack("<i", value) + data[at + 4 :]
        return data
    if how == 4:
        return data * draw.pick([2, 100])
    return _flip(data, draw)


def mutate_spacy(message: dict, draw: Draw) -> bytes:
    import srsly

    msg = dict(message)
    for _ in range(1 + draw.below(4)):
        key = draw.pick(list(msg))
        value = msg[key]
        how = draw.below(5)
        if how == 0:
            msg[key] = draw.pick(HOSTILE_VALUES)
        elif how == 1 and key in ("tokens", "lengths", "spaces"):
            msg[key] = _array_bytes(value, draw, {"tokens": 48, "lengths": 4, "spaces": 1}[key])
        elif how == 2 and key == "strings":
            msg[key] = draw.pick([[], value[: len(value) // 2], value + ["\ud800x"], [1, 2]])
        elif how == 2 and isinstance(value, list) and value:
            k = draw.below(len(value))
            item = value[k]
            value = list(value)
            if key == "user_data" and isinstance(item, bytes):
                value[k] = mutate_user_data(item, draw)
            elif key == "span_groups" and isinstance(item, bytes):
                value[k] = mutate_span_groups(item, draw)
            else:
                value[k] = draw.pick(HOSTILE_VALUES)
            msg[key] = value
        elif how == 3 and isinstance(value, list):
            msg[key] = value + value if draw.chance(0.5) else value[:-1]
        elif how == 4 and draw.chance(0.3):
            del msg[key]
            if not msg:
                break
    data = srsly.msgpack_dumps(msg)
    if draw.chance(0.1):
        data = _cut(data, draw)
    packed = zlib.compress(data)
    if draw.chance(0.1):
        packed = _flip(packed, draw)
    return packed


def mutate_user_data(item: bytes, draw: Draw) -> bytes:
    import srsly

    try:
        data = srsly.msgpack_loads(item)
    except Exception:  # a mutation made it no msgpack: leave it so
        return item
    if not isinstance(data, dict) or not data:
        return _flip(item, draw)
    key = draw.pick(list(data))
    how = draw.below(4)
    if how == 0:
        data[key] = draw.pick(HOSTILE_VALUES)
    elif how == 1 and isinstance(key, tuple):  # an extension's key pointing elsewhere
        data[(*key[:2], draw.pick([-5, 0, 10**6, 2**40]), draw.pick([0, 3, 10**6]))] = data[key]
    elif how == 2:
        data[draw.pick(["offset", "before", "after", "id", "title", "status"])] = draw.pick(
            HOSTILE_VALUES + [10**6, "x" * 3]
        )
    else:
        return _flip(item, draw)
    try:
        return srsly.msgpack_dumps(data)
    except Exception:  # a value msgpack cannot hold (a float('nan') key…): the original
        return item


def mutate_span_groups(item: bytes, draw: Draw) -> bytes:
    import srsly

    try:
        groups = srsly.msgpack_loads(item)
    except Exception:
        return _flip(item, draw)
    if not isinstance(groups, list) or not groups:
        return _flip(item, draw)
    k = draw.below(len(groups))
    try:
        group = srsly.msgpack_loads(groups[k])
    except Exception:
        return _flip(item, draw)
    if isinstance(group, dict) and group.get("spans"):
        spans = list(group["spans"])
        j = draw.below(len(spans))
        span = spans[j]
        try:
            span = srsly.msgpack_loads(span) if isinstance(span, bytes) else span
        except Exception:
            span = None
        if isinstance(span, dict) and span:
            field = draw.pick(list(span))
            span[field] = draw.pick([-1, 0, 10**6, 2**40, "x", None, 2**63 - 1])
            spans[j] = srsly.msgpack_dumps(span)
        else:
            spans[j] = _flip(spans[j] if isinstance(spans[j], bytes) else b"x", draw)
        group["spans"] = spans
        groups[k] = srsly.msgpack_dumps(group)
    else:
        groups[k] = _flip(groups[k], draw)
    return srsly.msgpack_dumps(groups)


# -- hf ----------------------------------------------------------------------------------


def hf_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def mutate_arrow(data: bytes, draw: Draw) -> bytes:
    import pyarrow as pa

    table = pa.ipc.open_stream(data).read_all()
    how = draw.below(9)
    if how == 0:  # a column of another type
        name = draw.pick(table.column_names)
        kind = draw.pick(
            [pa.int64(), pa.string(), pa.binary(), pa.large_string(), pa.null(), pa.float64()]
        )
        n = table.num_rows
        values = {
            "int64": [draw.pick([0, -1, 10**12, 2**62]) for _ in range(n)],
            "string": ["x" * draw.below(5) for _ in range(n)],
            "large_string": ["文" * draw.below(5) for _ in range(n)],
            "binary": [b"\xff\xfe" for _ in range(n)],
            "null": [None] * n,
            "double": [float("nan")] * n,
        }[str(kind)]
        table = table.set_column(table.column_names.index(name), name, pa.array(values, kind))
    elif how == 1:  # spans of another shape
        rows = table.to_pylist()
        for row in rows:
            spans = row.get("spans") or []
            for s in spans:
                field = draw.pick(list(s) or ["start"])
                s[field] = draw.pick(
                    [-1, 0, 10**9, 2**31 - 1, None, "", "COMPANY", "x" * 200, "\n"]
                    if field != "attrs"
                    else [None, {}]
                )
        try:
            table = pa.Table.from_pylist(rows)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            pass
    elif how == 2:  # spans as a list of numbers, or structs of strings
        n = table.num_rows
        new = draw.pick(
            [
                pa.array([[1, 2]] * n, pa.list_(pa.int64())),
                pa.array([[{"start": "0", "end": "2", "label": 5}]] * n),
                pa.array([None] * n, pa.list_(pa.struct([("start", pa.int32())]))),
                pa.array([[{"start": 0, "end": 2}]] * n),
                pa.array([[{"start": 0, "end": 2, "label": "A", "attrs": {"value": "{"}}]] * n),
                pa.array([[{"start": 0, "end": 2, "label": "A", "attrs": "x"}]] * n),
                pa.array([[{"start": 0, "end": 2, "label": "A", "attrs": [1]}]] * n),
                pa.array([[{"start": 0, "end": 2, "label": ["A"]}]] * n),
            ]
        )
        table = table.set_column(table.column_names.index("spans"), "spans", new)
    elif how == 3:  # a column gone
        table = table.drop_columns([draw.pick(table.column_names)])
    elif how == 4:  # many rows, or none
        table = (
            pa.concat_tables([table] * draw.pick([0, 1, 500]))
            if draw.chance(0.5)
            else table.slice(0, 0)
        )
    elif how == 5:  # the text null or white space
        n = table.num_rows
        col = draw.pick([[None] * n, [" "] * n, ["\u200b"] * n, ["\ud7ff"] * n])
        table = table.set_column(
            table.column_names.index("text"), "text", pa.array(col, pa.string())
        )
    sink = io.BytesIO()
    compression = draw.pick([None, None, "lz4", "zstd"])
    options = pa.ipc.IpcWriteOptions(compression=compression)
    with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    out = sink.getvalue()
    if how == 6:
        out = _cut(out, draw)
    elif how == 7:
        out = _flip(out, draw)
    elif how == 8:  # a stream that inflates far: zeros compressed
        n = draw.pick([1, 64, 600])
        zeros = pa.table(
            {
                "text": pa.array(["0" * (1 << 20)] * n),
                "spans": pa.array([[]] * n, pa.list_(pa.struct([("start", pa.int32())]))),
            }
        )
        sink = io.BytesIO()
        with pa.ipc.new_stream(
            sink, zeros.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")
        ) as writer:
            writer.write_table(zeros)
        out = sink.getvalue()
    return out


def mutate_hf(files: dict[str, bytes], draw: Draw) -> dict[str, bytes]:
    files = dict(files)
    for _ in range(1 + draw.below(3)):
        name = draw.pick(sorted(files))
        data = files[name]
        if name.endswith(".arrow"):
            try:
                files[name] = mutate_arrow(data, draw)
            except Exception:  # a mutation pyarrow itself refuses to write: flip bytes
                files[name] = _flip(data, draw)
        elif name.endswith(".json"):
            if draw.chance(0.8):
                try:
                    value = mutate_json(json.loads(data), draw.rng())
                    files[name] = json.dumps(value).encode()
                except (ValueError, RecursionError):
                    files[name] = _cut(data, draw)
            else:
                files[name] = _cut(data, draw)
        elif draw.chance(0.5):
            del files[name]
    return files


# -- running -----------------------------------------------------------------------------


class Fuzz:
    """The seeds taken apart once; each recipe made into a file and imported."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.work = Path(tempfile.mkdtemp(prefix="fuzz4-seeds-"))
        seeds = exports(self.work)
        self.seed = seeds[kind]
        if kind == "docx":
            self.members = docx_members(self.seed)
        elif kind == "spacy":
            self.message = spacy_message(self.seed)
        else:
            self.files = hf_files(self.seed)
        self.target = Target()
        self.unmade = 0  # recipes that made no file

    def make(self, draw: Draw) -> Path:
        folder = self.target.tmp / "in"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        if self.kind == "docx":
            path = folder / "doc.docx"
            path.write_bytes(mutate_docx(self.members, draw))
        elif self.kind == "spacy":
            path = folder / "doc.spacy"
            path.write_bytes(mutate_spacy(self.message, draw))
        else:
            path = folder / "data"
            for name, data in mutate_hf(self.files, draw).items():
                (path / name).parent.mkdir(parents=True, exist_ok=True)
                (path / name).write_bytes(data)
        return path

    def run(self, draw: Draw) -> None:
        try:
            path = self.make(draw)
        except Exception:  # a recipe msgpack or pyarrow cannot write: not an input
            self.unmade += 1
            return
        size = sum(p.stat().st_size for p in [path, *path.rglob("*")] if p.is_file())
        explicit = draw.chance(0.5)
        self.target.check(path, self.kind, explicit, {}, size)


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_random(kind: str, seconds: float, found: Path, seed: int = 0) -> None:
    from failures import Failures  # beside this script

    fuzz = Fuzz(kind)
    limit_memory()
    rng = random.Random(seed)
    found.mkdir(parents=True, exist_ok=True)
    failures = Failures(found)
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        recipe = rng.randrange(1 << 62)
        n += 1
        try:
            fuzz.run(Draw(random.Random(recipe)))
        except Exception as exc:  # every kind of failure is what is looked for
            failures.record(exc, f"{kind} {recipe}".encode())
            if fuzz.target.project is not None:
                fuzz.target.project.close()
            fuzz.target.project = None
    print(
        f"{kind}: {n - fuzz.unmade} inputs imported in {seconds:.0f}s"
        f" ({fuzz.unmade} recipes made no file); failures: {failures.kinds}"
    )


def replay(paths: list[str]) -> None:
    fuzzes: dict[str, Fuzz] = {}
    for name in paths:
        data = Path(name).read_bytes()
        kind, _, recipe = data.decode().partition(" ")
        fuzz = fuzzes.setdefault(kind, Fuzz(kind))
        print(name, kind, recipe)
        fuzz.run(Draw(random.Random(int(recipe))))


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--random":
        seed = int(args[4]) if len(args) > 4 else 0
        run_random(args[1], float(args[2]), Path(args[3]), seed)
        return
    if args and args[0] == "--replay":
        replay(args[1:])
        return
    import atheris

    kind = args[0]
    with atheris.instrument_imports(include=["models"]):
        import models.io.importers  # noqa: F401
        import models.io.registry  # noqa: F401
    fuzz = Fuzz(kind)
    limit_memory()

    def one(data: bytes) -> None:
        fuzz.run(Draw(atheris.FuzzedDataProvider(data)))

    atheris.Setup([sys.argv[0], *args[1:]], one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
