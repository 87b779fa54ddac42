"""The rules' ensemble: runs several suggesters over a text and returns one
consistent, non-overlapping set of suggestions. It is what the app
suggests with when no model is at hand; with one, the rules are candidate
sources of ``models.suggest.pipeline``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from models.domain import Suggestion
from models.suggest.base import Suggester

# Where two suggestions cover exactly the same characters with different
# labels, the higher score wins, then this order.
LABEL_PRIORITY = ("POLICY", "COMPANY", "METRIC")


class Ensemble:
    """Runs its suggesters in order and merges what they propose.

    Merge rule, applied to the union of every suggester's output:

    1. Duplicates — the same (start, end, label) proposed more than once —
       become one suggestion: the one with the highest score is kept (the
       earlier suggester on a tie), with its own ``source`` and ``version``,
       and ``attrs`` it lacks are filled in from the others.
    2. Overlaps are resolved greedily, longest span first: a span is kept
       unless it shares a character with a span already kept. The guideline
       takes the longest name as written, and a METRIC inside a POLICY name
       (“1269”行动计划) yields to the POLICY. Among spans of the same length
       the higher score wins, then the label order POLICY, COMPANY, METRIC,
       then the earlier start.
    3. Spans that are empty, fall outside the text, or start or end on white
       space are dropped.

    Every kept suggestion is the very object its suggester returned (or an
    equal one with merged ``attrs``): ``source`` and ``version`` always name
    the suggester that proposed it. The result is sorted by position.
    """

    name = "ensemble"

    def __init__(self, suggesters: Sequence[Suggester]):
        self.suggesters = list(suggesters)
        self.version = "+".join(f"{s.name}@{s.version}" for s in self.suggesters)

    def suggest(self, text: str) -> list[Suggestion]:
        return merge(self._proposals(text, self.suggesters))

    @staticmethod
    def _proposals(text: str, suggesters: Sequence[Suggester]) -> list[tuple[int, Suggestion]]:
        return [
            (rank, s)
            for rank, suggester in enumerate(suggesters)
            for s in suggester.suggest(text)
            if _sound(text, s)
        ]


def merge(proposals: Sequence[tuple[int, Suggestion]]) -> list[Suggestion]:
    """The ensemble's merge rule over (suggester rank, suggestion) pairs."""
    best: dict[tuple[int, int, str], tuple[int, Suggestion]] = {}
    extra_attrs: dict[tuple[int, int, str], dict] = {}
    for rank, s in proposals:
        key = s.key()
        held = best.get(key)
        if held is None or (s.score, -rank) > (held[1].score, -held[0]):
            best[key] = (rank, s)
        merged = extra_attrs.setdefault(key, {})
        for k, v in s.attrs.items():
            merged.setdefault(k, v)
    candidates = []
    for key, (rank, s) in best.items():
        attrs = extra_attrs[key]
        if any(k not in s.attrs for k in attrs):
            s = Suggestion(
                s.start, s.end, s.label, s.text, s.score, s.source, s.version, {**attrs, **s.attrs}
            )
        candidates.append((rank, s))
    candidates.sort(
        key=lambda rs: (
            -(rs[1].end - rs[1].start),
            -rs[1].score,
            _label_rank(rs[1].label),
            rs[1].start,
            rs[0],
        )
    )
    kept: list[Suggestion] = []
    taken = bytearray(max((s.end for _r, s in candidates), default=0) + 1)
    for _rank, s in candidates:
        if taken.find(1, s.start, s.end) >= 0:
            continue
        kept.append(s)
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    kept.sort(key=lambda s: (s.start, s.end))
    return kept


def _label_rank(label: str) -> int:
    return LABEL_PRIORITY.index(label) if label in LABEL_PRIORITY else len(LABEL_PRIORITY)


def _sound(text: str, s: Suggestion) -> bool:
    return (
        0 <= s.start < s.end <= len(text)
        and not text[s.start].isspace()
        and not text[s.end - 1].isspace()
    )


def default_suggesters() -> list[Suggester]:
    from models.suggest.company import CompanySuggester
    from models.suggest.metric import MetricSuggester
    from models.suggest.policy import PolicySuggester

    return [PolicySuggester(), CompanySuggester(), MetricSuggester()]


def default_ensemble(
    extra_terms: Mapping[str, str] | None = None,
    extra: Sequence[Suggester] = (),
) -> Ensemble:
    """The bundled rules, plus a lexicon of ``extra_terms`` (term → label, e.g.
    a project's accepted gold) and any ``extra`` suggesters, merged as equals."""
    from models.suggest.lexicon import LexiconSuggester

    suggesters: list[Suggester] = default_suggesters()
    if extra_terms:
        suggesters.append(LexiconSuggester(dict(extra_terms), name="lexicon"))
    suggesters.extend(extra)
    return Ensemble(suggesters)
