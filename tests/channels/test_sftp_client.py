"""Our SFTP client (paramiko) against a real OpenSSH sshd (internal-sftp) on loopback,
and against the gateway's own SFTP server with a password."""

import getpass
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import pytest_twisted
from twisted.conch.ssh import keys
from twisted.internet import threads

from gateway.channels.settings import SftpRemote
from gateway.channels.sftp_client import (
    HostKeyMismatch,
    deliver_sftp_push,
    poll_partner,
    schedule_polls,
)
from gateway.store import outbox
from tests.channels.conftest import PASSWORD
from tests.channels.helpers import X12_850, add_outbound, document, events, messages, wait_for

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"
pytestmark = pytest.mark.skipif(not Path(SSHD).exists(), reason="OpenSSH server not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def sshd(tmp_path, user_keys):
    d = tmp_path / "sshd"
    d.mkdir()
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(d / "host_ed25519")], check=True
    )
    (d / "authorized_keys").write_text(user_keys["ed25519"][1] + "\n")
    port = _free_port()
    (d / "sshd_config").write_text(f"""Port {port}
ListenAddress 127.0.0.1
HostKey {d}/host_ed25519
PidFile {d}/sshd.pid
AuthorizedKeysFile {d}/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
Subsystem sftp internal-sftp
ForceCommand internal-sftp
""")
    Path("/run/sshd").mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [SSHD, "-D", "-e", "-f", str(d / "sshd_config")], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError(proc.stderr.read().decode()) from None
            time.sleep(0.05)
    remote = tmp_path / "remote"
    (remote / "in").mkdir(parents=True)
    (remote / "out").mkdir()
    yield {"port": port, "host_key": (d / "host_ed25519.pub").read_text().strip(), "root": remote}
    proc.terminate()
    proc.wait(5)


def _remote_profile(rt, sshd, user_keys, **kw):
    profile = rt.partners.get("sftp-alpha")
    profile.section("sftp").remote = SftpRemote(
        host="127.0.0.1",
        port=sshd["port"],
        user=getpass.getuser(),
        key_file=str(user_keys["ed25519"][0]),
        host_key=sshd["host_key"],
        push_dir=str(sshd["root"] / "in"),
        poll_dir=str(sshd["root"] / "out"),
        poll_interval=0,
        after_poll="move",
        timeout=10,
        **kw,
    )
    return profile


@pytest_twisted.ensureDeferred
async def test_push_to_openssh_with_temp_name_and_rename(chan_runtime, workers, sshd, user_keys):
    _remote_profile(chan_runtime, sshd, user_keys)
    doc_id = add_outbound(
        chan_runtime.db, "sftp-alpha", "sftp_push", X12_850, doc_type="810", filename="invoice.edi"
    )
    doc = await threads.deferToThread(
        wait_for,
        lambda: (
            document(chan_runtime.db, doc_id).status == "delivered"
            and document(chan_runtime.db, doc_id)
        ),
        what="push",
    )
    name = f"{doc_id:08d}-invoice.edi"
    assert sorted(p.name for p in (sshd["root"] / "in").iterdir()) == [name]
    assert (sshd["root"] / "in" / name).read_bytes() == X12_850
    assert doc.transport_id == f"sftp://127.0.0.1:{sshd['port']}/{sshd['root']}/in/{name}"


@pytest_twisted.ensureDeferred
async def test_poll_stores_before_moving_and_skips_unfinished(
    chan_runtime, workers, sshd, user_keys
):
    db = chan_runtime.db
    _remote_profile(chan_runtime, sshd, user_keys)
    out = sshd["root"] / "out"
    (out / "po-1.edi").write_bytes(X12_850)
    (out / "po-2.edi").write_bytes(X12_850[:200])  # still being written: no IEA yet
    (out / ".po-3.edi.part").write_bytes(X12_850)
    assert await threads.deferToThread(schedule_polls, chan_runtime) == 1
    [msg] = await threads.deferToThread(
        wait_for, lambda: messages(db, channel="sftp_poll"), what="polled message"
    )
    assert msg.partner_id == "sftp-alpha" and msg.meta["filename"] == "po-1.edi"
    await threads.deferToThread(wait_for, lambda: events(db, "sftp.poll_skipped"))
    assert (out / "archive" / "po-1.edi").read_bytes() == X12_850
    assert sorted(p.name for p in out.iterdir()) == [".po-3.edi.part", "archive", "po-2.edi"]
    # the partner finishes po-2; the next poll takes it, and nothing is stored twice
    (out / "po-2.edi").write_bytes(X12_850.replace(b"PO-10001", b"PO-10002"))
    stored, skipped = await threads.deferToThread(
        poll_partner, chan_runtime, chan_runtime.partners.get("sftp-alpha")
    )
    assert (stored, skipped) == (1, [])
    assert len(messages(db, channel="sftp_poll")) == 2
    # a file already stored (crash before the move) is moved without a second message
    (out / "po-1.edi").write_bytes(X12_850)
    stored, _ = await threads.deferToThread(
        poll_partner, chan_runtime, chan_runtime.partners.get("sftp-alpha")
    )
    assert stored == 0 and not (out / "po-1.edi").exists()
    assert len(messages(db, channel="sftp_poll")) == 2


def test_changed_host_key_is_refused_loudly(chan_runtime, sshd, user_keys, tmp_path):
    other = keys.Key.fromFile(str(tmp_path / "userkeys" / "stranger"))
    profile = _remote_profile(chan_runtime, sshd, user_keys)
    profile.section("sftp").remote.host_key = other.public().toString("openssh").decode()
    with chan_runtime.db.transaction() as s:
        doc = outbox.add_document(
            s, partner_id="sftp-alpha", doc_type="810", channel="sftp_push", data=b"x"
        )
    with pytest.raises(HostKeyMismatch, match="HOST KEY MISMATCH"):
        deliver_sftp_push(chan_runtime, doc, b"x", profile)
    assert list((sshd["root"] / "in").iterdir()) == []
    [ev] = events(chan_runtime.db, "sftp.host_key_mismatch")
    assert "refusing to connect" in ev.detail and ev.partner_id == "sftp-alpha"


@pytest_twisted.ensureDeferred
async def test_push_with_password_to_the_gateway_server(
    chan_runtime, listening, monkeypatch, tmp_path
):
    monkeypatch.setenv("ALPHA_SFTP_PASSWORD", PASSWORD)
    host_key = keys.Key.fromFile(str(tmp_path / "var" / "keys" / "sftp_host_ed25519"))
    profile = chan_runtime.partners.get("sftp-alpha")
    profile.section("sftp").remote = SftpRemote(
        host="127.0.0.1",
        port=listening["sftp"],
        user="alpha",
        password_env="ALPHA_SFTP_PASSWORD",
        host_key=host_key.public().toString("openssh").decode(),
        push_dir="/inbound",
    )
    with chan_runtime.db.transaction() as s:
        doc = outbox.add_document(
            s,
            partner_id="sftp-alpha",
            doc_type="850",
            channel="sftp_push",
            data=X12_850,
            filename="po.edi",
        )
    tid = await threads.deferToThread(deliver_sftp_push, chan_runtime, doc, X12_850, profile)
    assert tid.endswith(f"/inbound/{doc.id:08d}-po.edi")
    [msg] = messages(chan_runtime.db, channel="sftp")
    assert msg.meta["filename"] == f"{doc.id:08d}-po.edi"
