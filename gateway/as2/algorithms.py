"""Algorithm names as partners spell them, mapped onto one canonical name each (data only).

Partners and products write the same digest as `sha256`, `SHA-256`, `sha256_rsa`,
`rsa-sha256` or `SHA256withRSA`; ciphers as `aes_256_cbc`, `aes256-cbc` or `aes256`.
`digest()`, `signature()`, `cipher()` and `key_transport()` turn any of those into the
canonical name used everywhere else, or raise `ValueError` naming the accepted ones.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import algorithms

__all__ = [
    "CIPHERS",
    "DIGESTS",
    "CipherSpec",
    "cipher",
    "digest",
    "hash_of",
    "key_transport",
    "micalg_name",
    "signature",
]

# canonical digest name -> (cryptography hash class, RFC 5751 micalg spelling)
DIGESTS: dict[str, tuple[type[hashes.HashAlgorithm], str]] = {
    "sha1": (hashes.SHA1, "sha-1"),
    "sha224": (hashes.SHA224, "sha-224"),
    "sha256": (hashes.SHA256, "sha-256"),
    "sha384": (hashes.SHA384, "sha-384"),
    "sha512": (hashes.SHA512, "sha-512"),
}

SIGNATURES = {
    "rsassa_pkcs1v15": (
        "rsassa_pkcs1v15",
        "rsassapkcs1v15",
        "pkcs1v15",
        "rsa",
        "rsapkcs1v15",
        "rsassapkcs1v1_5",
        "rsaencryption",
    ),
    "rsassa_pss": ("rsassa_pss", "rsassapss", "pss", "rsapss"),
}


@dataclass(frozen=True, slots=True)
class CipherSpec:
    """A content-encryption algorithm: asn1crypto name, cryptography class, key size."""

    name: str  # asn1crypto EncryptionAlgorithmId name
    algorithm: type
    key_bytes: int
    aliases: tuple[str, ...]


CIPHERS: dict[str, CipherSpec] = {
    spec.name: spec
    for spec in (
        CipherSpec("aes128_cbc", algorithms.AES, 16, ("aes128", "aes_128_cbc", "aes128cbc")),
        CipherSpec("aes192_cbc", algorithms.AES, 24, ("aes192", "aes_192_cbc", "aes192cbc")),
        CipherSpec("aes256_cbc", algorithms.AES, 32, ("aes256", "aes_256_cbc", "aes256cbc")),
        CipherSpec(
            "tripledes_3key",
            TripleDES,
            24,
            (
                "3des",
                "des3",
                "tripledes",
                "tripledes_192_cbc",
                "desede3cbc",
                "des_ede3_cbc",
                "tripledes192cbc",
                "3descbc",
            ),
        ),
    )
}

KEY_TRANSPORTS = {
    "rsaes_pkcs1v15": ("rsaes_pkcs1v15", "rsaespkcs1v15", "pkcs1v15", "rsa", "rsaencryption"),
    "rsaes_oaep": ("rsaes_oaep", "rsaesoaep", "oaep", "rsaoaep"),
}


def _squash(text: str) -> str:
    return re.sub(r"[\s\-_]", "", text.strip().lower())


@functools.lru_cache(maxsize=256)
def digest(name: str) -> str:
    """Canonical digest name (`sha256`) for any partner spelling (`SHA-256`, `sha256_rsa`...)."""
    text = _squash(name)
    text = re.sub(r"^(rsa|rsassa|rsapss|ecdsa)?(with)?", "", text)
    text = re.sub(r"(with)?(rsa|rsassa|rsapss|pkcs1v15|pss|encryption)*$", "", text)
    if text in DIGESTS:
        return text
    raise _unknown("digest algorithm", name, DIGESTS)


def _alias(name: str, table: dict[str, tuple[str, ...]]) -> str | None:
    text = _squash(name)
    return next(
        (
            canonical
            for canonical, aliases in table.items()
            if text in {_squash(a) for a in (canonical, *aliases)}
        ),
        None,
    )


def _unknown(what: str, name: str, accepted: object) -> ValueError:
    return ValueError(f"unknown {what} {name!r} (accepted: {', '.join(accepted)})")  # type: ignore


@functools.lru_cache(maxsize=256)
def signature(name: str) -> str:
    """Canonical signature scheme (`rsassa_pkcs1v15` or `rsassa_pss`)."""
    found = _alias(name, SIGNATURES)
    if found:
        return found
    text = _squash(name)
    if text.endswith(("pss", "rsapss")):
        return "rsassa_pss"
    if "rsa" in text:  # sha256_rsa, sha256WithRSAEncryption
        return "rsassa_pkcs1v15"
    raise _unknown("signature algorithm", name, SIGNATURES)


@functools.lru_cache(maxsize=256)
def cipher(name: str) -> CipherSpec:
    found = _alias(name, {spec.name: spec.aliases for spec in CIPHERS.values()})
    if found is None:
        raise _unknown("encryption algorithm", name, CIPHERS)
    return CIPHERS[found]


@functools.lru_cache(maxsize=256)
def key_transport(name: str) -> str:
    found = _alias(name, KEY_TRANSPORTS)
    if found is None:
        raise _unknown("key transport", name, KEY_TRANSPORTS)
    return found


def hash_of(name: str) -> hashes.HashAlgorithm:
    return DIGESTS[digest(name)][0]()


def micalg_name(name: str) -> str:
    """The RFC 5751 `micalg` spelling (`sha-256`) of a digest."""
    return DIGESTS[digest(name)][1]
