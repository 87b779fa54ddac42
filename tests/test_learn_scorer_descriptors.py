"""Fitting the scorer in the window's process, beside threads that hold
files open (the window's SQLite connection, a dask cluster's sockets).

pycrfsuite's ``Tagger.dump`` closes its file twice: crfsuite's ``fclose``,
then ``os.close`` on the same number. A file another thread opened in
between gets that number and is closed under it: SQLite's project file
(its locks dropped, its next write landing in whatever file takes the
number next), or a socket whose owner, closing it later, closes the file
the scorer had opened to read the dump ("Bad file descriptor" from
``biaozhu train`` beside a dask cluster, on 7 December's CI)."""

from __future__ import annotations

import os
import re

import pycrfsuite
import pytest

from models.learn.bundled import bundled_model
from models.learn.scorer import RIGHT, Items, ScorerParams, _QuietTrainer


@pytest.fixture(scope="module")
def groups():
    """Some of the shipped scorer's own training candidates, in groups."""
    base = bundled_model()
    assert base is not None and len(base.examples) > 40
    return [list(g) for g in base.examples[:40]]


def test_a_fit_closes_no_file_another_thread_opened(groups, monkeypatch, tmp_path):
    # Another thread opens a file at the worst moment: right before each
    # os.close of the fit, when the lowest free number is one the fit's
    # library has just released. That file must still be open afterwards.
    sentinel = tmp_path / "another-threads-file"
    sentinel.write_bytes(b"x")
    real_close = os.close
    taken: list[int] = []

    def close_after_another_open(fd: int) -> None:
        other = os.open(sentinel, os.O_RDONLY)
        try:
            real_close(fd)
        finally:
            try:
                os.fstat(other)
            except OSError:
                taken.append(other)
            else:
                real_close(other)

    monkeypatch.setattr(os, "close", close_after_another_open)
    Items().fit(groups, ScorerParams(c2=1.0))
    monkeypatch.undo()
    assert taken == []


def _weights_from_dump(groups, params: ScorerParams, tmp_path) -> dict[str, float]:
    """The weights as crfsuite's own text dump gives them (what the scorer
    read until 7 December), for the same examples and settings."""
    items = Items()
    trainer = _QuietTrainer(verbose=False)
    for group in groups:
        for item, label in items.of(group):
            trainer.append(item, [label])
    trainer.set_params(params.crfsuite())
    model, dump = tmp_path / "m.crfsuite", tmp_path / "m.txt"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tagger.dump(str(dump))
    tagger.close()
    text = dump.read_text(encoding="utf-8")
    states = text[text.index("STATE_FEATURES = {") :]
    lines = re.findall(r"^\s*\(\d+\) (\S+) --> (\S+): ([+-]?\d+\.\d+)$", states, re.MULTILINE)
    weights: dict[str, float] = {}
    for attr, label, w in lines:
        name = items.name_of[attr]
        weights[name] = weights.get(name, 0.0) + (float(w) if label == RIGHT else -float(w))
    return {k: v for k, v in weights.items() if abs(v) > 1e-6}


@pytest.mark.parametrize("c2", [1.0, 0.1])
def test_the_weights_read_from_the_model_file_are_those_crfsuite_dumps(groups, tmp_path, c2):
    params = ScorerParams(c2=c2)
    assert Items().fit(groups, params) == _weights_from_dump(groups, params, tmp_path)
