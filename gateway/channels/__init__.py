"""Feature module of the SFTP, e-mail, fax-to-mail and webhook channels (see `docs/channels.md`).

Importing it registers the config and profile sections; `install`, `listen`, `init` and
`http_routes` are the hooks `gateway.app` calls.
"""

from __future__ import annotations

from typing import Any

from gateway.channels import settings  # noqa: F401  (registers the sections)
from gateway.pipeline import Runtime

__all__ = ["init", "install", "listen"]


def install(rt: Runtime) -> None:
    from gateway.channels.sftp_site import sftp_users

    sftp_users(rt)  # refuses bad keys and duplicate users at start


def listen(rt: Runtime, reactor: Any, listening: Any) -> dict[str, int]:
    from gateway.channels.sftp_site import listen_sftp

    ports: dict[str, int] = {}
    got = listen_sftp(rt, reactor)
    if got is not None:
        ports["sftp"], handle = got
        listening.handles.append(handle)
    return ports


def init(rt: Runtime) -> list[str]:
    from gateway.channels.sftp_site import init_sftp

    return init_sftp(rt)
