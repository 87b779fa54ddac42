"""Loading spaCy without a socket.

spaCy's package imports its ``download`` command, which imports requests;
urllib3 then probes the machine for IPv6 at import time by creating and
binding a socket. Biaozhu opens no socket at all, ever, so the first import
of spaCy tells that probe the answer (no IPv6) instead of letting it look.
Nothing in Biaozhu uses urllib3; the flag is restored straight after."""

from __future__ import annotations

import socket
import sys
from types import ModuleType

from models.errors import InvalidInput


def import_spacy() -> ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    saved = socket.has_ipv6
    socket.has_ipv6 = False
    try:
        import spacy
    except ImportError:
        raise InvalidInput(
            "the spaCy format needs spaCy: pip install 'biaozhu[spacy]' (or spacy>=3.7)"
        ) from None
    finally:
        socket.has_ipv6 = saved
    return spacy
