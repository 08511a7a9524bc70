"""Split a received e-mail into the documents it carries (pure: bytes in, parts out).

Orders come as EDI, XML or CSV attachments (also inside ZIP files), or as the text
body when nothing is attached; fax-to-mail carries PDF or TIFF images. The MIME tree
is bounded (depth, part count) and must be well-formed; ZIP files are bounded in
members, expanded size and compression ratio, and are read with a hard cap so a
lying header cannot inflate past it.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage

from gateway.errors import InputError
from gateway.translators.detect import detect_format

__all__ = ["MailLimits", "MailParts", "Part", "split_mail"]

DOCUMENT_TYPES = {
    "application/edi-x12": "x12",
    "application/edifact": "edifact",
    "application/edi-consent": "edi",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "application/csv": "csv",
    "application/vnd.ms-excel": "csv",
}
DOCUMENT_EXTENSIONS = {
    ".edi",
    ".x12",
    ".edifact",
    ".edf",
    ".xml",
    ".csv",
    ".txt",
    ".dat",
    ".850",
    ".ord",
}
IMAGE_TYPES = {"application/pdf": ".pdf", "image/tiff": ".tif", "image/tif": ".tif"}
IMAGE_EXTENSIONS = {".pdf", ".tif", ".tiff"}
ZIP_TYPES = {"application/zip", "application/x-zip-compressed"}
FATAL_DEFECTS = (
    email.errors.NoBoundaryInMultipartDefect,
    email.errors.StartBoundaryNotFoundDefect,
    email.errors.CloseBoundaryNotFoundDefect,
    email.errors.MultipartInvariantViolationDefect,
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64LengthDefect,
)


@dataclass(frozen=True)
class MailLimits:
    max_parts: int = 50
    max_depth: int = 8
    max_unzipped_bytes: int = 100 * 1024 * 1024
    max_zip_ratio: int = 100
    max_zip_members: int = 200


@dataclass(frozen=True)
class Part:
    filename: str
    content_type: str
    data: bytes


@dataclass
class MailParts:
    sender: str
    subject: str
    message_id: str
    documents: list[Part] = field(default_factory=list)
    images: list[Part] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # "logo.png (image/png)"
    body_text: str = ""


def _ext(name: str) -> str:
    return posixpath.splitext(name.lower())[1]


def _check_tree(msg: EmailMessage, limits: MailLimits) -> None:
    count = 0

    def walk(part: EmailMessage, depth: int) -> None:
        nonlocal count
        count += 1
        if depth > limits.max_depth:
            raise InputError(
                f"MIME parts nested deeper than {limits.max_depth} levels", code="mime_depth"
            )
        if count > limits.max_parts * 4:
            raise InputError(f"more than {limits.max_parts * 4} MIME parts", code="mime_parts")
        for d in part.defects:
            if isinstance(d, FATAL_DEFECTS):
                raise InputError(
                    f"malformed MIME: {type(d).__name__} ({d.__doc__ or ''}".strip() + ")",
                    code="bad_mime",
                )
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub, depth + 1)  # type: ignore[arg-type]

    walk(msg, 0)


def _unzip(name: str, data: bytes, limits: MailLimits) -> list[Part]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{name}: not a readable ZIP file ({exc})", code="bad_zip") from None
    if len(infos) > limits.max_zip_members:
        raise InputError(
            f"{name}: {len(infos)} files in the ZIP (limit {limits.max_zip_members})",
            code="zip_bomb",
        )
    out: list[Part] = []
    total = 0
    for info in infos:
        declared_ratio = info.file_size / max(1, info.compress_size)
        if declared_ratio > limits.max_zip_ratio:
            raise InputError(
                f"{name}: {info.filename} expands {declared_ratio:.0f} times"
                f" (limit {limits.max_zip_ratio}); refused as a ZIP bomb",
                code="zip_bomb",
            )
        budget = limits.max_unzipped_bytes - total
        with zf.open(info) as fh:
            content = fh.read(budget + 1)  # never trust the header: cap the read itself
        total += len(content)
        if total > limits.max_unzipped_bytes or len(content) > limits.max_zip_ratio * max(
            1, info.compress_size
        ):
            raise InputError(
                f"{name}: expands beyond {limits.max_unzipped_bytes} bytes or"
                f" ratio {limits.max_zip_ratio}; refused as a ZIP bomb",
                code="zip_bomb",
            )
        member = posixpath.basename(info.filename)
        if _ext(member) in DOCUMENT_EXTENSIONS:
            out.append(Part(member, "application/octet-stream", content))
    return out


def _classify(part: EmailMessage, limits: MailLimits, out: MailParts) -> None:
    ctype = part.get_content_type()
    name = part.get_filename() or ""
    ext = _ext(name)
    try:
        data = part.get_payload(decode=True) or b""
    except Exception as exc:  # undecodable transfer encoding
        raise InputError(
            f"{name or ctype}: cannot decode the attachment ({exc})", code="bad_mime"
        ) from None
    if ctype in ZIP_TYPES or ext == ".zip":
        out.documents.extend(_unzip(name or "attachment.zip", data, limits))
    elif ctype in IMAGE_TYPES or ext in IMAGE_EXTENSIONS:
        out.images.append(Part(name or f"fax{IMAGE_TYPES.get(ctype, '.pdf')}", ctype, data))
    elif ctype in DOCUMENT_TYPES or ext in DOCUMENT_EXTENSIONS:
        out.documents.append(Part(name or f"attachment{ext or '.txt'}", ctype, data))
    else:
        out.ignored.append(f"{name or '(unnamed)'} ({ctype})")


def split_mail(raw: bytes, limits: MailLimits | None = None) -> MailParts:
    """The documents and images of a mail; InputError for malformed MIME or ZIP bombs."""
    limits = limits or MailLimits()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    _check_tree(msg, limits)
    out = MailParts(
        sender=str(msg.get("From", "")),
        subject=str(msg.get("Subject", "")),
        message_id=str(msg.get("Message-ID", "")),
    )
    body = msg.get_body(preferencelist=("plain",)) if msg.is_multipart() else msg
    for part in msg.walk():
        if part.is_multipart() or part is body:
            continue
        if part.get_content_disposition() == "inline" and not part.get_filename():
            continue
        _classify(part, limits, out)  # type: ignore[arg-type]
    if body is not None and body.get_content_maintype() == "text":
        try:
            out.body_text = body.get_content()
        except (LookupError, UnicodeError):
            out.body_text = ""
    if len(out.documents) + len(out.images) > limits.max_parts:
        raise InputError(
            f"{len(out.documents) + len(out.images)} attachments (limit {limits.max_parts})",
            code="mime_parts",
        )
    if not out.documents and not out.images:
        text = out.body_text.strip()
        if text and detect_format(text.encode()) != "unknown":
            out.documents.append(Part("body.txt", "text/plain", text.encode() + b"\n"))
    return out
