"""Review windows: compare and adjudicate, agreement, history. Each opens its own
project connection; the main window's Review menu calls these three functions."""

from desktop.gui.review.agreement_panel import AgreementPanel, open_agreement
from desktop.gui.review.history_view import HistoryView, open_history
from desktop.gui.review.review_view import ReviewView, open_review

__all__ = [
    "AgreementPanel",
    "HistoryView",
    "ReviewView",
    "open_agreement",
    "open_history",
    "open_review",
]
