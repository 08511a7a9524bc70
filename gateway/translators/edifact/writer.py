"""Render EDIFACT: escape data, join segments, wrap messages in UNH/UNT and UNB/UNZ.

Output uses the ISO 9735 level A service characters with a UNA, the character set the
partner agreed (UNOA..UNOY, encoded accordingly) and syntax version 3 or 4.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from gateway.translators.edifact.syntax import CHARSETS, DEFAULT_CHARS, ServiceChars

__all__ = [
    "OutboundEnvelope",
    "escape",
    "fit_repertoire",
    "render_interchange",
    "render_segment",
]

Elements = Sequence[str | Sequence[str]]


@dataclass(frozen=True, slots=True)
class OutboundEnvelope:
    """Our UNB toward one partner, with the control reference already taken."""

    sender: str
    sender_qualifier: str
    recipient: str
    recipient_qualifier: str
    control: str
    syntax: str = "UNOC"
    version: str = "3"
    chars: ServiceChars = DEFAULT_CHARS
    ack_requested: bool = False
    test: bool = False
    application: str = ""
    suffix: str = "\n"
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def escape(value: str, chars: ServiceChars) -> str:
    """Put the release character before every service character in `value`."""
    rel = chars.release
    for ch in chars.specials:
        if ch in value:
            value = "".join(rel + c if c in chars.specials else c for c in value)
            break
    return value


def render_segment(
    tag: str, elements: Elements, chars: ServiceChars = DEFAULT_CHARS, syntax: str = ""
) -> str:
    """One segment without terminator; trailing empty components and elements are dropped.

    Values are fitted to the repertoire of `syntax` (UNOA/UNOB), then released.
    """
    out = [tag]
    for element in elements:
        comps = [element] if isinstance(element, str) else list(element)
        while comps and comps[-1] == "":
            comps.pop()
        out.append(chars.component.join(escape(fit_repertoire(c, syntax), chars) for c in comps))
    while len(out) > 1 and out[-1] == "":
        out.pop()
    return chars.element.join(out)


def render_interchange(
    env: OutboundEnvelope,
    messages: Sequence[tuple[str, Sequence[str], Sequence[tuple[str, Elements]]]],
) -> bytes:
    """`messages` = (reference, S009 components, body segments); returns the encoded bytes."""
    c = env.chars
    end = c.segment + env.suffix
    date = env.now.strftime("%Y%m%d" if env.version == "4" else "%y%m%d")
    unb = render_segment(
        "UNB",
        [
            [env.syntax, env.version],
            [env.sender, env.sender_qualifier],
            [env.recipient, env.recipient_qualifier],
            [date, env.now.strftime("%H%M")],
            env.control,
            "",
            env.application,
            "",
            "1" if env.ack_requested else "",
            "",
            "1" if env.test else "",
        ],
        c,
    )
    out = [c.una() + env.suffix, unb + end]
    for ref, s009, body in messages:
        out.append(render_segment("UNH", [ref, list(s009)], c) + end)
        out.extend(render_segment(tag, els, c, env.syntax) + end for tag, els in body)
        out.append(render_segment("UNT", [str(len(body) + 2), ref], c) + end)
    out.append(render_segment("UNZ", [str(len(messages)), env.control], c) + end)
    return "".join(out).encode(CHARSETS[env.syntax].codec)


_LEVEL_A_EXTRA = set(" .,-()/='+:?!\"%&*;<>\n")


def fit_repertoire(text: str, syntax: str) -> str:
    """Make `text` legal for UNOA/UNOB, one character for one (lengths already checked):
    accents dropped (NFKD base letter), upper case for UNOA, anything else blanked.

    Partners that agreed on level A or B cannot receive anything else; other character
    sets are written as they are (and fail loudly in the codec if they cannot hold it).
    """
    if syntax not in ("UNOA", "UNOB") or (text.isascii() and (syntax == "UNOB" or text.isupper())):
        return text
    return "".join(_fit_char(ch, syntax == "UNOA") for ch in text)


def _fit_char(ch: str, level_a: bool) -> str:
    if not ch.isascii():
        base = unicodedata.normalize("NFKD", ch)[:1]
        ch = base if base.isascii() else ("s" if ch == "ß" else " ")
    if level_a:
        ch = ch.upper()
        return ch if ch.isalnum() or ch in _LEVEL_A_EXTRA else " "
    return ch if " " <= ch <= "~" or ch == "\n" else " "
