"""Operations on one document's spans and suggestions: the writes behind
the keys of the curation loop, and the occurrence offers an accept makes.

Each function returns a ``StoreOp`` whose function runs on the store
thread: it resolves the window's handles to the store's ids, calls the
core verb (every state change and its history event in one transaction),
binds the ids the verb made, and returns an ``Outcome`` (whose value is the
gold span as stored, where the verb made or changed one). An edit of the
annotator's "to do" document also marks it in progress, in the same
transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from desktop.gui.ops import Handles, Outcome, StoreOp
from models.changes import Changes
from models.errors import NotFound
from models.learn import occurrences
from models.store import bulk
from models.suggest import attributes
from models.suggest.attributes import resize_following

# Suggestions accepted or undone per transaction by Shift+A and its undo:
# each transaction holds the write lock a few tens of milliseconds, and a
# cancel takes effect between two of them.
BULK_CHUNK = 500


class SpanEnv:
    """What the span operations need: the host, the id handles and who edits."""

    def __init__(self, host, handles: Handles, annotator: str):
        self.host = host
        self.handles = handles
        self.annotator = annotator
        # offer tokens whose command was undone (read on the store thread)
        self.withdrawn: set[str] = set()

    def op(self, fn, title: str = "") -> StoreOp:
        return StoreOp(self.host, fn, title)


def _changed(doc_id: str, begun: bool, others: Iterable[str] = ()) -> Changes:
    return Changes.of_docs({doc_id, *others}, status={doc_id} if begun else ())


def _offer_here(
    env: SpanEnv, project, token: str | None, ann, doc_id: str, here: Sequence[tuple[int, int]]
) -> None:
    """Offer the new gold span's name at the places of this document the
    window already shows as offered; bind their handles."""
    if not token or not here:
        return
    offer = bulk.Offer(token, env.annotator, ann.text, ann.label)
    made = bulk.offer_suggestions(
        project,
        offer,
        {doc_id: [start for _h, start in here]},
        source_id=ann.id,
        score=occurrences.SCORE,
        source=occurrences.SOURCE,
        version=occurrences.VERSION,
    ).get(doc_id, {})
    for handle, start in here:
        if start in made:
            env.handles.bind_suggestion(handle, made[start])


def accept(
    env: SpanEnv,
    doc_id: str,
    sugg: int,
    gold: int,
    *,
    label: str | None = None,
    span: tuple[int, int] | None = None,
    token: str | None = None,
    here: Sequence[tuple[int, int]] = (),
    title: str = "",
) -> StoreOp:
    """Accept suggestion ``sugg`` as gold ``gold`` (as ``label``, with
    boundaries ``span``), and offer its name at ``here`` under ``token``."""

    def run(project, _progress) -> Outcome:
        with project.transaction():
            ann = project.accept_suggestion(
                env.handles.suggestion(sugg), label, annotator=env.annotator
            )
            if span is not None and span != (ann.start, ann.end):
                ann = resize_following(project, ann.id, *span, annotator=env.annotator)
            env.handles.bind_gold(gold, ann.id)
            begun = bulk.mark_begun(project, doc_id, env.annotator)
            _offer_here(env, project, token, ann, doc_id, here)
        return Outcome(_changed(doc_id, begun), ann)

    return env.op(run, title)


def undo_accept(
    env: SpanEnv, doc_id: str, sugg: int, gold: int, token: str | None, title: str = ""
) -> StoreOp:
    def run(project, _progress) -> Outcome:
        with project.transaction():
            project.undo_decision(env.handles.suggestion(sugg), annotator=env.annotator)
            # a span removed and restored since is linked to the decision
            # again (restore_span), so undo_decision removed it; one that
            # is somehow left is removed here
            gold_id = env.handles.current_gold(gold)
            if gold_id > 0 and _exists(project, gold_id):
                project.remove_span(gold_id, annotator=env.annotator)
            withdrawn = bulk.withdraw_offer(project, token) if token else {}
        return Outcome(Changes.of_docs({doc_id, *withdrawn}), withdrawn)

    return env.op(run, title)


def _exists(project, ann_id: int) -> bool:
    try:
        project.annotation(ann_id)
    except NotFound:
        return False
    return True


def reject(env: SpanEnv, doc_id: str, sugg: int, title: str = "") -> StoreOp:
    def run(project, _progress) -> Outcome:
        with project.transaction():
            project.reject_suggestion(env.handles.suggestion(sugg), annotator=env.annotator)
            begun = bulk.mark_begun(project, doc_id, env.annotator)
        return Outcome(_changed(doc_id, begun))

    return env.op(run, title)


def undo_decision(env: SpanEnv, doc_id: str, sugg: int, title: str = "") -> StoreOp:
    def run(project, _progress) -> Outcome:
        project.undo_decision(env.handles.suggestion(sugg), annotator=env.annotator)
        return Outcome(Changes.of_docs({doc_id}))

    return env.op(run, title)


def add(
    env: SpanEnv,
    doc_id: str,
    gold: int,
    span: tuple[int, int],
    label: str,
    *,
    attrs: dict | None = None,
    token: str | None = None,
    here: Sequence[tuple[int, int]] = (),
    title: str = "",
) -> StoreOp:
    def run(project, _progress) -> Outcome:
        with project.transaction():
            ann = project.add_span(doc_id, *span, label, attrs=attrs, annotator=env.annotator)
            env.handles.bind_gold(gold, ann.id)
            begun = bulk.mark_begun(project, doc_id, env.annotator)
            _offer_here(env, project, token, ann, doc_id, here)
        return Outcome(_changed(doc_id, begun), ann)

    return env.op(run, title)


def remove(
    env: SpanEnv,
    doc_id: str,
    gold: int,
    *,
    keep: dict[str, Any] | None = None,
    tokens: Sequence[str] = (),
    title: str = "",
) -> StoreOp:
    """Remove gold ``gold`` and withdraw the offers it made: ``tokens`` (those
    the window knows of, maybe not written yet) and every other one still
    standing that the store's history says it made (``bulk.offers_from_span``:
    in an earlier session too). The removed span goes into ``keep["record"]``
    for the undo that may follow (read on the same thread, after this); the
    outcome's value is the tokens withdrawn that were not in ``tokens``."""

    def run(project, _progress) -> Outcome:
        with project.transaction():
            record = project.remove_span(env.handles.gold(gold), annotator=env.annotator)
            found = [t for t in bulk.offers_from_span(project, record) if t not in tokens]
            withdrawn = {
                d for token in [*tokens, *found] for d in bulk.withdraw_offer(project, token)
            }
            begun = bulk.mark_begun(project, doc_id, env.annotator)
        if keep is not None:
            keep["record"] = record
        return Outcome(_changed(doc_id, begun, withdrawn), found)

    return env.op(run, title)


def restore(env: SpanEnv, doc_id: str, gold: int, keep: dict[str, Any], title: str = "") -> StoreOp:
    def run(project, _progress) -> Outcome:
        ann = project.restore_span(keep["record"], annotator=env.annotator)
        env.handles.bind_gold(gold, ann.id)
        return Outcome(Changes.of_docs({doc_id}), ann)

    return env.op(run, title)


def change(
    env: SpanEnv,
    doc_id: str,
    gold: int,
    *,
    label: str | None = None,
    span: tuple[int, int] | None = None,
    attrs: dict | None = None,
    token: str | None = None,
    here: Sequence[tuple[int, int]] = (),
    withdraw: str | None = None,
    keep: dict[str, Any] | None = None,
    restore: dict[str, Any] | None = None,
    title: str = "",
) -> StoreOp:
    """Relabel, resize or edit the attributes of a gold span; a relabel to
    a propagated label offers the name at ``here``; ``withdraw`` takes back
    an earlier offer (the undo of a relabel). A relabel keeps the span's
    attributes before it in ``keep["attrs"]`` (read on the store thread, as
    the store held them: the old label's go with the relabel); the undo of
    that relabel passes that dict as ``restore`` and the span gets them back
    exactly."""

    def run(project, _progress) -> Outcome:
        if span is not None:
            # before the write lock: a nudge ahead of the window's warm-up loaded
            # the rules inside it (0.4 s, seconds under load), holding every writer
            attributes.warm_up()
        with project.transaction():
            ann_id = env.handles.gold(gold)
            if label is not None:
                if keep is not None:
                    keep["attrs"] = project.annotation(ann_id).attrs
                back = restore.get("attrs") if restore is not None else None
                ann = project.relabel_span(ann_id, label, attrs=back, annotator=env.annotator)
            if span is not None:
                ann = resize_following(project, ann_id, *span, annotator=env.annotator)
            if attrs is not None:
                ann = project.set_span_attrs(ann_id, attrs, annotator=env.annotator)
            withdrawn = bulk.withdraw_offer(project, withdraw) if withdraw else {}
            begun = bulk.mark_begun(project, doc_id, env.annotator)
            _offer_here(env, project, token, ann, doc_id, here)
        return Outcome(_changed(doc_id, begun, withdrawn), ann)

    return env.op(run, title)


def set_status(
    env: SpanEnv, doc_id: str, status: str, title: str = "", asked: Sequence[int] = ()
) -> StoreOp:
    """Give the document ``status``: done rejects the suggestions still
    pending, those the curator was shown pending and asked about (``asked``,
    handles), and is refused if any other is (``bulk.finish_document``);
    leaving done makes pending again what that rejected
    (``bulk.reopen_document``). The value is those suggestions."""

    def run(project, _progress) -> Outcome:
        if status == "done":
            ids = [env.handles.current_suggestion(h) for h in asked]
            changed = bulk.finish_document(
                project, doc_id, env.annotator, asked=[i for i in ids if i >= 0]
            )
        else:
            changed = bulk.reopen_document(project, doc_id, env.annotator, status)
        return Outcome(Changes.of_docs({doc_id} if changed else (), status={doc_id}), changed)

    return env.op(run, title)


def offer_elsewhere(
    env: SpanEnv, doc_id: str, golds: Sequence[int], token: str, names: int = 1, title: str = ""
) -> StoreOp:
    """Offer the names of the first ``names`` of these gold spans (one at
    least) in other documents under ``token``, in one pass
    (``occurrences.offer_many``), unless the command that made them was
    undone meanwhile. The value is (places offered, the finished documents
    left without offer, how many of ``golds`` were done, the seconds it took)."""

    def run(project, _progress) -> Outcome:
        started = time.monotonic()
        used = max(1, names)
        if token in env.withdrawn:
            return Outcome(value=(0, set(), len(golds), 0.0))
        sources = []
        for gold in golds[:used]:
            try:
                sources.append(project.annotation(env.handles.gold(gold)))
            except NotFound:
                continue
        made: dict[str, dict[int, int]] = {}
        skipped: set[str] = set()
        for offered in occurrences.offer_many(project, sources, token):
            for doc, places in offered.items():
                made.setdefault(doc, {}).update(places)
            skipped |= offered.skipped
        count = sum(len(p) for p in made.values())
        took = time.monotonic() - started
        return Outcome(Changes.of_docs(made), (count, skipped, min(used, len(golds)), took))

    return env.op(run, title)


def withdraw(env: SpanEnv, token: str) -> StoreOp:
    def run(project, _progress) -> Outcome:
        withdrawn = bulk.withdraw_offer(project, token)
        return Outcome(Changes.of_docs(withdrawn), withdrawn)

    return env.op(run)


def accept_many(
    env: SpanEnv, doc_id: str, pairs: Sequence[tuple[int, int]], title: str = ""
) -> StoreOp:
    """Accept (suggestion, gold) handle pairs of one document in transactions
    of ``BULK_CHUNK``, with progress; a cancel keeps what was done. The value
    is the pairs accepted, as handles."""

    def run(project, progress) -> Outcome:
        progress.start(len(pairs), title)
        by_sugg = {env.handles.suggestion(s): (s, g) for s, g in pairs}
        ids = list(by_sugg)
        done: list[tuple[int, int]] = []
        for i in range(0, len(ids), BULK_CHUNK):
            if progress.cancelled():
                break
            part = ids[i : i + BULK_CHUNK]
            for ann in bulk.accept_suggestions(project, doc_id, part, annotator=env.annotator):
                s, g = by_sugg[ann.suggestion_id]
                env.handles.bind_gold(g, ann.id)
                done.append((s, g))
            progress.advance(len(part))
        progress.finish()
        return Outcome(_changed(doc_id, bool(done)), done)

    return env.op(run, title)


def undo_many(
    env: SpanEnv,
    doc_id: str,
    suggs: Sequence[int] | Callable[[], Sequence[int]],
    token: str | None,
    title: str = "",
    begun: Callable[[], Sequence[str]] | None = None,
) -> StoreOp:
    """Undo the decisions on these suggestions (handles, or a function giving
    them when the write runs) in chunks, with progress, and withdraw the
    offer ``token``; the documents ``begun`` gives (those the undone write
    moved from to do) go back to do where nothing of the curator's is left."""

    def run(project, progress) -> Outcome:
        handles = suggs() if callable(suggs) else suggs
        progress.start(len(handles), title)
        ids = [env.handles.suggestion(s) for s in handles]
        docs: set[str] = {doc_id}
        for i in range(0, len(ids), BULK_CHUNK):
            part = ids[i : i + BULK_CHUNK]
            docs |= bulk.undo_decisions(project, part, annotator=env.annotator)
            progress.advance(len(part))
        if token:
            docs |= set(bulk.withdraw_offer(project, token))
        reopened = bulk.reopen_untouched(project, begun(), env.annotator) if begun else []
        progress.finish()
        return Outcome(Changes.of_docs(docs | set(reopened), status=reopened))

    return env.op(run, title)


def accept_everywhere(
    env: SpanEnv,
    text: str,
    label: str,
    token: str,
    shown: Sequence[tuple[int, int]],
    written: dict[str, list],
    title: str = "",
    *,
    here: str | None = None,
    only: Callable[[], Sequence[str]] | None = None,
) -> StoreOp:
    """Accept the name at every place in the project (``Shift+O``), documents
    in batches with progress; the value is ``occurrences.Everywhere``. The
    (suggestion, gold) handles ``shown`` as accepted at once are bound to
    the spans made, and the suggestion ids accepted go into
    ``written["accepted"]`` for the undo, the documents it changed into
    ``written["docs"]`` (what a redo gives back), and the documents it
    began (to do until then) into ``written["begun"]``, which the undo puts
    back. The documents the curator finished are left as they are, but
    ``here``. With ``only`` (a redo: read when the write runs), the name is
    accepted in those documents alone."""

    def run(project, progress) -> Outcome:
        before = bulk.begun_statuses(project, env.annotator)
        if only is None:
            done = occurrences.accept_everywhere(
                project, text, label, env.annotator, token, progress, here=here
            )
        else:
            done = occurrences.accept_in_documents(
                project, text, label, env.annotator, token, list(only()), progress, here=here
            )
        golds = {env.handles.current_suggestion(s): g for s, g in shown}
        for sid, ann in done.accepted:
            if sid in golds:
                env.handles.bind_gold(golds[sid], ann.id)
        written["accepted"] = [sid for sid, _a in done.accepted]
        written["docs"] = list(dict.fromkeys(a.doc_id for _s, a in done.accepted))
        written["begun"] = sorted(d for d in done.docs if d not in before)
        begun = set(written["begun"])
        return Outcome(Changes.of_docs(done.docs, status=begun), done)

    return env.op(run, title)
