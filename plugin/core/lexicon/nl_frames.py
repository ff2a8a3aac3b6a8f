"""nl frames (see `plugin.core.lexicon.en_frames`)."""

from __future__ import annotations

from plugin.core.rulematch import spec  # noqa: F401

LANG = "nl"
SUFFIXES: tuple[str, ...] = ()
FUZZY: tuple[str, ...] = ()

CLASSES: dict[str, str] = {}

RULES = ()
