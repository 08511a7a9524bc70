"""AS2 message bodies: unwrap what a partner sent, wrap what we send (no I/O here).

Unwrapping peels layers in the order they appear (encryption, compression, signature,
compression again: RFC 5402 allows compressing before or after signing) and computes
the MIC the MDN must return (RFC 4130 section 7.3.1):
  signed           -> over the signed MIME entity (headers + content) exactly as verified
  encrypted only   -> over the decrypted MIME entity (headers + content)
  neither          -> over the content alone, without MIME headers
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.as2 import algorithms as alg
from gateway.as2 import cms, mime
from gateway.as2.certs import KeyPair
from gateway.as2.errors import InsufficientSecurity, MalformedMessage
from gateway.as2.mdn import mic_of

__all__ = ["Inbound", "Outbound", "SendOptions", "unwrap", "wrap"]

SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
SMIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
TEXT_TYPES = ("text/", "application/edi", "application/xml", "application/json")


@dataclass
class Inbound:
    """The payload found inside an AS2 message and how it was protected."""

    content: bytes = b""
    content_type: str = ""
    filename: str = ""
    signed: bool = False
    encrypted: bool = False
    compressed: bool = False
    digest: str | None = None
    cipher: str | None = None
    mic: str | None = None
    mic_alg: str | None = None
    signer: x509.Certificate | None = None
    layers: list[str] = field(default_factory=list)


def _smime_type(e: mime.Entity) -> str:
    if e.content_type not in SMIME_TYPES:
        return ""
    kind = e.params.get("smime-type", "").lower()
    if kind:
        return kind
    name = e.params.get("name", "").lower()
    return {"smime.p7z": "compressed-data", "smime.p7m": "enveloped-data"}.get(name[-9:], "")


def unwrap(
    entity: mime.Entity,
    *,
    keys: Callable[[], Sequence[tuple[rsa.RSAPrivateKey, x509.Certificate]]],
    partner_certs: Callable[[], Sequence[x509.Certificate]],
    require_signing: bool = False,
    require_encryption: bool = False,
    binary_signing: bool = False,
    micalgs: Sequence[str] = (),
    max_bytes: int = 1 << 31,
) -> Inbound:
    """Decrypt, decompress and verify `entity`; raise As2Error subclasses with the reason."""
    out = Inbound()
    if _smime_type(entity) == "enveloped-data":
        data, out.cipher = cms.decrypt(entity.decoded(), keys())
        entity, out.encrypted = mime.parse(data), True
        out.layers.append(f"encrypted:{out.cipher}")
    elif require_encryption:
        raise InsufficientSecurity(
            "the partner profile requires encrypted messages;"
            f" this one is {entity.content_type} in clear"
        )
    clear_entity = entity
    for _ in range(2):
        if _smime_type(entity) == "compressed-data":
            entity, out.compressed = mime.parse(cms.decompress(entity.decoded(), max_bytes)), True
            out.layers.append("compressed")
        if entity.content_type == "multipart/signed" and not out.signed:
            entity = _verify(entity, out, partner_certs, binary_signing)
            continue
        break
    if require_signing and not out.signed:
        raise InsufficientSecurity(
            "the partner profile requires signed messages; this one is not signed"
        )
    if entity.content_type.startswith("multipart/") or _smime_type(entity):
        raise MalformedMessage(f"unexpected {entity.content_type} where the payload should be")
    out.content, out.content_type, out.filename = (
        entity.decoded(),
        entity.content_type,
        entity.filename,
    )
    if not out.signed:
        out.mic_alg = next(iter(micalgs), "sha256")
        out.mic = mic_of(clear_entity.raw if out.encrypted else clear_entity.decoded(), out.mic_alg)
    return out


def _verify(
    entity: mime.Entity,
    out: Inbound,
    partner_certs: Callable[[], Sequence[x509.Certificate]],
    binary_signing: bool,
) -> mime.Entity:
    parts = entity.parts()
    if len(parts) != 2 or parts[1].content_type not in SIGNATURE_TYPES:
        raise MalformedMessage(
            "multipart/signed needs exactly a content part and an application/pkcs7-signature part"
        )
    signed = parts[0].raw

    def candidates() -> Iterator[bytes]:
        yield signed
        if not binary_signing:
            canonical = mime.canonicalize(signed)
            if canonical != signed:
                yield canonical

    verified = cms.verify(candidates(), parts[1].decoded(), partner_certs())
    out.signed, out.digest, out.signer = True, verified.digest, verified.cert
    out.mic_alg = verified.digest
    out.mic = mic_of(verified.content, verified.digest)
    out.layers.append(f"signed:{verified.digest}")
    return mime.parse(verified.content)


# --- sending ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SendOptions:
    """How one partner wants messages built (from its profile's [as2] section)."""

    sign: bool = True
    digest: str = "sha256"
    signature: str = "rsassa_pkcs1v15"
    encrypt: bool = True
    cipher: str = "aes256_cbc"
    key_transport: str = "rsaes_pkcs1v15"
    compress: str = "none"  # none | before-signing | after-signing
    binary_signing: bool = False


@dataclass(frozen=True, slots=True)
class Outbound:
    """A built AS2 body with the headers that describe it and the MIC we expect back."""

    headers: list[tuple[str, str]]
    body: bytes
    mic: str | None
    mic_alg: str | None


def _entity(headers: list[tuple[str, str]], body: bytes) -> bytes:
    return mime.header_block(headers) + body


def _compressed(entity: bytes) -> bytes:
    return _entity(
        [
            (
                "Content-Type",
                'application/pkcs7-mime; smime-type=compressed-data; name="smime.p7z"',
            ),
            ("Content-Transfer-Encoding", "binary"),
            ("Content-Disposition", 'attachment; filename="smime.p7z"'),
        ],
        cms.compress(entity),
    )


def wrap(
    payload: bytes,
    *,
    content_type: str,
    filename: str,
    options: SendOptions,
    signer: KeyPair | None,
    recipient: x509.Certificate | None,
) -> Outbound:
    """Build the body: [compress] [sign] [compress] [encrypt], as the options say."""
    body = payload
    if not options.binary_signing and content_type.lower().startswith(TEXT_TYPES):
        body = mime.canonicalize(payload)
    disposition = f'attachment; filename="{filename}"' if filename else "attachment"
    entity = _entity(
        [
            ("Content-Type", content_type),
            ("Content-Transfer-Encoding", "binary"),
            ("Content-Disposition", disposition),
        ],
        body,
    )
    if options.compress == "before-signing":
        entity = _compressed(entity)
    mic, mic_alg = None, None
    if options.sign:
        if signer is None:
            raise MalformedMessage("signing requested but we have no signing key")
        digest = alg.digest(options.digest)
        sig = cms.sign(entity, signer.key, signer.cert, digest=digest, scheme=options.signature)
        mic, mic_alg = mic_of(entity, digest), digest
        b = f"----=_as2_{uuid.uuid4().hex}"
        sig_b64 = base64.encodebytes(sig).replace(b"\n", b"\r\n")
        multipart = (
            f"--{b}\r\n".encode()
            + entity
            + f"\r\n--{b}\r\n".encode()
            + _entity(
                [
                    ("Content-Type", 'application/pkcs7-signature; name="smime.p7s"'),
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", 'attachment; filename="smime.p7s"'),
                ],
                sig_b64,
            )
            + f"--{b}--\r\n".encode()
        )
        entity = _entity(
            [
                (
                    "Content-Type",
                    f'multipart/signed; protocol="application/'
                    f'pkcs7-signature"; micalg={alg.micalg_name(digest)};'
                    f' boundary="{b}"',
                )
            ],
            multipart,
        )
    if options.compress == "after-signing":
        entity = _compressed(entity)
    if options.encrypt:
        if recipient is None:
            raise MalformedMessage("encryption requested but the partner has no certificate")
        if mic is None:
            mic_alg = alg.digest(options.digest)
            mic = mic_of(entity, mic_alg)
        der = cms.encrypt(
            entity, recipient, cipher=options.cipher, key_transport=options.key_transport
        )
        return Outbound(
            [
                (
                    "Content-Type",
                    'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
                ),
                ("Content-Transfer-Encoding", "binary"),
                ("Content-Disposition", 'attachment; filename="smime.p7m"'),
            ],
            der,
            mic,
            mic_alg,
        )
    parsed = mime.parse(entity)
    if mic is None:
        mic_alg = alg.digest(options.digest)
        mic = mic_of(parsed.decoded(), mic_alg)
    return Outbound(list(parsed.headers), parsed.body, mic, mic_alg)
