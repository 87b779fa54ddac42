"""Review windows: compare and adjudicate, agreement, history (each opens its
own project connection), and roles (on the main window's project); the main
window's Review menu calls these functions."""

from desktop.gui.review.agreement_panel import AgreementPanel, open_agreement
from desktop.gui.review.history_view import HistoryView, open_history
from desktop.gui.review.review_view import ReviewView, open_review
from desktop.gui.review.roles import RolesDialog, open_roles

__all__ = [
    "AgreementPanel",
    "HistoryView",
    "ReviewView",
    "RolesDialog",
    "open_agreement",
    "open_history",
    "open_review",
    "open_roles",
]
