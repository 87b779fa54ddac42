"""Suggesting holds Python's cyclic garbage collector off while it runs and
leaves it as it found it, whatever happens and however many threads do it."""

from __future__ import annotations

import gc
import threading

import pytest

from models.suggest.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def _collector_running():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_pause_holds_the_collector_off_and_lets_it_run_after():
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_lets_the_collector_run_after():
    with pytest.raises(ZeroDivisionError), collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_stopped_before_stays_stopped():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_of_two_threads_end_with_the_collector_running():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first ended: this pause still holds

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == [False]
    assert gc.isenabled()


class _Watching:
    """A rule that proposes nothing and notes whether the collector ran."""

    name = "watching"
    version = "1"

    def __init__(self):
        self.collector_running: list[bool] = []

    def suggest(self, text):
        self.collector_running.append(gc.isenabled())
        return []


def test_featurizing_a_text_pauses_the_collector_and_resumes_it(corpus_dir):
    from models.learn.span_features import Featurizer
    from models.suggest.engine import default_suggesters

    watching = _Watching()
    featurizer = Featurizer([*default_suggesters(), watching], {})
    text = next(iter(sorted(corpus_dir.glob("*.txt")))).read_text(encoding="utf-8")
    found = featurizer.featurize(text)
    assert found.candidates and watching.collector_running == [False]
    assert gc.isenabled()


def test_suggesting_with_the_shipped_model_leaves_the_collector_running(corpus_dir):
    from models.suggest.pipeline import default_suggester

    text = next(iter(sorted(corpus_dir.glob("*.txt")))).read_text(encoding="utf-8")
    assert default_suggester().suggest(text)
    assert gc.isenabled()
