"""``python -m factgen`` runs the command line; :func:`run` is the ``factgen`` console script.

This module stays small: a Ctrl-C (or SIGTERM, SIGHUP) while the command's modules load, a second or so, must give
the command's one line, not a traceback or a crash. An interrupt raised in the middle of importing numpy or pyarrow
can leave them half made (a segmentation fault at exit), so the signals are held while ``factgen.cli`` loads and
acted on once it has.
"""

import signal
import sys

_HELD = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def run() -> int:
    """:func:`factgen.cli.main`, with a signal during its import reported like one during the command."""
    caught: list[int] = []
    previous = {
        number: signal.signal(number, lambda signum, _frame: caught.append(signum)) for number in _HELD
    }
    try:
        from factgen.cli import main  # noqa: PLC0415
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if caught:
        name = "interrupted" if caught[0] == signal.SIGINT else f"stopped by {signal.Signals(caught[0]).name}"
        sys.stderr.write(f"factgen: {name}\n")
        return 128 + caught[0]
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
