"""Which learned model suggests: the core's ``activate`` and ``retire``
(``models.learn.registry``), each with its history event in one
transaction, run on the store thread like every write of the window. No
view shows a model, so the outcome changes nothing the views reconcile;
the window recomputes the suggestions after it (MainWindow.choose_suggester)."""

from __future__ import annotations

from desktop.gui.ops import Outcome, StoreOp

# The reason a retirement from the window writes in the history (the core
# writes English; the history view shows it as the data it is).
USE_BUNDLED_REASON = "set aside in the window: the bundled model suggests"


def activate(host, version: str, title: str = "") -> StoreOp:
    """Make the stored model ``version`` the active one (value: its version)."""

    def run(project, _progress) -> Outcome:
        from models.learn.registry import activate as make_active
        from models.learn.registry import active_record

        record = active_record(project)
        if record is None or record.version != version:  # again: no second event
            make_active(project, version)
        return Outcome(value=version)

    return StoreOp(host, run, title)


def use_bundled(host, title: str = "") -> StoreOp:
    """Set the active model aside (value: its version, None if none was)."""

    def run(project, _progress) -> Outcome:
        from models.learn.registry import active_record, retire

        record = active_record(project)
        if record is not None:
            retire(project, record.version, USE_BUNDLED_REASON)
        return Outcome(value=record.version if record else None)

    return StoreOp(host, run, title)
