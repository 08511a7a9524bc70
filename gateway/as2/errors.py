"""AS2 failures, each carrying the RFC 4130 / RFC 5402 disposition modifier it maps onto.

As2Error (InputError)
 ├── MalformedMessage        unexpected-processing-error  (broken MIME, unknown encodings)
 ├── DecryptionFailed        decryption-failed
 ├── AuthenticationFailed    authentication-failed  (signature not made by the partner's key)
 ├── IntegrityCheckFailed    integrity-check-failed (content does not match its digest)
 ├── InsufficientSecurity    insufficient-message-security (profile requires sign/encrypt)
 ├── DecompressionFailed     decompression-failed
 └── CertificateError        a certificate is missing, unreadable or expired
"""

from __future__ import annotations

from gateway.errors import InputError

__all__ = [
    "As2Error",
    "AuthenticationFailed",
    "CertificateError",
    "DecompressionFailed",
    "DecryptionFailed",
    "InsufficientSecurity",
    "IntegrityCheckFailed",
    "MalformedMessage",
]


class As2Error(InputError):
    code = "unexpected-processing-error"


class MalformedMessage(As2Error):
    code = "unexpected-processing-error"


class DecryptionFailed(As2Error):
    code = "decryption-failed"


class AuthenticationFailed(As2Error):
    code = "authentication-failed"


class IntegrityCheckFailed(As2Error):
    code = "integrity-check-failed"


class InsufficientSecurity(As2Error):
    code = "insufficient-message-security"


class DecompressionFailed(As2Error):
    code = "decompression-failed"


class CertificateError(As2Error):
    code = "authentication-failed"
