"""Character sets both the importers and the suggesters ask about. No Qt."""

from __future__ import annotations


def in_gb2312(ch: str) -> bool:
    """Whether ``ch`` is a character of GB 2312, the simplified national set:
    the common characters of simplified writing."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True
