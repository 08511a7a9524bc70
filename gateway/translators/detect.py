"""Recognise a payload's standard by its content, never by its file name.

`detect_format` looks at the first 8 KB only and returns x12, edifact, ubl, cxml, xml,
csv or unknown. Each standard is one detector in `DETECTORS`, tried in order; the first
that claims the bytes wins. A detector claims only what its standard's reader can then
refuse precisely (an X12 payload that starts at ST still goes to the X12 reader, which
says the ISA is missing). Anything else is `unknown`: stored and reported, never guessed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

__all__ = ["DETECTORS", "detect_format", "text_head"]

HEAD = 8192
# byte order marks -> the encoding they announce
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# UTF-16 XML without a BOM starts with '<' and a zero byte (XML 1.0 Appendix F)
_UTF16_XML = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))

_X12 = re.compile(rb"(ISA|GS|ST)([^A-Za-z0-9\r\n])")
_EBCDIC_ISA = b"\xc9\xe2\xc1"  # "ISA" in EBCDIC (cp037/cp500): the X12 reader decodes it
# before the first segment: more whitespace, NUL padding, another byte order mark
_EDIFACT = re.compile(rb"(?:[\s\x00]|\xef\xbb\xbf)*(?:UNA.{6}|UNB[+:\x1d]|UNH[+:])", re.S)
_XML_START = re.compile(rb"\s*<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)([^>]*)>", re.S)
_XML_SKIP = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)", re.S)
_UBL_NS = b"urn:oasis:names:specification:ubl:schema:xsd:"
_CSV_DELIMITERS = ",;\t|"


def text_head(data: bytes) -> bytes:
    """The first bytes as UTF-8 (transcoded from UTF-16 when a BOM or XML says so),
    without a BOM and leading whitespace."""
    head = data[:HEAD]
    for bom, enc in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            if enc != "utf-8":
                head = head.decode(enc, "ignore").encode("utf-8")
            break
    else:
        for start, enc in _UTF16_XML:
            if head.startswith(start):
                head = head.decode(enc, "ignore").encode("utf-8")
                break
    return head.lstrip(b" \t\r\n")


def _x12(head: bytes) -> str | None:
    if head.startswith(_EBCDIC_ISA):
        return "x12"
    m = _X12.match(head)
    if m is None:
        return None
    if m.group(1) == b"ISA":
        return "x12"
    # GS or ST without an ISA: only when the next element looks like X12 (GS*PO*, ST*850*)
    if m.group(2) == b" ":
        return None
    sep = re.escape(m.group(2))
    return "x12" if re.match(rb"(GS|ST)" + sep + rb"[A-Z0-9]{2,3}" + sep, head) else None


def _edifact(head: bytes) -> str | None:
    return "edifact" if _EDIFACT.match(head) else None


def _xml(head: bytes) -> str | None:
    if not head.startswith(b"<"):
        return None
    pos = 0
    while (m := _XML_SKIP.match(head, pos)) is not None and m.end() > pos:
        pos = m.end()
    root = _XML_START.match(head, pos)
    if root is None:
        return None
    prefix, name, attrs = root.group(1), root.group(2), root.group(3)
    if name == b"cXML" and prefix is None:
        return "cxml"
    ns_attr = rb"xmlns" + (rb":" + re.escape(prefix) if prefix else rb"")
    ns = re.search(ns_attr + rb"\s*=\s*([\"'])(.*?)\1", attrs, re.S)
    if ns is not None and ns.group(2).startswith(_UBL_NS):
        return "ubl"
    return "xml"


def _csv(head: bytes) -> str | None:
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the 8 KB boundary is fine; anything else: cp1252
        text = (
            head[: exc.start].decode("utf-8")
            if exc.start > len(head) - 4
            else head.decode("cp1252", "replace")
        )
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    if not text or controls > len(text) // 100:
        return None
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    if len(text) >= HEAD and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    for delimiter in _CSV_DELIMITERS:
        try:
            counts = {len(row) for row in csv.reader(lines, delimiter=delimiter)}
        except csv.Error:
            continue
        if (
            len(counts) == 1
            and counts.pop() >= 2
            and (len(lines) >= 2 or text.count(delimiter) >= 2)
        ):
            return "csv"
    return None


DETECTORS: tuple[tuple[str, Callable[[bytes], str | None]], ...] = (
    ("x12", _x12),
    ("edifact", _edifact),
    ("xml", _xml),
    ("csv", _csv),
)


def detect_format(data: bytes) -> str:
    """Return x12, edifact, ubl, cxml, xml, csv or unknown."""
    head = text_head(data)
    for _name, detector in DETECTORS:
        found = detector(head)
        if found is not None:
            return found
    return "unknown"
