"""Suggesting as candidates, then a scorer, then a filter.

``SuggestPipeline`` asks its featurizer for the candidates of a text (what
the rules, the lexicon, the text's shape and the sequence models propose),
has the scorer give each a calibrated probability, and keeps, most probable
first, those above the scorer's threshold that overlap no span kept before
them (a quantity yields to a name that holds it).

Every suggestion it returns names the model that scored it (``source``,
``version``) and carries that calibrated probability as ``score``; the
sources that proposed the span are in ``attrs["sources"]``, the rule that
fired in ``attrs["rule"]``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from models.domain import Suggestion
from models.learn.scorer import ScorerModel
from models.learn.span_features import Featurizer, WeightTable
from models.suggest.base import Suggester
from models.suggest.candidates import Candidate, resolve
from models.suggest.gc_pause import collector_paused

# A project's evidence may move a candidate's probability (see
# models.learn.weights); None leaves the scorer's as it is.
Adjust = Callable[[Candidate, float], float]


class SuggestPipeline:
    """The Suggester protocol over a featurizer and a calibrated scorer."""

    def __init__(
        self,
        featurizer: Featurizer,
        scorer: ScorerModel,
        *,
        name: str = "model",
        version: str = "",
        adjust: Adjust | None = None,
        adapter: Adjust | None = None,
    ):
        self.featurizer = featurizer
        self.scorer = scorer
        self.name = name
        self.version = version
        self.adjust = adjust
        # a project's adapter of the bundled model (models.learn.adapter):
        # part of the scorer's probability, before the project's record
        # moves it, so the record measures the adapted model
        self.adapter = adapter
        # per (source, label), the suggestions ``adjust`` kept below the
        # threshold that the scorer alone would have shown, since made
        self.held: Counter[tuple[str, str]] = Counter()
        self._table: WeightTable | None = None

    def scored(self, text: str) -> tuple[list[tuple[float, Candidate]], object]:
        """Every candidate with its probability, and the text's analysis."""
        unmoved, a = self._calibrated(text)
        return self._moved(unmoved), a

    def _calibrated(self, text: str) -> tuple[list[tuple[float, Candidate]], object]:
        """Every candidate with the scorer's probability, and the text's analysis."""
        a, raw = self.featurizer.raw_scores(text, self._weight_table())
        # its bound __call__: calling the Isotonic itself looks __call__ up
        # on its type again for each of the text's candidates
        calibrated = self.scorer.calibration.__call__
        adapter = self.adapter
        if adapter is not None:
            return [(adapter(cand, calibrated(score)), cand) for cand, score in raw], a
        # as ScorerModel.probability of its features
        return [(calibrated(score), cand) for cand, score in raw], a

    def _moved(self, unmoved: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
        """The probabilities as ``adjust`` moves them."""
        adjust = self.adjust
        if adjust is None:
            return unmoved
        return [(adjust(cand, p), cand) for p, cand in unmoved]

    def _count_held(
        self,
        unmoved: list[tuple[float, Candidate]],
        moved: list[tuple[float, Candidate]],
        kept: list[tuple[float, Candidate]],
    ) -> None:
        """Add to ``held`` the suggestions the scorer alone would have shown
        but ``adjust`` kept back, under each of their sources."""
        threshold = self.scorer.threshold
        if all(
            (p > threshold) == (q > threshold)
            for (p, _c), (q, _d) in zip(unmoved, moved, strict=True)
        ):
            return
        shown = {cand.key for _p, cand in kept}
        for _p, cand in resolve(unmoved, threshold):
            if cand.key not in shown:
                for source in cand.sources:
                    self.held[(source, cand.label)] += 1

    def _weight_table(self) -> WeightTable:
        """The scorer's weights as the featurizer reads them (made again if
        the scorer changed)."""
        if self._table is None or self._table.weights is not self.scorer.weights:
            self._table = WeightTable(self.scorer.weights)
        return self._table

    def suggest(self, text: str) -> list[Suggestion]:
        return self.analyse(text)[0]

    def analyse(self, text: str) -> tuple[list[Suggestion], list[float]]:
        """The suggestions, and the probability of every candidate (how sure
        the model is about the text, for choosing what to annotate next)."""
        with collector_paused():  # see models.suggest.gc_pause
            return self._analyse(text)

    def _analyse(self, text: str) -> tuple[list[Suggestion], list[float]]:
        unmoved, a = self._calibrated(text)
        scored = self._moved(unmoved)
        kept = resolve(scored, self.scorer.threshold)
        if scored is not unmoved:
            self._count_held(unmoved, scored, kept)
        out = []
        name, version = self.name, self.version
        made = Suggestion.made
        # each suggestion's original offsets as ``a.to_original`` gives them,
        # read off the compact copy's index without two calls a suggestion
        index = a.compact.index
        for p, cand in kept:
            start, end = index[cand.start], index[cand.end - 1] + 1
            attrs = dict(cand.attrs)
            attrs["sources"] = sorted(cand.sources)
            if cand.rules:
                attrs["rule"] = ",".join(sorted(cand.rules))
            out.append(
                made(start, end, cand.label, text[start:end], round(p, 4), name, version, attrs)
            )
        return out, [p for p, _c in scored]


def bundled_pipeline() -> SuggestPipeline | None:
    """The rules, judged by the model the app ships; None when it is missing."""
    from models.learn.bundled import bundled_model
    from models.suggest.engine import default_suggesters

    model = bundled_model()
    if model is None:
        return None
    featurizer = Featurizer(default_suggesters(), model.taggers)
    return SuggestPipeline(featurizer, model.scorer, name="model", version=model.version)


def default_suggester() -> Suggester:
    """What the app suggests with no project: the bundled model over the
    rules, or the rules alone when this build has no model."""
    from models.suggest.engine import default_ensemble

    return bundled_pipeline() or default_ensemble()
