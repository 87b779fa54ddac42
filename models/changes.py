"""What an operation on a project changed, so that each view decides for
itself what to redraw (Anki's ``OpChanges``): the document shown re-reads
its spans only when its id is named, the document list updates the rows
named, and only a change of the whole (an import, a merge, a restore)
re-reads everything."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    docs: frozenset[str] = frozenset()  # documents whose spans or suggestions changed
    status: frozenset[str] = frozenset()  # documents whose status changed
    doc_list: bool = False  # documents added or removed: the list is re-read
    labels: bool = False  # the label schema changed
    everything: bool = False  # anything may have changed (restore, merge, review)

    @classmethod
    def of_docs(cls, doc_ids: Iterable[str], *, status: Iterable[str] = ()) -> Changes:
        return cls(frozenset(doc_ids), frozenset(status))

    @classmethod
    def all(cls) -> Changes:
        return cls(doc_list=True, labels=True, everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.docs | other.docs,
            self.status | other.status,
            self.doc_list or other.doc_list,
            self.labels or other.labels,
            self.everything or other.everything,
        )

    @property
    def touched(self) -> frozenset[str]:
        """Every document named, for its spans or its status."""
        return self.docs | self.status

    def affects(self, doc_id: str | None) -> bool:
        """Whether the spans or status of ``doc_id`` may have changed."""
        return doc_id is not None and (self.everything or doc_id in self.touched)

    def __bool__(self) -> bool:
        return bool(self.docs or self.status or self.doc_list or self.labels or self.everything)


NOTHING = Changes()
