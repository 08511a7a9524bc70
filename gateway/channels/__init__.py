"""Feature module of the SFTP, e-mail, fax-to-mail and webhook channels (see `docs/channels.md`).

Importing it registers the config and profile sections; `install`, `listen`, `init` and
`http_routes` are the hooks `gateway.app` calls.
"""

from __future__ import annotations

from typing import Any

from gateway.canonical import Shipment
from gateway.channels import settings  # noqa: F401  (registers the sections)
from gateway.pipeline import Runtime

__all__ = ["http_routes", "init", "install", "listen"]


def install(rt: Runtime) -> None:
    from gateway.channels import mail_out, sftp_client, webhook
    from gateway.channels.sftp_site import sftp_users

    sftp_users(rt)  # refuses bad keys and duplicate users at start
    rt.deliverers["email"] = mail_out.deliver_email
    rt.deliverers["webhook"] = webhook.deliver_webhook
    rt.deliverers["sftp_push"] = sftp_client.deliver_sftp_push
    rt.job_kinds[mail_out.REPLY_JOB] = mail_out.mail_reply_job
    rt.job_kinds[webhook.JOB] = webhook.shipment_job
    rt.job_kinds[sftp_client.POLL_JOB] = sftp_client.poll_job
    rt.documents.setdefault(Shipment, webhook.record_shipment)


def listen(rt: Runtime, reactor: Any, listening: Any) -> dict[str, int]:
    from gateway.channels.mail_in import listen_smtp
    from gateway.channels.sftp_client import start_poll_scheduler
    from gateway.channels.sftp_site import listen_sftp

    ports: dict[str, int] = {}
    for name, starter in (
        ("sftp", lambda: listen_sftp(rt, reactor)),
        ("smtp", lambda: listen_smtp(rt, reactor)),
    ):
        got = starter()
        if got is not None:
            ports[name], handle = got
            listening.handles.append(handle)
    poller = start_poll_scheduler(rt)
    if poller is not None:
        listening.handles.append(poller)
    return ports


def http_routes(rt: Runtime) -> dict[tuple[bytes, ...], Any]:
    from gateway.channels.manual_api import ManualResource
    from gateway.channels.webhook import ShipmentResource
    from gateway.protocols.http import Api

    api = Api(rt.db, rt.partners, max_body=rt.config.limits.max_message_bytes)
    return {
        (b"api", b"v1", b"webhooks", b"shipment"): ShipmentResource(api, rt),
        (b"api", b"v1", b"manual"): ManualResource(rt),
    }


def init(rt: Runtime) -> list[str]:
    from gateway.channels.mail_in import init_smtp
    from gateway.channels.sftp_site import init_sftp

    return init_sftp(rt) + init_smtp(rt)
