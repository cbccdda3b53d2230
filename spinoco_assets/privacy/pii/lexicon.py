"""The one word lexicon the view looks every word up in: spoken digits, letters and symbols,
first names, surnames, titles. Built once (a few ms) and only read afterwards."""

from __future__ import annotations

import threading

from .czech_numbers import spoken_lexicon
from .names import name_lexicon

_default: dict[str, tuple] | None = None
_lock = threading.Lock()


def build_lexicon() -> dict[str, tuple]:
    lexicon = name_lexicon()
    lexicon.update(spoken_lexicon())  # spoken words win; none of them is a name
    return lexicon


def default_lexicon() -> dict[str, tuple]:
    """A shared read-only lexicon for detectors built without one (scrubadub's own use)."""
    global _default
    with _lock:
        if _default is None:
            _default = build_lexicon()
        return _default
