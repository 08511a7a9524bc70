"""The SFTP server against the OpenSSH client and paramiko: logins, folders, commits, aborts."""

import socket
import subprocess
import time

import paramiko
import pytest
import pytest_twisted
from twisted.internet import threads

from tests.channels.conftest import PASSWORD
from tests.channels.helpers import (
    ROOT,
    X12_850,
    add_outbound,
    document,
    events,
    messages,
    openssh_sftp,
    payload,
    wait_for,
)


def _paramiko(port: int, user: str, key_path=None, password=None) -> paramiko.SFTPClient:
    t = paramiko.Transport(("127.0.0.1", port))
    t.connect()
    if key_path is not None:
        t.auth_publickey(user, paramiko.PKey.from_path(key_path))
    else:
        t.auth_password(user, password)
    return paramiko.SFTPClient.from_transport(t)


def test_init_creates_host_key_and_prints_fingerprint(chan_runtime, tmp_path):
    lines = "\n".join(chan_runtime.init_lines)
    key = tmp_path / "var" / "keys" / "sftp_host_ed25519"
    assert key.exists() and (key.stat().st_mode & 0o077) == 0
    fp = subprocess.run(
        ["ssh-keygen", "-lf", str(key)], capture_output=True, text=True, check=True
    ).stdout.split()[1]
    assert f"sftp host key fingerprint: {fp}" in lines


@pytest_twisted.ensureDeferred
async def test_openssh_client_uploads_and_downloads_with_key(
    chan_runtime, listening, user_keys, tmp_path
):
    db = chan_runtime.db
    doc_id = add_outbound(db, "sftp-alpha", "sftp", b"ISA*855 document~IEA*1*1~")
    (tmp_path / "order.edi").write_bytes(X12_850)
    name = f"{doc_id:08d}-855.edi"
    cmds = (
        f"put order.edi inbound/po-1.edi\nls -l outbound\nget outbound/{name} got.edi\n"
        "ls -l inbound\n"
    )
    res = await threads.deferToThread(
        openssh_sftp, listening["sftp"], "alpha", cmds, key=user_keys["ed25519"][0], tmp=tmp_path
    )
    assert res.returncode == 0, res.stderr
    assert name in res.stdout and "po-1.edi" in res.stdout
    assert (tmp_path / "got.edi").read_bytes() == b"ISA*855 document~IEA*1*1~"
    [msg] = messages(db, channel="sftp")
    assert (msg.partner_id, msg.status, msg.meta["filename"]) == (
        "sftp-alpha",
        "received",
        "po-1.edi",
    )
    assert payload(db, msg.payload_id) == X12_850
    doc = document(db, doc_id)
    assert doc.status == "delivered" and doc.transport_id == f"sftp download {name}"
    # delivered documents leave the outbound folder
    res = await threads.deferToThread(
        openssh_sftp,
        listening["sftp"],
        "alpha",
        "ls outbound\n",
        key=user_keys["ed25519"][0],
        tmp=tmp_path,
    )
    assert name not in res.stdout


@pytest_twisted.ensureDeferred
async def test_openssh_client_password_login(chan_runtime, listening, tmp_path):
    (tmp_path / "order.edi").write_bytes(X12_850)
    res = await threads.deferToThread(
        openssh_sftp,
        listening["sftp"],
        "alpha",
        "put order.edi /inbound/pw.edi\nbye\n",
        password=PASSWORD,
        tmp=tmp_path,
    )
    assert res.returncode == 0, res.stderr
    [msg] = messages(chan_runtime.db, channel="sftp")
    assert msg.meta["filename"] == "pw.edi"
    # a wrong password is refused, recorded, stores nothing, and the server keeps serving
    res = await threads.deferToThread(
        openssh_sftp, listening["sftp"], "alpha", "ls\n", password="wrong", tmp=tmp_path
    )
    assert res.returncode != 0 and "Permission denied" in res.stderr
    assert len(messages(chan_runtime.db, channel="sftp")) == 1
    ev = wait_for(lambda: events(chan_runtime.db, "sftp.login_refused"), what="refusal event")
    assert "wrong password" in ev[0].detail and ev[0].partner_id == "sftp-alpha"


@pytest_twisted.ensureDeferred
async def test_rsa_and_ecdsa_keys_and_partner_isolation(chan_runtime, listening, user_keys):
    db, port = chan_runtime.db, listening["sftp"]
    alpha_doc = add_outbound(db, "sftp-alpha", "sftp", b"for alpha only")
    beta_doc = add_outbound(
        db, "sftp-beta", "sftp", b"for beta", filename="ship.json", doc_type="ship_request"
    )

    def run() -> None:
        a = _paramiko(port, "alpha", key_path=user_keys["ed25519"][0])
        with a.open("/inbound/secret.edi", "wb") as f:
            f.write(X12_850)
        a.close()
        b = _paramiko(port, "beta", key_path=user_keys["rsa"][0])
        assert sorted(b.listdir("/")) == ["inbound", "outbound"]
        assert b.listdir("/inbound") == []
        assert b.listdir("/outbound") == [f"{beta_doc:08d}-ship.json"]
        for path in (
            "/inbound/secret.edi",
            "/inbound/../../sftp-alpha/inbound/secret.edi",
            "../sftp-alpha/inbound/secret.edi",
            "/sftp-alpha/inbound/secret.edi",
            f"/outbound/{alpha_doc:08d}-855.edi",
            "/etc/passwd",
        ):
            with pytest.raises(IOError):
                b.open(path).read()
        with pytest.raises(IOError):
            b.remove(f"/outbound/{alpha_doc:08d}-855.edi")
        # beta's profile marks documents delivered on removal, not on download
        assert b.open(f"/outbound/{beta_doc:08d}-ship.json").read() == b"for beta"
        assert document(db, beta_doc).status == "queued"
        b.remove(f"/outbound/{beta_doc:08d}-ship.json")
        assert b.listdir("/outbound") == []
        b.close()
        g = _paramiko(port, "gamma", key_path=user_keys["ecdsa"][0])
        g.put(
            str(ROOT / "docs" / "examples" / "acme-850.edi"),
            "/inbound/gamma.edi",
        )
        assert g.stat("/inbound/gamma.edi").st_size == len(X12_850)
        g.close()

    await threads.deferToThread(run)
    assert document(db, alpha_doc).status == "queued"
    assert document(db, beta_doc).status == "delivered"
    got = {(m.partner_id, m.meta["filename"]) for m in messages(db, channel="sftp")}
    assert got == {("sftp-alpha", "secret.edi"), ("sftp-gamma", "gamma.edi")}


@pytest_twisted.ensureDeferred
async def test_bad_keys_traversal_symlinks_and_size_are_refused(
    chan_runtime, listening, user_keys, tmp_path
):
    db, port = chan_runtime.db, listening["sftp"]
    beta_inbound = tmp_path / "var" / "sftp" / "sftp-beta" / "inbound"
    beta_inbound.mkdir(parents=True)
    (beta_inbound / "beta-private.edi").write_bytes(b"beta's data")
    alpha_inbound = tmp_path / "var" / "sftp" / "sftp-alpha" / "inbound"
    alpha_inbound.mkdir(parents=True)
    (alpha_inbound / "link.edi").symlink_to(beta_inbound / "beta-private.edi")

    def run() -> None:
        with pytest.raises(paramiko.AuthenticationException):
            _paramiko(port, "alpha", key_path=user_keys["stranger"][0])
        with pytest.raises(paramiko.AuthenticationException):
            _paramiko(port, "beta", key_path=user_keys["ed25519"][0])
        a = _paramiko(port, "alpha", key_path=user_keys["ed25519"][0])
        assert "link.edi" not in a.listdir("/inbound")
        with pytest.raises(PermissionError):
            a.open("/inbound/link.edi").read()
        with pytest.raises(PermissionError):
            a.open("/inbound/link.edi", "wb").write(b"x")
        with pytest.raises(PermissionError):
            a.symlink("/inbound/x", "/inbound/y")
        with pytest.raises(IOError):
            a.open("/tmp/escape.edi", "wb")
        with pytest.raises(IOError):
            a.mkdir("/inbound/sub")
        with pytest.raises(IOError, match="size limit"):
            with a.open("/inbound/huge.edi", "wb") as f:
                f.write(b"x" * 300_000)
        a.close()

    await threads.deferToThread(run)
    assert messages(db, channel="sftp") == []
    assert (beta_inbound / "beta-private.edi").read_bytes() == b"beta's data"
    assert not (tmp_path / "tmp").exists()
    assert [p.name for p in alpha_inbound.iterdir()] == ["link.edi"]
    await threads.deferToThread(
        wait_for, lambda: events(db, "sftp.upload_refused"), what="size refusal event"
    )
    kinds = [e.kind for e in events(db)]
    assert kinds.count("sftp.login_refused") >= 2
    assert "sftp.upload_refused" in kinds and "sftp.refused" in kinds
    # the listener is still serving others
    await threads.deferToThread(
        lambda: _paramiko(port, "gamma", key_path=user_keys["ecdsa"][0]).close()
    )


@pytest_twisted.ensureDeferred
async def test_upload_killed_half_way_leaves_no_message(
    chan_runtime, listening, user_keys, tmp_path
):
    db, port = chan_runtime.db, listening["sftp"]
    inbound = tmp_path / "var" / "sftp" / "sftp-alpha" / "inbound"

    def killed() -> None:
        sock = socket.create_connection(("127.0.0.1", port))
        t = paramiko.Transport(sock)
        t.connect()
        t.auth_publickey("alpha", paramiko.PKey.from_path(user_keys["ed25519"][0]))
        c = paramiko.SFTPClient.from_transport(t)
        f = c.open("/inbound/killed.edi", "wb")
        f.write(X12_850[: len(X12_850) // 2])
        f.flush()
        sock.shutdown(socket.SHUT_RDWR)  # the client dies: no CLOSE is ever sent
        sock.close()

    await threads.deferToThread(killed)
    await threads.deferToThread(
        wait_for, lambda: events(db, "sftp.upload_aborted"), what="abort event"
    )
    assert messages(db, channel="sftp") == []
    assert list(inbound.iterdir()) == []

    def interrupted() -> None:  # Ctrl-C in a client that still sends CLOSE
        c = _paramiko(port, "alpha", key_path=user_keys["ed25519"][0])
        f = c.open("/inbound/cut.edi", "wb")
        f.write(X12_850[:300])
        f.close()  # paramiko swallows errors on close; the file is simply not taken
        with pytest.raises(FileNotFoundError):
            c.stat("/inbound/cut.edi")
        c.close()

    await threads.deferToThread(interrupted)
    [msg] = messages(db, channel="sftp")
    assert msg.status == "rejected" and "IEA trailer" in msg.reason
    assert list(inbound.iterdir()) == []


@pytest_twisted.ensureDeferred
async def test_temp_name_then_rename_is_stored_once(chan_runtime, listening, user_keys):
    db, port = chan_runtime.db, listening["sftp"]

    def run() -> None:
        c = _paramiko(port, "alpha", key_path=user_keys["ed25519"][0])
        with c.open("/inbound/po.edi.part", "wb") as f:
            f.write(X12_850)
        time.sleep(0.2)
        assert messages(db, channel="sftp") == []
        c.rename("/inbound/po.edi.part", "/inbound/po.edi")
        c.close()

    await threads.deferToThread(run)
    [msg] = messages(db, channel="sftp")
    assert msg.meta["filename"] == "po.edi" and payload(db, msg.payload_id) == X12_850


@pytest_twisted.ensureDeferred
async def test_openssh_upload_killed_mid_way_leaves_no_message(
    chan_runtime, listening, user_keys, tmp_path
):
    db = chan_runtime.db
    big = X12_850[:-40] + (b"MSG*" + b"x" * 70 + b"~\n") * 2000 + X12_850[-40:]
    (tmp_path / "big.edi").write_bytes(big)
    port = listening["sftp"]

    def run():
        proc = subprocess.Popen(
            [
                "sftp",
                "-P",
                str(port),
                "-l",
                "300",
                "-b",
                "-",
                "-i",
                str(user_keys["ed25519"][0]),
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "LogLevel=ERROR",
                "-o",
                "IdentitiesOnly=yes",
                "alpha@127.0.0.1",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=tmp_path,
        )
        proc.stdin.write(b"put big.edi inbound/big.edi\n")
        proc.stdin.close()
        time.sleep(1.5)  # about a quarter of the file is through at 300 kbit/s
        proc.kill()
        proc.wait(5)
        return wait_for(lambda: events(db, "sftp.upload_aborted"), what="abort event")

    [ev] = await threads.deferToThread(run)
    assert "big.edi: connection lost after" in ev.detail
    assert messages(db, channel="sftp") == []
    assert list((tmp_path / "var" / "sftp" / "sftp-alpha" / "inbound").iterdir()) == []
