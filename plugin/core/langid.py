"""Language identification among the six supported languages by stopword profiles (pure, stdlib only).

Each language has a list of very frequent function words (accents stripped, as `textnorm.fold` writes
them). A word shared by several languages counts for each, divided by how many share it. The winner
must be clear; otherwise the result is "und" and the caller's hint (if any) is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

UNDETERMINED: Final = "und"

_STOPWORDS: Final[dict[str, str]] = {
    "en": "the and you your to of is are was were have has had this that with for not don't dont i'm i've "
    "my me it be would could should please what which who about from any all will can do does did been "
    "we they them their there here thanks thank hi hello dear since after before because if an or but "
    "just still want know see our us on at by so than then these those get got no yes also",
    "fr": "le la les des du de et est sont je vous votre vos mon ma mes nous ne pas plus que qui pour "
    "dans sur avec sans une un ce cette ces ai avez suis merci bonjour madame monsieur mais ou donc "
    "tout tous aussi tres leur leurs sont etre avoir depuis c'est j'ai n'ai d'un d'une l'on qu'il "
    "moi me m'a au aux car comme si il elle y en deja",
    "nl": "de het een en van ik je jullie u uw mijn niet geen dat die dit is zijn was wil graag met voor "
    "op aan bij om te ook maar nog al heb heeft hebben mij me wat welke hoe waarom wordt worden "
    "dank bedankt alstublieft alsjeblieft hallo beste groet groeten vriendelijke naar over uit zou kunnen "
    "sinds er als dus zo omdat mijnheer mevrouw",
    "de": "der die das und ist nicht ich sie ihr ihre ihren ihrem mein meine meinen meiner mich mir "
    "mit fur auf dem den des ein eine einen zu zum zur von bei bitte danke ist sind war wurde "
    "werden habe haben hat auch aber noch schon kein keine dass wie was warum oder wenn nach "
    "uber aus seit sehr geehrte geehrter damen herren hallo gruse freundlichen",
    "es": "el la los las de del y que en es son un una yo mi mis me su sus no por para con sin "
    "pero como mas muy ya he ha han hemos este esta estos estas eso usted ustedes gracias hola "
    "buenos buenas dias estimados señores senores todo todos tambien cuando donde porque quiero "
    "desde hace nada al lo le les nos sobre",
    "it": "il lo la i gli le di del della dei delle e che in un una io mio mia miei mie mi non per con "
    "sono ho ha hanno abbiamo questo questa questi queste ma come piu gia anche tutto tutti "
    "grazie buongiorno salve gentile gentili vostro vostra vostri vostre suo sua nel nella "
    "al alla alle dal dalla se quando perche voglio vorrei essere",
}


def _weights() -> dict[str, dict[str, float]]:
    owners: dict[str, list[str]] = {}
    for language, words in _STOPWORDS.items():
        for word in set(words.split()):
            owners.setdefault(word, []).append(language)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS: Final = _weights()
_TOKEN: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Letters that give a language away even in a few words (checked on the unfolded, casefolded text).
_MARKS: Final[dict[str, re.Pattern[str]]] = {
    "es": re.compile(r"[ñ¿¡]"),
    "de": re.compile(r"ß|\b\w*(?:sch|tz)\w*ung\b"),
    "nl": re.compile(r"\b\w*ij\w*\b|\b\w*oe\w*\b"),
    "fr": re.compile(r"[çœ]|\b\w*eau\w*\b"),
    "it": re.compile(r"\b\w+zion[ei]\b|\b\w+[aeiou]gli\w*\b"),
}


def scores(folded_texts: Iterable[str]) -> dict[str, float]:
    """Stopword score per language over the given folded texts."""
    totals = dict.fromkeys(_STOPWORDS, 0.0)
    for text in folded_texts:
        for token in _TOKEN.findall(text):
            weights = _WEIGHTS.get(token)
            if weights is None and "'" in token:
                weights = _WEIGHTS.get(token.split("'", 1)[0] + "'")
            if weights:
                for language, weight in weights.items():
                    totals[language] += weight
    return totals


def detect(folded_texts: Iterable[str], raw_lower: str = "", hint: str | None = None) -> tuple[str, dict[str, float]]:
    """(language, scores): the clear winner, else the hint, else "und"."""
    totals = scores(folded_texts)
    for language, pattern in _MARKS.items():
        if raw_lower and pattern.search(raw_lower):
            totals[language] += 0.75
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    valid_hint = hint if hint in _STOPWORDS else None
    if top >= 2.0 and top >= second * 1.5 + 0.5:
        return best, totals
    if valid_hint is not None:
        return valid_hint, totals
    if top >= 1.0 and top >= second * 2 + 0.5:
        return best, totals
    return UNDETERMINED, totals
