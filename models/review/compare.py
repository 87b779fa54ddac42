"""Differences between two layers of one document.

A *layer* is a list of spans over one text: an annotator's gold spans, the
machine suggestions, the document's gold (the adjudicated layer where a
reviewer finished it), or the incoming spans of a merge conflict.

Two layers are compared in three passes:

1. spans with the same offsets and label on both sides are **same**;
2. spans with the same offsets but another label are **label** differences;
3. what is left is grouped by overlap (left with right): a group with spans on
   both sides is a **boundary** difference (it may also differ in label),
   a span that overlaps nothing on the other side is **left** (only in the
   left layer) or **right** (only in the right layer).

Every difference carries the spans of both sides, so adjudication can take
the left ones, the right ones, both or neither.

An annotator's layer compared with a merge conflict of that layer shows the
conflict as it was raised: a place that differs only by what the annotator
did since (a span added, removed or changed after the merge) is marked
**added since**, **removed since** or **changed since** (``mark_since``),
since keeping the incoming side leaves it as it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from models.domain import Annotation, StoredSuggestion
from models.errors import InvalidInput, NotFound, counted

SAME, LABEL, BOUNDARY, LEFT, RIGHT = "same", "label", "boundary", "left", "right"
# Comparing an annotator's layer with a merge conflict of that layer: a place
# that differs only by what the annotator did after the merge raised the
# conflict (a span added, removed or changed since), which keeping the
# incoming side leaves as it is (see ``mark_since``).
ADDED_SINCE, REMOVED_SINCE, CHANGED_SINCE = "added_since", "removed_since", "changed_since"
SINCE_KINDS = (ADDED_SINCE, REMOVED_SINCE, CHANGED_SINCE)
KINDS = (SAME, LABEL, BOUNDARY, LEFT, RIGHT, *SINCE_KINDS)


@dataclass(frozen=True)
class LayerRef:
    """Which layer to show: ``annotator`` (name), ``suggestions``, ``gold`` or
    ``conflict`` (name = the merge_conflicts id)."""

    kind: str
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("annotator", "suggestions", "gold", "conflict"):
            raise InvalidInput("unknown layer kind {kind!r}", kind=self.kind)

    @classmethod
    def annotator(cls, name: str) -> LayerRef:
        return cls("annotator", name)

    @classmethod
    def parse(cls, text: str) -> LayerRef:
        """``alice``, ``@suggestions``, ``@gold`` or ``@conflict:3``."""
        if text == "@suggestions":
            return cls("suggestions")
        if text == "@gold":
            return cls("gold")
        if text.startswith("@conflict:"):
            return cls("conflict", text.split(":", 1)[1])
        return cls("annotator", text)

    def __str__(self) -> str:
        if self.kind == "annotator":
            return self.name
        if self.kind == "conflict":
            return f"@conflict:{self.name}"
        return f"@{self.kind}"


@dataclass(frozen=True)
class LayerSpan:
    """A span of a layer with where it came from. Equality is (start, end, label)."""

    start: int
    end: int
    label: str
    text: str = field(default="", compare=False)
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    id: int | None = field(default=None, compare=False)
    suggestion_id: int | None = field(default=None, compare=False)
    origin: str = field(default="", compare=False)
    source: str = field(default="", compare=False)  # suggester source@version, or annotator
    score: float | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def overlaps(self, other: LayerSpan) -> bool:
        return self.start < other.end and other.start < self.end

    def record(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "attrs": self.attrs,
            "id": self.id,
            "suggestion_id": self.suggestion_id,
            "origin": self.origin,
            "source": self.source,
        }

    @classmethod
    def of_annotation(cls, a: Annotation) -> LayerSpan:
        return cls(
            a.start,
            a.end,
            a.label,
            a.text,
            dict(a.attrs),
            a.id,
            a.suggestion_id,
            a.origin,
            a.annotator,
        )

    @classmethod
    def of_suggestion(cls, s: StoredSuggestion) -> LayerSpan:
        return cls(
            s.start,
            s.end,
            s.label,
            s.text,
            dict(s.attrs),
            None,
            s.id,
            "suggestion",
            f"{s.source}@{s.version}" if s.version else s.source,
            s.score,
        )


@dataclass(frozen=True)
class Difference:
    """One place where two layers are compared; ``kind`` is one of KINDS."""

    kind: str
    left: tuple[LayerSpan, ...]
    right: tuple[LayerSpan, ...]

    @property
    def start(self) -> int:
        return min(s.start for s in self.left + self.right)

    @property
    def end(self) -> int:
        return max(s.end for s in self.left + self.right)

    @property
    def spans(self) -> tuple[LayerSpan, ...]:
        return self.left + self.right

    @property
    def key(self) -> str:
        """Stable identity of this difference, used in its history events."""

        def side(spans: tuple[LayerSpan, ...]) -> str:
            return ",".join(f"{s.start}-{s.end}:{s.label}" for s in spans)

        return f"{self.kind}|{side(self.left)}|{side(self.right)}"

    def is_agreement(self) -> bool:
        return self.kind == SAME


def compare_layers(left: Sequence[LayerSpan], right: Sequence[LayerSpan]) -> list[Difference]:
    """Every difference (and agreement) between two layers, in text order."""
    left = sorted(set(left), key=lambda s: (s.start, s.end, s.label))
    right = sorted(set(right), key=lambda s: (s.start, s.end, s.label))
    out: list[Difference] = []
    right_keys = {s.key: s for s in right}
    rest_left = []
    for s in left:
        match = right_keys.pop(s.key, None)
        if match is not None:
            out.append(Difference(SAME, (s,), (match,)))
        else:
            rest_left.append(s)
    rest_right = [s for s in right if s.key in right_keys]
    by_offsets: dict[tuple[int, int], list[LayerSpan]] = {}
    for s in rest_right:
        by_offsets.setdefault((s.start, s.end), []).append(s)
    left_over = []
    for s in rest_left:
        bucket = by_offsets.get((s.start, s.end))
        if bucket:
            other = bucket.pop(0)
            out.append(Difference(LABEL, (s,), (other,)))
        else:
            left_over.append(s)
    right_over = [s for bucket in by_offsets.values() for s in bucket]
    right_over.sort(key=lambda s: (s.start, s.end, s.label))
    out.extend(_overlap_groups(left_over, right_over))
    out.sort(key=lambda d: (d.start, d.end, KINDS.index(d.kind)))
    return out


def _overlap_groups(left: list[LayerSpan], right: list[LayerSpan]) -> list[Difference]:
    nodes = [("L", s) for s in left] + [("R", s) for s in right]
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if b.start >= a.end:
                break  # right is sorted by start
            if a.overlaps(b):
                parent[find(i)] = find(len(left) + j)
    groups: dict[int, list[tuple[str, LayerSpan]]] = {}
    for i, node in enumerate(nodes):
        groups.setdefault(find(i), []).append(node)
    out = []
    for members in groups.values():
        lefts = tuple(s for side, s in members if side == "L")
        rights = tuple(s for side, s in members if side == "R")
        kind = BOUNDARY if lefts and rights else (LEFT if lefts else RIGHT)
        out.append(Difference(kind, lefts, rights))
    return out


def mark_since(
    differences: Sequence[Difference], raised: set[tuple[int, int, str]], conflict_side: str
) -> list[Difference]:
    """The differences between an annotator's layer and a merge conflict of
    that layer (on side ``conflict_side``, "left" or "right"), the places
    made only by what the annotator did after the conflict was raised marked
    as such. ``raised``: the (start, end, label) of the layer's spans as it
    stood when the merge raised the conflict.

    Keeping the incoming side replaces only what the conflict was about
    (``models.review.conflicts``): it removes a span of the layer only where
    the raised layer had it, and adds an incoming span only where the raised
    layer lacked it. A place whose spans of the layer are all new since (not
    in ``raised``) and whose incoming spans the raised layer all had is no
    disagreement of the conflict: a span added since (``ADDED_SINCE``), one
    both sides had that was removed since (``REMOVED_SINCE``) or changed since
    (``CHANGED_SINCE``: relabelled or resized, both sides shown)."""
    out = []
    for d in differences:
        theirs, mine = (d.left, d.right) if conflict_side == "left" else (d.right, d.left)
        if (
            d.kind != SAME
            and all(s.key not in raised for s in mine)
            and all(s.key in raised for s in theirs)
        ):
            kind = ADDED_SINCE if not theirs else REMOVED_SINCE if not mine else CHANGED_SINCE
            d = Difference(kind, d.left, d.right)
        out.append(d)
    return out


# -- loading layers ---------------------------------------------------------------------


def load_layer(project, doc_id: str, ref: LayerRef) -> list[LayerSpan]:
    """The spans of one layer of a document."""
    if ref.kind == "annotator":
        return [LayerSpan.of_annotation(a) for a in project.annotations(doc_id, ref.name)]
    if ref.kind == "suggestions":
        return [LayerSpan.of_suggestion(s) for s in project.suggestions(doc_id, project.annotator)]
    if ref.kind == "gold":
        who = gold_annotator(project, doc_id)
        return [] if who is None else load_layer(project, doc_id, LayerRef.annotator(who))
    from models.review.conflicts import conflict

    row = conflict(project, int(ref.name))
    if row.doc_id != doc_id:
        raise NotFound(
            "merge conflict {ref_name} is about document {row_doc_id}, not {doc_id}",
            ref_name=ref.name,
            row_doc_id=row.doc_id,
            doc_id=doc_id,
        )
    return row.layer()


def gold_annotator(project, doc_id: str) -> str | None:
    """Whose layer is this document's gold (a reviewer who finished it, else the first
    annotator who marked it done), or None."""
    return dict(project.gold_layers()).get(doc_id)


def available_layers(project, doc_id: str) -> list[tuple[LayerRef, str]]:
    """The layers a reviewer can choose for a document, with a plain description:
    every annotator (and reviewer) with spans or a status here, the suggestions,
    the gold, and each unresolved merge conflict."""
    from models.review.conflicts import conflicts

    roles = {a["name"]: a["role"] for a in project.annotators()}
    counts = layer_counts(project, doc_id)
    out: list[tuple[LayerRef, str]] = []
    for name, role in roles.items():
        if name in counts:
            out.append(
                (LayerRef.annotator(name), f"{name} ({role}, {counted(counts[name], 'span')})")
            )
    out.append((LayerRef("suggestions"), "suggestions"))
    gold = gold_annotator(project, doc_id)
    out.append((LayerRef("gold"), f"gold ({gold})" if gold else "gold (none yet)"))
    for c in conflicts(project, doc_id):
        out.append(
            (
                LayerRef("conflict", str(c.id)),
                f"merge conflict #{c.id}: {c.annotator} from {c.source_name}",
            )
        )
    return out


def layer_counts(project, doc_id: str) -> dict[str, int]:
    """Annotators with work on a document (spans or a status past todo) -> span count."""
    counts = dict(
        project.conn.execute(
            "SELECT annotator, count(*) FROM annotations WHERE doc_id = ? GROUP BY annotator",
            (doc_id,),
        ).fetchall()
    )
    for (name,) in project.conn.execute(
        "SELECT annotator FROM doc_status WHERE doc_id = ? AND status != 'todo'", (doc_id,)
    ):
        counts.setdefault(name, 0)
    return counts
