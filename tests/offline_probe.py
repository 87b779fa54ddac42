"""Run a biaozhu command with an audit hook that fails on any socket.

Python raises the audit event ``socket.__new__`` for every socket created
in the process (by our code or any library), so this catches a network
connection before it is attempted. Usage: python offline_probe.py ARGS..."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def refuse_sockets(event: str, args: tuple) -> None:
    if event.startswith("socket.") and event != "socket.getservbyname":
        import traceback

        sys.stderr.write(f"NETWORK: {event} {args!r}\n")
        traceback.print_stack(file=sys.stderr)
        sys.stderr.flush()
        os._exit(99)


sys.addaudithook(refuse_sockets)

if sys.argv[1:] == ["--selftest"]:
    import socket

    socket.socket()

from desktop.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
