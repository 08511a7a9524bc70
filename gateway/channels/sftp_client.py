"""SFTP client (paramiko) for partners who run their own server.

Push: the `sftp_push` deliverer writes `<push_dir>/.<name>.part`, then renames it to
`<name>` (OpenSSH posix-rename), so the partner never sees half a file. Poll: the
`sftp_poll` job reads each finished file in `<poll_dir>`, stores it, and only after the
commit deletes it or moves it to `<archive_dir>`; a file stored before a crash is
recognised by its digest and not stored twice. The server's host key must equal the one
pinned in the profile; any other key is refused loudly (event + error) before we log in.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import posixpath
import socket
import stat
from collections.abc import Iterator
from contextlib import contextmanager

import paramiko
from sqlalchemy import select

from gateway.channels.common import note
from gateway.channels.settings import SftpConfig, SftpProfile, SftpRemote
from gateway.errors import ConfigError
from gateway.periodic import Periodic
from gateway.pipeline import Runtime
from gateway.profiles import PartnerProfile
from gateway.protocols.sftp import TEMP_SUFFIXES
from gateway.store import inbox, pickup, queue
from gateway.store.models import Message, OutboundDocument
from gateway.store.queue import ClaimedJob
from gateway.translators.completeness import incomplete_reason

__all__ = [
    "POLL_JOB",
    "HostKeyMismatch",
    "deliver_sftp_push",
    "poll_job",
    "schedule_polls",
    "start_poll_scheduler",
]

POLL_JOB = "sftp_poll"
RSA_ALGS = ("rsa-sha2-512", "rsa-sha2-256")


class HostKeyMismatch(Exception):
    """The partner's server presented a host key other than the pinned one."""


def fingerprint(key: paramiko.PKey) -> str:
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def _remote(profile: PartnerProfile) -> SftpRemote:
    sec: SftpProfile | None = profile.section("sftp")
    if sec is None or sec.remote is None:
        raise ConfigError("no [sftp.remote] section", file=profile.source, key="sftp.remote")
    return sec.remote


def _pinned(remote: SftpRemote, profile: PartnerProfile) -> paramiko.PKey:
    try:
        kind, b64 = remote.host_key.split()[:2]
        return paramiko.PKey.from_type_string(kind, base64.b64decode(b64))
    except Exception as exc:
        raise ConfigError(
            f"host_key is not an OpenSSH public key line: {exc}",
            file=profile.source,
            key="sftp.remote.host_key",
        ) from None


@contextmanager
def remote_session(rt: Runtime, profile: PartnerProfile) -> Iterator[paramiko.SFTPClient]:
    """An SFTP session to the partner's server, host key checked before authenticating."""
    remote = _remote(profile)
    pinned = _pinned(remote, profile)
    sock = socket.create_connection((remote.host, remote.port), timeout=remote.timeout)
    t = paramiko.Transport(sock)
    try:
        opts = t.get_security_options()
        name = pinned.get_name()
        opts.key_types = RSA_ALGS if name == "ssh-rsa" else (name,)
        t.start_client(timeout=remote.timeout)
        got = t.get_remote_server_key()
        if got.asbytes() != pinned.asbytes():
            detail = (
                f"HOST KEY MISMATCH for {remote.host}:{remote.port}: the server presented"
                f" {got.get_name()} {fingerprint(got)}, the profile pins {name}"
                f" {fingerprint(pinned)}; refusing to connect (update"
                f" [sftp.remote] host_key only if the partner confirms the change)"
            )
            note(rt.db, "sftp.host_key_mismatch", profile.id, detail)
            raise HostKeyMismatch(detail)
        if remote.key_file:
            key = paramiko.PKey.from_path(rt.config.data_dir / remote.key_file)
            t.auth_publickey(remote.user, key)
        elif remote.password_env:
            password = os.environ.get(remote.password_env)
            if password is None:
                raise ConfigError(
                    f"environment variable {remote.password_env} is not set",
                    file=profile.source,
                    key="sftp.remote.password_env",
                )
            t.auth_password(remote.user, password)
        else:
            raise ConfigError(
                "set key_file or password_env", file=profile.source, key="sftp.remote"
            )
        client = paramiko.SFTPClient.from_transport(t)
        assert client is not None
        try:
            yield client
        finally:
            client.close()
    finally:
        t.close()


def deliver_sftp_push(
    rt: Runtime, doc: OutboundDocument, data: bytes, profile: PartnerProfile
) -> str:
    """`rt.deliverers["sftp_push"]`: temporary name, then rename; raise to retry."""
    remote = _remote(profile)
    name = pickup.file_name(doc)
    final = posixpath.join(remote.push_dir, name)
    temp = posixpath.join(remote.push_dir, f".{name}.part")
    with remote_session(rt, profile) as sftp:
        with sftp.open(temp, "wb") as fh:
            fh.set_pipelined(True)
            fh.write(data)
        if sftp.stat(temp).st_size != len(data):
            sftp.remove(temp)
            raise OSError(f"{temp}: size after upload differs; retrying")
        _rename(sftp, temp, final)
    return f"sftp://{remote.host}:{remote.port}/{final}"


def _rename(sftp: paramiko.SFTPClient, old: str, new: str) -> None:
    """Atomic replace where the server has posix-rename (OpenSSH), else a plain rename."""
    try:
        sftp.posix_rename(old, new)
    except OSError:
        sftp.rename(old, new)


def _already_stored(rt: Runtime, partner_id: str, transport_id: str) -> bool:
    with rt.db.reading() as s:
        return (
            s.scalar(
                select(Message.id).where(
                    Message.partner_id == partner_id, Message.transport_id == transport_id
                )
            )
            is not None
        )


def poll_partner(rt: Runtime, profile: PartnerProfile) -> tuple[int, list[str]]:
    """Store every finished file of the partner's poll folder; (stored, skipped notes)."""
    remote = _remote(profile)
    stored, skipped = 0, []
    with remote_session(rt, profile) as sftp:
        for entry in sorted(sftp.listdir_attr(remote.poll_dir), key=lambda e: e.filename):
            name = entry.filename
            if (
                name.startswith(".")
                or name.lower().endswith(TEMP_SUFFIXES)
                or not stat.S_ISREG(entry.st_mode or 0)
            ):
                continue
            path = posixpath.join(remote.poll_dir, name)
            with sftp.open(path, "rb") as fh:
                fh.prefetch()
                data = fh.read()
            why = incomplete_reason(data)
            if why is not None:
                skipped.append(f"{name}: {why}; left for the next poll")
                continue
            where = hashlib.sha256(f"{remote.host}:{remote.port}:{path}".encode()).hexdigest()
            tid = f"sftp-poll:{where[:24]}:{hashlib.sha256(data).hexdigest()[:32]}"
            if not _already_stored(rt, profile.id, tid):
                inbox.receive(
                    rt.db,
                    partner_id=profile.id,
                    channel="sftp_poll",
                    data=data,
                    meta={"filename": name, "remote": f"{remote.host}:{path}"},
                    transport_id=tid,
                )
                stored += 1
            # committed: only now may the partner's copy go
            if remote.after_poll == "move":
                archive = posixpath.join(remote.poll_dir, remote.archive_dir)
                try:
                    sftp.stat(archive)
                except FileNotFoundError:
                    sftp.mkdir(archive)
                _rename(sftp, path, posixpath.join(archive, name))
            else:
                sftp.remove(path)
    return stored, skipped


def poll_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    """Job `sftp_poll` (ref: partner id)."""
    profile = rt.partners.get(job.ref)
    if profile is None:
        raise RuntimeError(f"partner {job.ref} not found")
    stored, skipped = poll_partner(rt, profile)
    for text in skipped:
        note(rt.db, "sftp.poll_skipped", profile.id, text)
    with rt.db.transaction() as s:
        queue.finish(s, job, worker)
    if stored:
        note(rt.db, "sftp.polled", profile.id, f"{stored} file(s) stored from the partner")


def _pollers(rt: Runtime) -> list[tuple[str, float]]:
    out = []
    for p in rt.partners:
        sec: SftpProfile | None = p.section("sftp")
        if sec and sec.remote and sec.remote.poll_dir:
            out.append((p.id, sec.remote.poll_interval))
    return out


def schedule_polls(rt: Runtime) -> int:
    """Queue a poll job for each partner whose interval has passed; returns how many."""
    queued = 0
    with rt.db.transaction() as s:
        for pid, interval in _pollers(rt):
            queued += queue.schedule_periodic(
                s, POLL_JOB, pid, dt.timedelta(seconds=interval), max_attempts=3
            )
    return queued


def start_poll_scheduler(rt: Runtime) -> Periodic | None:
    """Queue due polls every `[sftp] poll_check_seconds` while serving (None: no poller)."""
    if not _pollers(rt):
        return None
    cfg: SftpConfig = rt.config.section("sftp")
    return Periodic("sftp_poll", cfg.poll_check_seconds, lambda: schedule_polls(rt))
