"""Who is working: --annotator, else BIAOZHU_ANNOTATOR, else the OS user."""

from __future__ import annotations

import getpass
import os


def current_annotator(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    env = os.environ.get("BIAOZHU_ANNOTATOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers): still someone
        return "unknown"
