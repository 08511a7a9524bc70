"""Is a received file complete? Envelope trailers and XML well-formedness, streamed.

An SFTP client that is interrupted may still close its file handle, so a closed file
is not proof of a finished upload (stack notes 11). X12 must end with IEA, EDIFACT
with UNZ, XML must be well-formed; anything else is left to the pipeline.
"""

from __future__ import annotations

from lxml import etree

from gateway.translators.detect import detect_format

__all__ = ["incomplete_reason"]

_TAIL = 512


def _last_segment(data: bytes, terminator: bytes) -> bytes:
    tail = data[-_TAIL:].rstrip(b" \t\r\n")
    if tail.endswith(terminator):
        tail = tail[: -len(terminator)]
    return tail.rsplit(terminator, 1)[-1].lstrip(b" \t\r\n")


def _x12(data: bytes) -> str | None:
    head = data.lstrip(b" \t\r\n\xef\xbb\xbf")
    if len(head) < 106:
        return "the X12 interchange is shorter than an ISA segment"
    element, terminator = head[3:4], head[105:106]
    if not _last_segment(data, terminator).startswith(b"IEA" + element):
        return "the X12 interchange does not end with an IEA trailer (upload cut off?)"
    return None


def _edifact(data: bytes) -> str | None:
    head = data.lstrip(b" \t\r\n\xef\xbb\xbf")
    terminator = head[8:9] if head.startswith(b"UNA") and len(head) >= 9 else b"'"
    element = head[4:5] if head.startswith(b"UNA") else b"+"
    if not _last_segment(data, terminator).startswith(b"UNZ" + element):
        return "the EDIFACT interchange does not end with a UNZ trailer (upload cut off?)"
    return None


def _xml(data: bytes) -> str | None:
    parser = etree.XMLPullParser(
        events=(), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        for start in range(0, len(data), 65536):
            parser.feed(data[start : start + 65536])
        parser.close()
    except etree.XMLSyntaxError as exc:
        return f"the XML document is not well-formed: {exc} (upload cut off?)"
    return None


_CHECKS = {"x12": _x12, "edifact": _edifact, "xml": _xml, "ubl": _xml, "cxml": _xml}


def incomplete_reason(data: bytes) -> str | None:
    """Why `data` looks truncated, or None when its envelope/markup is complete."""
    if not data.strip():
        return "the file is empty"
    check = _CHECKS.get(detect_format(data))
    return check(data) if check else None
