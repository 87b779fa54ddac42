"""Review and audit: comparing layers, adjudication, agreement, the history
as of an event, and merging projects from other laptops. Qt-free."""

from models.review.adjudicate import CHOICES, Adjudication
from models.review.agreement import agreement_report, pair_agreement
from models.review.asof import layers_as_of, live_layers
from models.review.compare import Difference, LayerRef, LayerSpan, compare_layers, load_layer
from models.review.merge import MergeReport, merge_project, verify_merged

__all__ = [
    "CHOICES",
    "Adjudication",
    "Difference",
    "LayerRef",
    "LayerSpan",
    "MergeReport",
    "agreement_report",
    "compare_layers",
    "layers_as_of",
    "live_layers",
    "load_layer",
    "merge_project",
    "pair_agreement",
    "verify_merged",
]
