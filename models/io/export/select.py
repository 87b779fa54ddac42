"""What an export takes from a project: the gold, one annotator's layer, or
the pending suggestions, as a stream of documents with their spans.

Every span's stored surface text is compared with ``text[start:end]`` as it
is read; a mismatch stops the export (InvalidInput) before anything is
written. Rows are read with plain SQL: an export of 300,000 spans should not
build 300,000 objects it does not need (attributes stay JSON text until a
writer asks for them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from models.errors import InvalidInput
from models.io.model import CURATED_ATTRS_SQL, SPAN_FROM_ROW, ExportDoc, ExportSpan
from models.store import Project
from models.store.documents import oversize_text_message, oversize_texts
from models.store.oversize import oversize_values
from models.store.suggestions import PENDING_SQL, UNDECIDED_SQL

KINDS = ("gold", "annotator", "suggestions")


@dataclass(frozen=True)
class Selection:
    """``gold`` (the project's gold layers), ``annotator`` (the layer of
    ``annotator``), or ``suggestions`` (those pending for ``annotator``, by
    default the person running the export)."""

    kind: str = "gold"
    annotator: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(
                "unknown selection {kind!r}; use {kinds}", kind=self.kind, kinds=", ".join(KINDS)
            )
        if self.kind == "annotator" and not self.annotator:
            raise InvalidInput("an annotator's layer needs the annotator's name")

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.annotator:
            out["annotator"] = self.annotator
        return out


def select_layers(project: Project, selection: Selection) -> list[tuple[str, str | None]]:
    """(document, annotator) pairs in the project's document order."""
    conn = project.conn
    if selection.kind == "gold":
        return list(project.gold_layers())
    if selection.kind == "annotator":
        name = selection.annotator
        rows = conn.execute(
            "SELECT d.id FROM documents d WHERE"
            " EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = d.id AND a.annotator = ?)"
            " OR EXISTS (SELECT 1 FROM doc_status s WHERE s.doc_id = d.id AND s.annotator = ?)"
            " ORDER BY d.rowid",
            (name, name),
        )
        return [(r[0], name) for r in rows]
    who = selection.annotator or project.annotator
    # pending: a document the annotator marked done is final for them, and
    # what the suggesters left there waits for no decision of theirs (the
    # window and stats count none of it). Loaded as pre-annotations, it would
    # put a finished document back on their desk; the formats carry no
    # status per suggestion to say "left", so it is left out.
    pending = {
        doc_id
        for (doc_id,) in project.conn.execute(
            f"SELECT DISTINCT s.doc_id FROM suggestions s WHERE {PENDING_SQL}", {"who": who}
        )
    }
    return [(doc_id, who) for doc_id in project.document_ids() if doc_id in pending]


def gold_disagreements(
    project: Project, layers: list[tuple[str, str | None]]
) -> dict[str, list[str]]:
    """The gold documents of ``layers`` that several annotators marked done with
    different spans (start, end, label) and no reviewer adjudicated:
    {document: those annotators, the one whose layer is exported first}."""
    conn = project.conn
    gold_of = dict(layers)
    reviewers = {a["name"] for a in project.annotators() if a["role"] == "reviewer"}
    done: dict[str, list[str]] = {}
    rows = conn.execute(
        "SELECT doc_id, annotator FROM doc_status WHERE status = 'done' ORDER BY updated"
    )
    for doc_id, who in rows:
        if who not in reviewers and doc_id in gold_of:
            done.setdefault(doc_id, []).append(who)
    out: dict[str, list[str]] = {}
    for doc_id, _ in layers:
        names = done.get(doc_id, [])
        if len(names) < 2 or gold_of[doc_id] in reviewers:
            continue
        spans = {
            frozenset(
                conn.execute(
                    "SELECT start_pos, end_pos, label FROM annotations"
                    " WHERE doc_id = ? AND annotator = ?",
                    (doc_id, who),
                )
            )
            for who in names
        }
        if len(spans) > 1:
            exported = gold_of[doc_id]
            out[doc_id] = [exported] + [n for n in names if n != exported]
    return out


def _document_rows(
    project: Project, layers: list[tuple[str, str | None]], original: bool = False
) -> Iterator[tuple[str, ...] | None]:
    """(title, text, meta) of each selected document, in the order of ``layers``,
    and with ``original`` the text before --clean and its offset map as well.

    When most documents are selected, they are read in one pass in the
    project's order (the order selections come in) rather than one query
    each; should a document come out of that order, the rest are queried."""
    conn = project.conn
    # the original and its map are as long as the text again and more: read only when asked
    columns = "title, text, meta" + (", original, offset_map" if original else "")
    cursor = None
    if len(layers) * 2 >= project.document_count():
        cursor = iter(conn.execute(f"SELECT id, {columns} FROM documents ORDER BY rowid"))
    for doc_id, _ in layers:
        row = None
        if cursor is not None:
            for found in cursor:
                if found[0] == doc_id:
                    row = found[1:]
                    break
            else:
                cursor = None
        if row is None:
            row = conn.execute(
                f"SELECT {columns} FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
        yield row


def iter_docs(
    project: Project,
    layers: list[tuple[str, str | None]],
    selection: Selection,
    *,
    predictions: bool = False,
    original: bool = False,
) -> Iterator[ExportDoc]:
    """The selected documents with their spans, each span checked against its text;
    with ``original``, the text before --clean and its offset map too."""
    conn = project.conn
    suggestions = selection.kind == "suggestions"
    span_sql = (
        f"SELECT start_pos, end_pos, label, text, {CURATED_ATTRS_SQL}, NULL, NULL, NULL, origin"
        " FROM annotations WHERE doc_id = ? AND annotator = ?"
        " ORDER BY start_pos, end_pos, label"
    )
    rows = _document_rows(project, layers, original)
    statuses: dict[str, str] = {}
    if selection.kind == "annotator":
        statuses = dict(
            conn.execute(
                "SELECT doc_id, status FROM doc_status WHERE annotator = ?",
                (selection.annotator,),
            )
        )
    for (doc_id, who), row in zip(layers, rows, strict=True):
        if row is None:
            raise InvalidInput("document {doc_id!r} vanished during the export", doc_id=doc_id)
        title, text, meta = row[:3]
        check_meta(doc_id, meta)
        if suggestions:
            spans = suggestion_spans(project, doc_id, who, left=False)
        else:
            spans = list(map(SPAN_FROM_ROW, conn.execute(span_sql, (doc_id, who))))
        check_spans(doc_id, text, spans)
        doc = ExportDoc(doc_id, title, text, meta, spans, None if suggestions else who)
        if selection.kind == "gold":
            doc.status = "done"  # adjudicated or marked done: what makes a document gold
        elif selection.kind == "annotator":
            doc.status = statuses.get(doc_id, "todo")
        if original:
            doc.original, doc.offset_map_json = row[3:]
        if predictions and not suggestions and who:
            doc.predictions = suggestion_spans(project, doc_id, who)
            check_spans(doc_id, text, doc.predictions)
        yield doc


def suggestion_versions(
    project: Project, layers: list[tuple[str, str | None]], selection: Selection
) -> list[str]:
    """``source@version`` of every pending suggestion the export will write, sorted:
    the ensemble that made them, as one name (Label Studio's model version)."""
    found: set[str] = set()
    default = selection.annotator or project.annotator
    docs_of: dict[str, set[str]] = {}
    for doc_id, who in layers:
        docs_of.setdefault(who or default, set()).add(doc_id)
    for who, docs in sorted(docs_of.items()):
        rows = project.conn.execute(
            f"SELECT DISTINCT s.doc_id, s.source, s.version FROM suggestions s WHERE {UNDECIDED_SQL}",
            {"who": who},
        )
        found.update(f"{src}@{ver}" if ver else src for doc, src, ver in rows if doc in docs)
    return sorted(found)


def suggestion_spans(
    project: Project, doc_id: str, who: str, *, left: bool = True
) -> list[ExportSpan]:
    """The suggestions ``who`` has not decided on in a document: pending, and
    with ``left`` those left in a document they marked done (the predictions
    an annotator's layer is exported beside: the suggesters' output)."""
    wanted = ("pending", "left") if left else ("pending",)
    return [
        ExportSpan(
            s.start,
            s.end,
            s.label,
            s.text,
            json.dumps(s.attrs, ensure_ascii=False) if s.attrs else "{}",
            float(s.score),
            s.source,
            s.version,
        )
        for s in project.suggestions(doc_id, who)
        if s.status in wanted
    ]


def check_sizes(project: Project) -> None:
    """Refuse, before a document is read, a project holding a value grown past
    anything Biaozhu writes (put in with ``sqlite3``; verify names it): the
    export wrote it as it was (a 300 MB metadata field into the JSONL, 8 s
    and 3 GB). A training set with a field silently left out, or with the
    grown value in it, is worse than an export that says which row to look
    at. The history's events are not exported: their payloads are left to
    verify."""
    conn = project.conn
    problems = oversize_values(conn, skip=frozenset({"events"}))
    problems += [oversize_text_message(doc, size) for _rowid, doc, size in oversize_texts(conn)[:1]]
    if problems:
        raise InvalidInput(
            "export stopped, nothing written: {problem} (run `biaozhu verify`)",
            problem=problems[0],
        )


def check_meta(doc_id: str, meta: str) -> None:
    """A document's metadata is a JSON object as Biaozhu stores it; one edited
    into something else (a list, null, no JSON) ended the export with
    "unexpected TypeError" asking for a bug report."""
    try:
        value = json.loads(meta) if meta else {}
    except (ValueError, TypeError, RecursionError):
        value = None
    if not isinstance(value, dict):
        raise InvalidInput(
            "export stopped, nothing written: document {doc_id}'s metadata is damaged (not a"
            " JSON object as Biaozhu stores it) (run `biaozhu verify`)",
            doc_id=doc_id,
        )


def check_spans(doc_id: str, text: str, spans: list[ExportSpan]) -> None:
    size = len(text)
    for s in spans:
        if not (0 <= s.start < s.end <= size) or text[s.start : s.end] != s.text:
            found = text[s.start : s.end] if 0 <= s.start < s.end <= size else "(outside the text)"
            raise InvalidInput(
                "export stopped, nothing written: document {doc_id} span {s_start}..{s_end} {s_label} is stored as {s_text!q} but the text there is {found!q} (run `biaozhu verify`)",
                doc_id=doc_id,
                s_start=s.start,
                s_end=s.end,
                s_label=s.label,
                s_text=s.text,
                found=found,
            )
