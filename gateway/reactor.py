"""Install Twisted's asyncio reactor before anything imports another one (stack notes 6, 8)."""

from __future__ import annotations

__all__ = ["install"]


def install() -> None:
    import sys

    if "twisted.internet.reactor" in sys.modules:
        return
    from twisted.internet import asyncioreactor

    asyncioreactor.install()
