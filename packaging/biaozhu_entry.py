"""Entry point of the bundled application: the same `biaozhu` command.

A training's worker processes are started as `EXECUTABLE -m
models.learn.workers`; in the bundle the executable is this program, so
that command line serves jobs instead of parsing it as the CLI's."""

import sys

from models.learn.workers import is_worker_command, worker_main

if __name__ == "__main__":
    if is_worker_command(sys.argv[1:]):
        worker_main(sys.argv[3:])
        sys.exit(0)
    from desktop.cli import main

    sys.exit(main())
