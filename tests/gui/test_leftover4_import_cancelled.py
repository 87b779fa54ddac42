"""An import cancelled in the window says how many documents the files read
before the cancel brought in, and those documents get suggestions like any
imported document (the window used to say only that the files read so far
stay imported, and left them without a suggestion)."""

from __future__ import annotations

import re

from desktop.gui import jobs
from desktop.gui.tasks import ThreadProgress

# Sentences written for these tests, each with a figure the rules suggest.
ARTICLES = [
    "园区今年新签约项目12个，总投资58.6亿元。",
    "高新区规上工业增加值同比增长9.4%。",
    "全市新增市场主体3.2万户，同比增长7.5%。",
]


def cancel_after_first_file(monkeypatch, name: str) -> None:
    """The curator presses Cancel just as the import reports ``name`` done."""
    advance = ThreadProgress.advance

    def advance_then_cancel(self, n=1, note=""):
        advance(self, n, note)
        if note == name:
            self._cancel.set()

    monkeypatch.setattr(ThreadProgress, "advance", advance_then_cancel)


def test_a_cancelled_import_counts_what_it_kept_and_suggests_for_it(
    english, window, monkeypatch, tmp_path, store
):
    files = []
    for n, text in enumerate(ARTICLES, 1):
        path = tmp_path / f"article{n}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    before = set(store.document_ids())
    said = []
    window.ctx.message.connect(said.append)
    cancel_after_first_file(monkeypatch, "article1.txt")
    jobs.import_files(window, window.ctx, files)
    assert window.ctx.tasks.wait(60_000)
    assert window.ctx.tasks.wait(60_000)  # the suggestions that follow
    kept = set(store.document_ids()) - before
    assert len(kept) == 1, kept  # the first file's document, the others not
    [doc] = kept
    assert store.document_text(doc) == ARTICLES[0]
    cancelled = [s for s in said if "cancelled" in s]
    assert cancelled and re.search(r"\b1 document imported\b", cancelled[0]), said
    assert store.suggestions(doc), "the document kept got no suggestions"
    # the suggestions' line keeps the count, the last thing the status bar says
    assert re.search(r"\b1 document imported\b", window.statusBar().currentMessage()), said


def test_a_cancelled_import_is_counted_in_chinese_and_nothing_kept_said_so(
    chinese, window, monkeypatch, tmp_path, store
):
    path = tmp_path / "article1.txt"
    path.write_text(ARTICLES[0], encoding="utf-8")
    said = []
    window.ctx.message.connect(said.append)
    cancel_after_first_file(monkeypatch, "article1.txt")
    jobs.import_files(window, window.ctx, [str(path)])
    assert window.ctx.tasks.wait(60_000) and window.ctx.tasks.wait(60_000)
    assert "导入了 1 个文档" in said[0], said

    # cancelled before its first file: nothing in, and said so
    other = tmp_path / "article2.txt"
    other.write_text(ARTICLES[1], encoding="utf-8")
    before = store.document_ids()
    said.clear()
    start = ThreadProgress.start

    def start_then_cancel(self, total, what):  # Cancel pressed as the import starts
        start(self, total, what)
        self._cancel.set()

    monkeypatch.setattr(ThreadProgress, "start", start_then_cancel)
    jobs.import_files(window, window.ctx, [str(other)])
    assert window.ctx.tasks.wait(60_000)
    assert store.document_ids() == before
    assert said == ["导入已取消；没有导入任何内容。"], said
