"""MIME entities as exact bytes: headers, body, multipart parts, transfer decoding.

Signatures cover bytes, so nothing here re-serialises a part (stack notes pitfall 4):
`Entity.raw` is the entity exactly as it arrived, and `parts()` slices a multipart body
at its delimiters per RFC 2046 section 5.1.1 (the line break before a delimiter belongs
to the delimiter).
"""

from __future__ import annotations

import base64
import binascii
import functools
import itertools
import re
from dataclasses import dataclass

from gateway.as2.errors import MalformedMessage

__all__ = ["Entity", "canonicalize", "header_block", "param_list", "parse", "parse_params"]

_TOKEN_PARAM = re.compile(
    r';\s*([!#$%&\'*+\-.^_`|~0-9A-Za-z]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)', re.S
)


@functools.lru_cache(maxsize=1024)
def parse_params(value: str) -> tuple[str, dict[str, str]]:
    """`type/sub; a=b; c="d"` -> ("type/sub", {"a": "b", "c": "d"}) with lower-case names."""
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for name, raw in _TOKEN_PARAM.findall(";" + rest):
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params[name.lower()] = raw
    return main.strip().lower(), params


def param_list(value: str) -> list[str]:
    """Comma-separated values without their surrounding blanks."""
    return [v.strip() for v in value.split(",") if v.strip()]


@dataclass(frozen=True, slots=True)
class Entity:
    """One MIME entity: its headers (in order, names as sent) and its raw body."""

    headers: tuple[tuple[str, str], ...]
    body: bytes
    raw: bytes

    def header(self, name: str, default: str = "") -> str:
        lname = name.lower()
        for k, v in self.headers:
            if k.lower() == lname:
                return v
        return default

    @property
    def content_type(self) -> str:
        return parse_params(self.header("content-type", "text/plain"))[0]

    @property
    def params(self) -> dict[str, str]:
        return parse_params(self.header("content-type", "text/plain"))[1]

    @property
    def filename(self) -> str:
        return parse_params(self.header("content-disposition", "x"))[1].get("filename", "")

    def decoded(self) -> bytes:
        """The body with its Content-Transfer-Encoding removed."""
        cte = self.header("content-transfer-encoding", "binary").strip().lower()
        if cte == "base64":
            try:
                return base64.b64decode(re.sub(rb"\s+", b"", self.body), validate=True)
            except binascii.Error as exc:
                raise MalformedMessage(f"body is not valid base64: {exc}") from None
        if cte == "quoted-printable":
            return binascii.a2b_qp(self.body)
        if cte in ("binary", "7bit", "8bit", ""):
            return self.body
        raise MalformedMessage(f"unknown Content-Transfer-Encoding {cte!r}")

    def parts(self) -> list[Entity]:
        """The parts of a multipart entity, each with its exact bytes."""
        boundary = self.params.get("boundary")
        if not boundary:
            raise MalformedMessage(f"{self.content_type} without a boundary parameter")
        found = _delimiters(self.body, b"--" + boundary.encode("latin-1"))
        if len(found) < 2:
            raise MalformedMessage(f"no parts found for boundary {boundary!r}")
        out = []
        for (_, end, close), (start, _e, _c) in itertools.pairwise(found):
            if close:
                break
            out.append(parse(self.body[end:start]))
        return out


def _delimiters(body: bytes, delim: bytes) -> list[tuple[int, int, bool]]:
    """(start, end, is_close) of every delimiter line; `start` includes the line break
    before it (RFC 2046: it belongs to the delimiter), `end` is past the line's end."""
    out = []
    pos = body.find(delim)
    while pos != -1:
        if pos == 0 or body[pos - 1] == 10:  # at the start of a line
            start = pos - (2 if pos >= 2 and body[pos - 2] == 13 else 1) if pos else 0
            after = pos + len(delim)
            close = body[after : after + 2] == b"--"
            if close:
                after += 2
            eol = body.find(b"\n", after)
            tail = body[after:] if eol == -1 else body[after:eol]
            if not tail.strip():
                out.append((start, len(body) if eol == -1 else eol + 1, close))
        pos = body.find(delim, pos + len(delim))
    return out


def _unfold(block: bytes) -> tuple[tuple[str, str], ...]:
    text = block.decode("latin-1")
    lines = re.split(r"\r?\n", text)
    headers: list[list[str]] = []
    for line in lines:
        if not line:
            continue
        if line[0] in " \t" and headers:
            headers[-1][1] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip() or " " in name.strip():
            raise MalformedMessage(f"not a MIME header line: {line[:60]!r}")
        headers.append([name.strip(), value.strip()])
    return tuple((k, v) for k, v in headers)


def parse(data: bytes) -> Entity:
    """Split an entity into headers and body (a body-only entity has no headers)."""
    if data.startswith((b"\r\n", b"\n")):
        return Entity((), data[2 if data.startswith(b"\r\n") else 1 :], data)
    m = re.search(rb"\r?\n\r?\n", data)
    if m is None:
        raise MalformedMessage("no blank line between MIME headers and body")
    return Entity(_unfold(data[: m.start()]), data[m.end() :], data)


def header_block(headers: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> bytes:
    return b"".join(f"{k}: {v}\r\n".encode("latin-1") for k, v in headers) + b"\r\n"


def canonicalize(data: bytes) -> bytes:
    """Bare LF line ends to CRLF (RFC 5751 section 3.1.1 canonical text)."""
    return re.sub(rb"(?<!\r)\n", b"\r\n", data)
