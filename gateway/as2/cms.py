"""CMS (RFC 5652) the way AS2 uses it: detached signatures, enveloped data, compressed data.

Built on asn1crypto for the ASN.1 and `cryptography` for the mathematics, so every
cipher partners use works both ways (cryptography's PKCS7 helpers cannot do 3DES,
AES-192, OAEP or verification: stack notes pitfall 3 and 4).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from gateway.as2 import algorithms as alg
from gateway.as2.errors import (
    AuthenticationFailed,
    DecompressionFailed,
    DecryptionFailed,
    IntegrityCheckFailed,
    MalformedMessage,
)

__all__ = ["Verified", "compress", "decompress", "decrypt", "encrypt", "sign", "verify"]

_MAX_DECOMPRESSED = 1 << 31
_FAST_DIGESTS = ("sha224", "sha256", "sha384", "sha512")  # what OpenSSL's PKCS7 builder signs
_FAST_CIPHERS = ("aes128_cbc", "aes256_cbc")  # what OpenSSL's PKCS7 decrypt handles


def _asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def _issuer_serial(cert: x509.Certificate) -> cms.IssuerAndSerialNumber:
    tbs = _asn1_cert(cert)["tbs_certificate"]
    return cms.IssuerAndSerialNumber(
        {"issuer": tbs["issuer"], "serial_number": tbs["serial_number"]}
    )


def _pss(digest_name: str) -> padding.PSS:
    h = alg.hash_of(digest_name)
    return padding.PSS(mgf=padding.MGF1(h), salt_length=h.digest_size)


# --- signing ----------------------------------------------------------------------------


def sign(
    content: bytes,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    *,
    digest: str = "sha256",
    scheme: str = "rsassa_pkcs1v15",
) -> bytes:
    """A detached CMS SignedData (DER) over `content`, with signed attributes."""
    dname, scheme = alg.digest(digest), alg.signature(scheme)
    if scheme == "rsassa_pkcs1v15" and dname in _FAST_DIGESTS:
        # OpenSSL's builder (5x faster); `Binary` keeps the bytes exactly as given
        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(content)
            .add_signer(cert, key, alg.hash_of(dname))
            .sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])
        )
    h = alg.hash_of(dname)
    attrs = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
            cms.CMSAttribute(
                {
                    "type": "signing_time",
                    "values": [
                        cms.Time(
                            {
                                "utc_time": core.UTCTime(
                                    dt.datetime.now(dt.UTC).replace(microsecond=0)
                                )
                            }
                        )
                    ],
                }
            ),
            cms.CMSAttribute(
                {"type": "message_digest", "values": [hashlib.new(dname, content).digest()]}
            ),
        ]
    )
    if scheme == "rsassa_pss":
        pad: padding.AsymmetricPadding = _pss(dname)
        sig_alg = algos.SignedDigestAlgorithm(
            {
                "algorithm": "rsassa_pss",
                "parameters": {
                    "hash_algorithm": {"algorithm": dname},
                    "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": dname}},
                    "salt_length": h.digest_size,
                },
            }
        )
    else:
        pad = padding.PKCS1v15()
        sig_alg = algos.SignedDigestAlgorithm({"algorithm": "rsassa_pkcs1v15"})
    signature = key.sign(attrs.dump(), pad, h)
    signed = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": dname}],
            "encap_content_info": {"content_type": "data"},
            "certificates": [_asn1_cert(cert)],
            "signer_infos": [
                {
                    "version": "v1",
                    "sid": cms.SignerIdentifier({"issuer_and_serial_number": _issuer_serial(cert)}),
                    "digest_algorithm": {"algorithm": dname},
                    "signed_attrs": attrs,
                    "signature_algorithm": sig_alg,
                    "signature": signature,
                }
            ],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()


@dataclass(frozen=True, slots=True)
class Verified:
    """A verified signature: the digest used, the certificate and the bytes it covers."""

    digest: str
    cert: x509.Certificate
    content: bytes


def _signature_padding(si: cms.SignerInfo, dname: str) -> padding.AsymmetricPadding:
    sig_alg = si["signature_algorithm"]
    if sig_alg.signature_algo != "rsassa_pss":
        return padding.PKCS1v15()
    params = sig_alg["parameters"]
    mgf_hash = dname
    if params.native is not None:
        mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
    # the salt length is recovered from the signature: some senders (pyas2lib/oscrypto)
    # omit the parameters and use the maximum salt, others the digest length
    return padding.PSS(mgf=padding.MGF1(alg.hash_of(mgf_hash)), salt_length=padding.PSS.AUTO)


def _matches(si: cms.SignerInfo, cert: x509.Certificate) -> bool:
    sid = si["sid"]
    if sid.name == "issuer_and_serial_number":
        return sid.chosen["serial_number"].native == cert.serial_number
    return True


def verify(
    candidates: Iterable[bytes], signature_der: bytes, certs: Iterable[x509.Certificate]
) -> Verified:
    """Check a detached signature against the partner's certificates.

    `candidates` are the byte forms the signed content may have been signed in (as
    received, then canonical); the first whose digest matches is used.
    Raises IntegrityCheckFailed when no form matches the signed digest and
    AuthenticationFailed when no trusted certificate made the signature.
    """
    try:
        info = cms.ContentInfo.load(signature_der)
        if info["content_type"].native != "signed_data":
            raise MalformedMessage(f"signature is {info['content_type'].native}, not signed data")
        signers = list(info["content"]["signer_infos"])
    except (ValueError, TypeError, KeyError) as exc:
        raise MalformedMessage(f"signature is not valid CMS: {exc}") from None
    if not signers:
        raise AuthenticationFailed("the signature has no signer")
    certs = list(certs)
    si = signers[0]
    try:
        dname = alg.digest(si["digest_algorithm"]["algorithm"].native)
    except ValueError as exc:
        raise AuthenticationFailed(str(exc)) from None
    attrs = si["signed_attrs"]
    content: bytes | None = None
    if not isinstance(attrs, core.Void) and len(attrs):
        wanted = next(
            (a["values"][0].native for a in attrs if a["type"].native == "message_digest"), None
        )
        for form in candidates:  # lazily: the canonical form is only built when needed
            if hashlib.new(dname, form).digest() == wanted:
                content = form
                break
        if content is None:
            raise IntegrityCheckFailed(
                f"content does not match the signed {dname} digest (changed in transit?)"
            )
        signed_bytes = b"\x31" + attrs.dump()[1:]
    else:
        content = next(iter(candidates))
        signed_bytes = content
    pad = _signature_padding(si, dname)
    ordered = sorted(certs, key=lambda c: not _matches(si, c))
    for cert in ordered:
        pub = cert.public_key()
        if not isinstance(pub, rsa.RSAPublicKey):
            continue
        try:
            pub.verify(si["signature"].native, signed_bytes, pad, alg.hash_of(dname))
        except InvalidSignature:
            continue
        return Verified(dname, cert, content)
    names = ", ".join(c.subject.rfc4514_string() for c in certs) or "none configured"
    raise AuthenticationFailed(f"signature was not made with the partner's certificate ({names})")


# --- enveloped data ---------------------------------------------------------------------


def encrypt(
    content: bytes,
    cert: x509.Certificate,
    *,
    cipher: str = "aes256_cbc",
    key_transport: str = "rsaes_pkcs1v15",
) -> bytes:
    """EnvelopedData (DER) for one recipient."""
    spec = alg.cipher(cipher)
    transport = alg.key_transport(key_transport)
    key = os.urandom(spec.key_bytes)
    block = spec.algorithm.block_size // 8
    iv = os.urandom(block)
    padder = sym_padding.PKCS7(spec.algorithm.block_size).padder()
    enc = Cipher(spec.algorithm(key), modes.CBC(iv)).encryptor()
    encrypted = enc.update(padder.update(content) + padder.finalize()) + enc.finalize()
    pub = cert.public_key()
    assert isinstance(pub, rsa.RSAPublicKey)
    if transport == "rsaes_oaep":
        wrapped = pub.encrypt(
            key, padding.OAEP(padding.MGF1(alg.hash_of("sha1")), alg.hash_of("sha1"), None)
        )
        kea = {
            "algorithm": "rsaes_oaep",
            "parameters": algos.RSAESOAEPParams(
                {
                    "hash_algorithm": {"algorithm": "sha1"},
                    "mask_gen_algorithm": {
                        "algorithm": "mgf1",
                        "parameters": {"algorithm": "sha1"},
                    },
                }
            ),
        }
    else:
        wrapped = pub.encrypt(key, padding.PKCS1v15())
        kea = {"algorithm": "rsaes_pkcs1v15", "parameters": core.Null()}
    enveloped = cms.EnvelopedData(
        {
            "version": "v0",
            "recipient_infos": [
                cms.RecipientInfo(
                    {
                        "ktri": {
                            "version": "v0",
                            "rid": cms.RecipientIdentifier(
                                {"issuer_and_serial_number": _issuer_serial(cert)}
                            ),
                            "key_encryption_algorithm": kea,
                            "encrypted_key": wrapped,
                        }
                    }
                )
            ],
            "encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": {"algorithm": spec.name, "parameters": iv},
                "encrypted_content": encrypted,
            },
        }
    )
    return cms.ContentInfo({"content_type": "enveloped_data", "content": enveloped}).dump()


def _unwrap_key(ktri: cms.KeyTransRecipientInfo, key: rsa.RSAPrivateKey) -> bytes:
    kea = ktri["key_encryption_algorithm"]
    name = kea["algorithm"].native
    if name == "rsaes_oaep":
        params = kea["parameters"]
        h = params["hash_algorithm"]["algorithm"].native if params.native else "sha1"
        mgf = (
            params["mask_gen_algorithm"]["parameters"]["algorithm"].native
            if params.native
            else "sha1"
        )
        pad: padding.AsymmetricPadding = padding.OAEP(
            padding.MGF1(alg.hash_of(mgf)), alg.hash_of(h), None
        )
    elif name == "rsaes_pkcs1v15":
        pad = padding.PKCS1v15()
    else:
        raise DecryptionFailed(f"key transport {name} is not supported")
    return key.decrypt(ktri["encrypted_key"].native, pad)


def decrypt(
    der: bytes, keys: Sequence[tuple[rsa.RSAPrivateKey, x509.Certificate]]
) -> tuple[bytes, str]:
    """Decrypt EnvelopedData with whichever of our keys it was made for; (content, cipher)."""
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "enveloped_data":
            raise DecryptionFailed(f"expected enveloped data, got {info['content_type'].native}")
        env = info["content"]
        eci = env["encrypted_content_info"]
        cname = eci["content_encryption_algorithm"]["algorithm"].native
        if cname in _FAST_CIPHERS:
            for key, cert in keys:
                try:
                    return pkcs7.pkcs7_decrypt_der(der, cert, key, []), cname
                except (ValueError, UnsupportedAlgorithm):
                    continue  # not for this key, or OAEP: the general path below decides
        iv = eci["content_encryption_algorithm"]["parameters"].native
        ciphertext = eci["encrypted_content"].native or b""
        recipients = [r.chosen for r in env["recipient_infos"] if r.name == "ktri"]
    except (ValueError, TypeError, KeyError) as exc:
        raise DecryptionFailed(f"not valid CMS enveloped data: {exc}") from None
    spec = alg.CIPHERS.get(cname)
    if spec is None:
        raise DecryptionFailed(
            f"content encryption {cname} is not supported (supported: {', '.join(alg.CIPHERS)})"
        )
    # recipients addressed to one of our certificates first, then every other pairing
    pairs = sorted(
        ((r, k, c) for r in recipients for k, c in keys),
        key=lambda t: (
            t[0]["rid"].chosen.native.get("serial_number") != t[2].serial_number
            if t[0]["rid"].name == "issuer_and_serial_number"
            else True
        ),
    )
    for ktri, key, _cert in pairs:
        try:
            cek = _unwrap_key(ktri, key)
            if len(cek) != spec.key_bytes:
                continue
            dec = Cipher(spec.algorithm(cek), modes.CBC(iv)).decryptor()
            padded = dec.update(ciphertext) + dec.finalize()
            unpad = sym_padding.PKCS7(spec.algorithm.block_size).unpadder()
            return unpad.update(padded) + unpad.finalize(), spec.name
        except ValueError:
            continue
    raise DecryptionFailed(
        f"message was not encrypted for any of our certificates ({len(keys)} tried)"
    )


# --- compressed data (RFC 5402) ---------------------------------------------------------


def compress(content: bytes) -> bytes:
    data = cms.CompressedData(
        {
            "version": "v0",
            "compression_algorithm": {"algorithm": "zlib"},
            "encap_content_info": {"content_type": "data", "content": zlib.compress(content)},
        }
    )
    return cms.ContentInfo({"content_type": "compressed_data", "content": data}).dump()


def decompress(der: bytes, limit: int = _MAX_DECOMPRESSED) -> bytes:
    """The content of CMS CompressedData, refusing more than `limit` bytes (zip bombs)."""
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "compressed_data":
            raise DecompressionFailed(
                f"expected compressed data, got {info['content_type'].native}"
            )
        packed = info["content"]["encap_content_info"]["content"].native
        d = zlib.decompressobj()
        out = d.decompress(packed, limit)
        if d.unconsumed_tail:
            raise DecompressionFailed(f"decompressed data exceeds the limit of {limit} bytes")
        return out
    except (ValueError, TypeError, KeyError, zlib.error) as exc:
        raise DecompressionFailed(f"not valid CMS compressed data: {exc}") from None
