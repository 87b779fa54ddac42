"""The steps of training, as the progress of a long operation names them
(``models/progress.py``): ``fold 2/5: features``, ``training: fitting``.

Each is a whole template, the step's name first, so that a translation puts
the language's own punctuation between the two (训练：提取特征); a step of a
name given as a plain string (a script's log word) stays a plain string."""

from __future__ import annotations

from models.errors import Message

TRAINING = "training"
HELD_OUT = "held-out"
PARTS = ("features", "fitting", "candidates")


def training() -> Message:
    return Message("training")


def held_out() -> Message:
    return Message("held-out")


def fold(number: int, folds: int) -> Message:
    return Message("fold {fold}/{folds}", fold=number, folds=folds)


def step(what: Message | str, part: str) -> Message | str:
    """``what`` (training, held-out, a fold) at ``part`` (one of PARTS)."""
    if part not in PARTS:
        raise ValueError(part)
    if not isinstance(what, Message):
        return f"{what}: {part}"
    if what.template == "fold {fold}/{folds}":
        n, k = what.params["fold"], what.params["folds"]
        return {
            "features": Message("fold {fold}/{folds}: features", fold=n, folds=k),
            "fitting": Message("fold {fold}/{folds}: fitting", fold=n, folds=k),
            "candidates": Message("fold {fold}/{folds}: candidates", fold=n, folds=k),
        }[part]
    if what.template == HELD_OUT:
        return {
            "features": Message("held-out: features"),
            "fitting": Message("held-out: fitting"),
            "candidates": Message("held-out: candidates"),
        }[part]
    return {
        "features": Message("training: features"),
        "fitting": Message("training: fitting"),
        "candidates": Message("training: candidates"),
    }[part]
