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
    ):
        self.featurizer = featurizer
        self.scorer = scorer
        self.name = name
        self.version = version
        self.adjust = adjust
        self._table: WeightTable | None = None

    def scored(self, text: str) -> tuple[list[tuple[float, Candidate]], object]:
        """Every candidate with its probability, and the text's analysis."""
        a, raw = self.featurizer.raw_scores(text, self._weight_table())
        # its bound __call__: calling the Isotonic itself looks __call__ up
        # on its type again for each of the text's candidates
        calibrated = self.scorer.calibration.__call__
        out = []
        for cand, score in raw:
            p = calibrated(score)  # as ScorerModel.probability of its features
            if self.adjust is not None:
                p = self.adjust(cand, p)
            out.append((p, cand))
        return out, a

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
        scored, a = self.scored(text)
        out = []
        for p, cand in resolve(scored, self.scorer.threshold):
            start, end = a.to_original(cand.start, cand.end)
            attrs = dict(cand.attrs)
            attrs["sources"] = sorted(cand.sources)
            if cand.rules:
                attrs["rule"] = ",".join(sorted(cand.rules))
            out.append(
                Suggestion(
                    start,
                    end,
                    cand.label,
                    text[start:end],
                    round(p, 4),
                    self.name,
                    self.version,
                    attrs,
                )
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
