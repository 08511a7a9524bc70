"""One exception tree for the whole gateway.

GatewayError
 ├── ConfigError            a setting or partner profile is invalid (names file and key)
 ├── AuthError              a sender could not be authenticated as a known partner
 ├── InputError             a received document is bad; carries a code for the negative ack
 │    └── EnvelopeError     the interchange envelope itself is broken (TA1/CONTRL level)
 ├── DuplicateError         the same document was received before
 ├── BusinessError          the OMS refuses a request (unknown customer, bad quantity, ...)
 └── StateError             an illegal state transition or a lost race on a guarded update
"""

from __future__ import annotations

__all__ = [
    "AuthError",
    "BusinessError",
    "ConfigError",
    "DuplicateError",
    "EnvelopeError",
    "GatewayError",
    "InputError",
    "StateError",
]


class GatewayError(Exception):
    """Base of every error the gateway raises on purpose."""

    code = "error"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code


class ConfigError(GatewayError):
    code = "config"

    def __init__(self, detail: str, *, file: str = "", key: str = "") -> None:
        where = ":".join(p for p in (file, key) if p)
        super().__init__(f"{where}: {detail}" if where else detail)
        self.file, self.key, self.problem = file, key, detail


class AuthError(GatewayError):
    code = "unauthorized"


class InputError(GatewayError):
    code = "bad_input"


class EnvelopeError(InputError):
    code = "bad_envelope"


class DuplicateError(GatewayError):
    code = "duplicate"


class BusinessError(GatewayError):
    code = "refused"


class StateError(GatewayError):
    code = "state"
