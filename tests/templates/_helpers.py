"""Shared checks for the template tests: English-leak heuristic and placeholder keys."""

from __future__ import annotations

import re

from plugin.templates import agent_placeholder_labels, agent_placeholders

# Common English words that have no homograph in fr/nl/de/es/it (so "data", "status", "is", "of",
# "will", "was", "on", "no", "in", "an" are deliberately absent).
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "your",
        "you",
        "we",
        "our",
        "please",
        "thank",
        "thanks",
        "with",
        "from",
        "that",
        "this",
        "which",
        "would",
        "should",
        "could",
        "there",
        "their",
        "about",
        "dear",
        "hello",
        "regards",
        "request",
        "reply",
        "customer",
        "concern",
        "deadline",
        "here",
        "sets",
        "within",
        "receive",
        "received",
        "send",
        "copy",
        "following",
        "simply",
        "anything",
        "answer",
        "rights",
        "delete",
        "deleted",
        "erased",
        "sincerely",
        "what",
        "when",
        "where",
        "who",
        "why",
        "how",
    ]
)

_NOT_PROSE = re.compile(r"\{\{[^}]*\}\}|\{[a-z_]+\}|\[\[[^\]]*\]\]|https?://\S+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_words(text: str) -> set[str]:
    """English words found in text, ignoring Zendesk/installer placeholders and URLs."""
    prose = _NOT_PROSE.sub(" ", text)
    return {w.lower() for w in _WORD.findall(prose)} & ENGLISH_WORDS


def placeholder_keys(text: str, language: str) -> list[str]:
    """The placeholders.toml key of every >>> [Label: hint] <<< in text, in order ("?" when unknown)."""
    by_label = {per[language]: key for key, per in agent_placeholder_labels().items()}
    return [by_label.get(label, "?" + label) for label, _hint in agent_placeholders(text)]
