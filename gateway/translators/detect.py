"""Recognise a payload's standard by its content, never by its file name."""

from __future__ import annotations

import re

__all__ = ["detect_format"]

_BOM = b"\xef\xbb\xbf"
_XML_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]")


def detect_format(data: bytes) -> str:
    """Return x12, edifact, ubl, cxml, xml, csv or unknown."""
    head = data[:4096]
    if head.startswith(_BOM):
        head = head[3:]
    stripped = head.lstrip(b" \t\r\n")
    if stripped.startswith(b"ISA") and len(stripped) > 3 and not stripped[3:4].isalnum():
        return "x12"
    if stripped[:3] in (b"UNA", b"UNB"):
        return "edifact"
    if stripped.startswith(b"<"):
        body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", stripped, flags=re.S)
        m = _XML_ROOT.search(body)
        if not m:
            return "unknown"
        if m.group(1) == b"cXML":
            return "cxml"
        if b"urn:oasis:names:specification:ubl:schema:xsd:" in head:
            return "ubl"
        return "xml"
    try:
        text = stripped.decode("utf-8")
    except UnicodeDecodeError:
        text = stripped.decode("latin-1")
    first = text.split("\n", 1)[0]
    if text and first.count(",") + first.count(";") + first.count("\t") >= 2 and "\x00" not in text:
        return "csv"
    return "unknown"
