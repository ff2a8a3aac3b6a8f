"""Cut what the customer did not write: quoted replies, signatures, legal and unsubscribe footers.

`customer_text(body)` returns a copy of the body of the same length in which those parts are blanked
(replaced by spaces, newlines kept), so every offset found in it is an offset into the original body.
A quoted agent reply or a newsletter footer is not the customer's request.
"""

from __future__ import annotations

import re
from typing import Final

from plugin.core.textnorm import fold

_WROTE = r"(?:wrote|a ecrit|schreef|heeft geschreven|schrieb|hat geschrieben|escribio|ha scritto|scrisse|escreveu)"
_HEADER: Final = re.compile(
    r"^[ >]*(?:on|le|op|am|el|il|em|den)\b[^\n]{0,250}?(?:\n[^\n]{0,160}?)?\b"
    + _WROTE
    + r"\b(?:[^\n]{0,160}:)?[ \t]*:?[ \t]*$"
    r"|^[ >]*-{2,}[ ]*(?:original message|forwarded message|message d'origine|message transfere|message original"
    r"|oorspronkelijk bericht|doorgestuurd bericht|ursprungliche nachricht|weitergeleitete nachricht"
    r"|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato)[ ]*-*"
    r"|^[ >]*(?:begin forwarded message|debut du message (?:reexpedie|transfere))[ ]*:"
    r"|^[ >]*(?:from|de|van|von|da)[ ]*:[^\n]*\n(?:[^\n]*\n){0,2}?[ >]*"
    r"(?:sent|envoye|verzonden|gesendet|enviado|inviato|date|datum|fecha|data|to|a|aan|an|para|objet|subject)[ ]*:"
    r"|^[ ]*(?:sent from my|envoye de mon|envoye depuis mon|verzonden (?:vanaf|met) mijn|von meinem"
    r"|enviado desde mi|inviato da(?:l mio)?)\b",
    re.MULTILINE,
)
_QUOTED: Final = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
_SIGNATURE: Final = re.compile(r"^(?:-- ?|_{3,}|-{3,})[ ]*$", re.MULTILINE)
_CLOSING: Final = re.compile(
    r"^[ ]*(?:(?:best|kind|warm|many|with kind)? ?regards|cheers|thanks(?: again| in advance)?|thank you|many thanks"
    r"|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|all the best|best"
    r"|cordialement|bien cordialement|bien a vous|salutations(?: distinguees)?|merci(?: d'avance| beaucoup| bien)?"
    r"|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groet(?:en|jes)?|mvg|alvast bedankt|bedankt"
    r"|mit freundlichen gru(?:s|se|sen)|(?:viele|beste|liebe|freundliche) gru(?:s|se|sen)|mfg|lg|danke(?: schon)?"
    r"|(?:un )?saludos?(?: cordiales)?|atentamente|muchas gracias|gracias|cordiali saluti|distinti saluti"
    r"|saluti|grazie(?: mille)?|un saluto|cordialmente)"
    r"[ ,.!]*(?:[^\s,.!?]+[ ,.]*){0,3}$",
    re.MULTILINE,
)
_FOOTER: Final = re.compile(
    r"this (?:e-?mail|message|communication)(?: and any (?:attachments?|files)[^.\n]{0,40})? (?:is|are|may "
    r"be|contains?)"
    r"[^.\n]{0,40}(?:confidential|privileged|intended)"
    r"|if you (?:are not the intended|have received this (?:e-?mail|message) in error)"
    r"|you (?:are )?receiv(?:e|ing) this (?:e-?mail|message|newsletter|mail)"
    r"|(?:click|tap) here to (?:unsubscribe|opt out)|to unsubscribe,? (?:click|tap|visit|follow|use|reply|go)"
    r"|^[ ]*(?:unsubscribe|manage (?:your )?preferences|update your preferences)[ ]*(?:\||$|here)"
    r"|ce (?:message|courriel|e-?mail)[^.\n]{0,60}(?:est|sont) (?:strictement )?confidenti"
    r"|si vous n'etes pas (?:le|la) destinataire|vous recevez (?:cet|ce) (?:e-?mail|email|message|courriel)"
    r"|pour vous desabonner,? (?:cliquez|rendez|suivez)|se desabonner ici|desinscription ici"
    r"|dit (?:e-?mail)? ?bericht is (?:uitsluitend|vertrouwelijk|alleen)|indien u (?:niet de|dit bericht)"
    r"|je ontvangt deze (?:e-?mail|nieuwsbrief|mail)|klik hier om (?:je|u) af te melden|afmelden\? klik"
    r"|diese (?:e-?mail|nachricht)[^.\n]{0,40}(?:enthalt|ist) vertraulich|wenn sie nicht der (?:richtige "
    r")?(?:adressat|empfanger)"
    r"|sie erhalten diese (?:e-?mail|nachricht|newsletter)|(?:newsletter )?abbestellen: |hier abmelden"
    r"|este (?:mensaje|correo)[^.\n]{0,60}(?:es |puede contener |contiene )[^.\n]{0,30}confidencial"
    r"|si (?:usted )?no es el destinatario|(?:recibes|ha recibido|has recibido) este (?:correo|mensaje|e-?mail|boletin)"
    r"|para darse de baja,? (?:haga|haz|pulse|pincha)|darse de baja aqui"
    r"|questo messaggio[^.\n]{0,60}(?:riservat|confidenzial)|se (?:avete|hai|ha) ricevuto questo messaggio per errore"
    r"|ricevi questa (?:e-?mail|newsletter|mail)|per annullare l'iscrizione,? (?:clicca|fai)|disiscriviti qui",
    re.MULTILINE,
)
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_NAME: Final = re.compile(r"\b[A-ZÀ-Ý][^\W\d_]{2,}")
_NOT_NAMES: Final = frozenset(
    str.split(
        "On Le Op Am El Il Em Den Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec "
        "Support Service Services Customer Care Team Kundenservice Klantenservice Servicio Assistenza "
        "Datenschutzteam Helpdesk Info Contact Sales Privacy Datenschutz Die Mit Don Lun Mer Jeu Ven Sam Dim "
        "Maa Din Woe Wrote Schrieb Schreef Escribió Scritto Ecrit"
    )
)


def _blank(text: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if text[i] != "\n":
            text[i] = " "


def _has_content(folded: str, end: int, minimum: int = 1) -> bool:
    return len(_WORD.findall(folded, 0, end)) >= minimum


def _quotes_self(body: str, start: int, end: int) -> bool:
    """The reply header names the person who signed the new text (a follow-up quoting itself)."""
    names = {w for w in _NAME.findall(body, start, end) if w not in _NOT_NAMES}
    signature = body[max(0, start - 200) : start]
    return any(re.search(rf"\b{re.escape(name)}\b", signature) for name in names)


def customer_text(body: str, include_quoted: bool = False) -> str:
    """The body with quoted replies, signatures and footers blanked (same length).

    `include_quoted` keeps the quoted text (only reply headers are blanked): for a chaser ("still no
    answer") that quotes the customer's own earlier request."""
    if not body:
        return body
    folded = fold(body)
    if len(folded) != len(body):  # rare characters that expand: search line-aligned on the original
        folded = "".join(c if len(fold(c)) == 1 else " " for c in body)
        folded = fold(folded)
    cut = len(body)
    blanks: list[tuple[int, int]] = []
    own_quote = False
    for match in _HEADER.finditer(folded):
        if _has_content(folded, match.start()):
            if include_quoted or _quotes_self(body, match.start(), match.end()):
                own_quote = True  # the customer's own earlier message: still their words
                blanks.append(match.span())
                continue
            cut = min(cut, match.start())
            break
        blanks.append(match.span())
    for pattern in (_SIGNATURE, _FOOTER):
        for match in pattern.finditer(folded, 0, cut):
            line_start = folded.rfind("\n", 0, match.start()) + 1
            if _has_content(folded, line_start):
                cut = min(cut, line_start)
                break
    for match in _CLOSING.finditer(folded, 0, cut):
        if _has_content(folded, match.start(), 4):  # "Hi,\nThanks!\nPlease delete..." is not a closing
            line_end = folded.find("\n", match.end())
            if line_end != -1:
                cut = min(cut, line_end)
            break
    if not own_quote:
        blanks.extend(m.span() for m in _QUOTED.finditer(folded))
    if cut == len(body) and not blanks:
        return body
    chars = list(body)
    _blank(chars, cut, len(body))
    for start, end in blanks:
        _blank(chars, start, end)
    return "".join(chars)
