"""Blocking helpers for the channel tests (run them in threads from async tests)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from gateway.store.models import Event, Message, OutboundDocument, Payload

ROOT = Path(__file__).resolve().parents[2]
X12_850 = (ROOT / "docs" / "examples" / "acme-850.edi").read_bytes()
SSH_OPTS = [
    "-o",
    "StrictHostKeyChecking=no",
    "-o",
    "UserKnownHostsFile=/dev/null",
    "-o",
    "LogLevel=ERROR",
    "-o",
    "ConnectTimeout=10",
]


def openssh_sftp(
    port: int,
    user: str,
    commands: str,
    *,
    key: Path | None = None,
    password: str | None = None,
    tmp: Path | None = None,
    timeout: float = 30,
) -> subprocess.CompletedProcess[str]:
    """Run the OpenSSH `sftp` client with `commands` on stdin."""
    args = ["sftp", "-P", str(port), *SSH_OPTS]
    env = dict(os.environ)
    if key is not None:
        args += [
            "-b",
            "-",
            "-i",
            str(key),
            "-o",
            "PasswordAuthentication=no",
            "-o",
            "IdentitiesOnly=yes",
        ]
    else:
        assert tmp is not None and password is not None
        askpass = tmp / "askpass.sh"
        askpass.write_text(f"#!/bin/sh\necho '{password}'\n")
        askpass.chmod(0o700)
        env.update(SSH_ASKPASS=str(askpass), SSH_ASKPASS_REQUIRE="force", DISPLAY=":0")
        args += [
            "-o",
            "PubkeyAuthentication=no",
            "-o",
            "PreferredAuthentications=password",
            "-o",
            "NumberOfPasswordPrompts=1",
        ]
    args.append(f"{user}@127.0.0.1")
    return subprocess.run(
        args,
        input=commands,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=tmp,
        check=False,
        start_new_session=True,
    )


def wait_for(fn: Callable[[], object], timeout: float = 20.0, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while True:
        got = fn()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def messages(db, **where) -> list[Message]:
    with db.reading() as s:
        q = select(Message).order_by(Message.received_at)
        for k, v in where.items():
            q = q.where(getattr(Message, k) == v)
        return list(s.scalars(q))


def payload(db, payload_id: int) -> bytes:
    with db.reading() as s:
        return s.scalar(select(Payload.data).where(Payload.id == payload_id))


def events(db, kind: str | None = None) -> list[Event]:
    with db.reading() as s:
        q = select(Event).order_by(Event.id)
        if kind:
            q = q.where(Event.kind == kind)
        return list(s.scalars(q))


def document(db, doc_id: int) -> OutboundDocument:
    with db.reading() as s:
        return s.get(OutboundDocument, doc_id)


def add_outbound(
    db,
    partner_id: str,
    channel: str,
    data: bytes,
    doc_type: str = "855",
    content_type: str = "application/edi-x12",
    filename: str = "",
) -> int:
    from gateway.store import outbox

    with db.transaction() as s:
        doc = outbox.add_document(
            s,
            partner_id=partner_id,
            doc_type=doc_type,
            channel=channel,
            data=data,
            content_type=content_type,
            filename=filename,
        )
        return doc.id
