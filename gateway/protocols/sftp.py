"""SFTP server in the reactor (twisted.conch): partners drop orders and fetch documents.

Each partner logs in with a password (bcrypt hash in its profile) or a public key and
sees exactly two folders: `/inbound` (real files under `<data>/sftp/<partner>/inbound`)
and `/outbound` (a view of its queued outbound documents). An upload is written to a
hidden temporary file, checked for completeness on close, renamed, stored with
`inbox.receive`, and only then is the close acknowledged. A connection that drops with
open files aborts them (stack notes 11): nothing half-written is ever stored.
"""

from __future__ import annotations

import os
import posixpath
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import bcrypt
from twisted.conch.avatar import ConchUser
from twisted.conch.checkers import InMemorySSHKeyDB, SSHPublicKeyChecker
from twisted.conch.error import ValidPublicKey
from twisted.conch.interfaces import IConchUser, ISFTPFile, ISFTPServer
from twisted.conch.ssh import factory, filetransfer, keys, session, transport
from twisted.cred import credentials, error, portal
from twisted.internet import defer, threads
from twisted.python import components
from zope.interface import implementer

from gateway.logs import get_logger, log_event

__all__ = ["SftpBackend", "SftpUser", "build_factory", "host_key_fingerprint", "load_host_key"]

_log = get_logger("sftp")

FX = filetransfer
TEMP_SUFFIXES = (".part", ".tmp", ".filepart", ".partial")


@dataclass(frozen=True)
class SftpUser:
    """One partner's SFTP login and limits."""

    partner_id: str
    username: str
    password_bcrypt: str = ""
    public_keys: tuple[str, ...] = ()
    max_bytes: int = 50 * 1024 * 1024
    delivered_on: str = "download"  # or "remove"


@dataclass(frozen=True)
class PickupFile:
    name: str
    size: int
    mtime: float


class SftpBackend(Protocol):
    """What the server needs from the store; every call runs off the reactor thread."""

    def store(self, user: SftpUser, name: str, data: bytes) -> str: ...
    def reject(self, user: SftpUser, name: str, data: bytes, reason: str) -> str: ...
    def pending(self, user: SftpUser) -> list[PickupFile]: ...
    def fetch(self, user: SftpUser, name: str) -> bytes | None: ...
    def delivered(self, user: SftpUser, name: str, how: str) -> bool: ...
    def note(self, kind: str, partner_id: str | None, detail: str) -> None: ...
    def incomplete(self, data: bytes) -> str | None: ...


@dataclass
class Site:
    """Shared by every connection: users, folders and the store."""

    users: dict[str, SftpUser]
    root: Path
    backend: SftpBackend
    run: Callable[..., defer.Deferred[Any]] = field(default=threads.deferToThread)

    def folder(self, user: SftpUser) -> Path:
        path = self.root / user.partner_id / "inbound"
        path.mkdir(parents=True, exist_ok=True)
        return path


def _fail(code: int, text: str) -> filetransfer.SFTPError:
    return filetransfer.SFTPError(code, text)


def _dir_attrs() -> dict[str, int]:
    now = int(time.time())
    return {
        "size": 0,
        "permissions": stat.S_IFDIR | 0o755,
        "atime": now,
        "mtime": now,
        "uid": 0,
        "gid": 0,
    }


def _long(name: str, attrs: dict[str, int]) -> bytes:
    kind = "d" if stat.S_ISDIR(attrs["permissions"]) else "-"
    perms = "rwxr-xr-x" if kind == "d" else "rw-r--r--"
    when = time.strftime("%b %d %H:%M", time.gmtime(attrs["mtime"]))
    return f"{kind}{perms}    1 partner  partner  {attrs['size']:>10} {when} {name}".encode()


# --- files --------------------------------------------------------------------------------


@implementer(ISFTPFile)
class UploadFile:
    """An upload in progress: `.name.part` written at client offsets, committed on close."""

    def __init__(self, server: PartnerFiles, name: str) -> None:
        self.server, self.name = server, name
        folder = server.folder
        self.temp = folder / f".{name}.{os.urandom(4).hex()}.part"
        self.final = folder / name
        self.fd: int | None = os.open(
            self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
        self.size = 0
        self.too_big = False

    def writeChunk(self, offset: int, data: bytes) -> None:
        limit = self.server.user.max_bytes
        if self.too_big or offset + len(data) > limit:
            self.too_big = True
            raise _fail(
                FX.FX_FAILURE, f"refused: {self.name} exceeds the size limit of {limit} bytes"
            )
        assert self.fd is not None
        os.pwrite(self.fd, data, offset)
        self.size = max(self.size, offset + len(data))

    def readChunk(self, offset: int, length: int) -> bytes:
        raise _fail(FX.FX_PERMISSION_DENIED, "file opened for writing only")

    def getAttrs(self) -> dict[str, int]:
        now = int(time.time())
        return {
            "size": self.size,
            "permissions": stat.S_IFREG | 0o644,
            "atime": now,
            "mtime": now,
            "uid": 0,
            "gid": 0,
        }

    def setAttrs(self, attrs: dict[str, Any]) -> None:
        return None

    def _discard(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        self.temp.unlink(missing_ok=True)

    def abort(self) -> None:
        """The connection dropped with this file open: throw the partial upload away."""
        if self.fd is None:
            return
        self._discard()
        self.server.note(
            "sftp.upload_aborted",
            f"{self.name}: connection lost after {self.size} bytes; nothing stored",
        )

    def close(self) -> defer.Deferred[None] | None:
        if self.fd is None:
            return None
        if self.too_big:
            self._discard()
            reason = f"{self.name} exceeds the size limit of {self.server.user.max_bytes} bytes"
            self.server.note("sftp.upload_refused", reason)
            raise _fail(FX.FX_FAILURE, f"refused: {reason}; nothing stored")
        fd, self.fd = self.fd, None

        def finish() -> None:  # in a thread: fsync blocks
            os.fsync(fd)
            os.close(fd)
            os.replace(self.temp, self.final)

        d = self.server.site.run(finish)
        if self.name.lower().endswith(TEMP_SUFFIXES):
            return d  # the client renames it to its real name when done
        return d.addCallback(lambda _: self.server.commit(self.name))


@implementer(ISFTPFile)
class ReadFile:
    """A download: a committed inbound file or an outbound document (bytes in memory)."""

    def __init__(self, data: bytes, mtime: float, on_done: Callable[[], Any] | None) -> None:
        self.data, self.mtime, self.on_done = data, int(mtime), on_done
        self.done = not data

    def readChunk(self, offset: int, length: int) -> bytes:
        if offset >= len(self.data):
            self.done = True
            raise EOFError
        chunk = self.data[offset : offset + length]
        if offset + len(chunk) >= len(self.data):
            self.done = True
        return chunk

    def writeChunk(self, offset: int, data: bytes) -> None:
        raise _fail(FX.FX_PERMISSION_DENIED, "file opened for reading only")

    def getAttrs(self) -> dict[str, int]:
        return {
            "size": len(self.data),
            "permissions": stat.S_IFREG | 0o444,
            "atime": self.mtime,
            "mtime": self.mtime,
            "uid": 0,
            "gid": 0,
        }

    def setAttrs(self, attrs: dict[str, Any]) -> None:
        return None

    def abort(self) -> None:
        self.on_done = None

    def close(self) -> Any:
        if self.done and self.on_done is not None:
            return self.on_done()
        return None


class DirListing:
    def __init__(self, entries: list[tuple[bytes, bytes, dict[str, int]]]) -> None:
        self.entries = entries

    def __iter__(self) -> Iterator[tuple[bytes, bytes, dict[str, int]]]:
        return iter(self.entries)

    def close(self) -> None:
        return None


# --- the per-partner view -----------------------------------------------------------------


@implementer(ISFTPServer)
class PartnerFiles:
    """`/inbound` and `/outbound` of one partner; every path is resolved inside them."""

    def __init__(self, avatar: PartnerAvatar) -> None:
        self.avatar = avatar
        self.site = avatar.site
        self.user = avatar.user
        self.folder = self.site.folder(self.user)

    # helpers
    def note(self, kind: str, detail: str) -> None:
        self.site.run(self.site.backend.note, kind, self.user.partner_id, detail)

    def _split(self, path: bytes) -> tuple[str, str]:
        """Virtual path -> (area, name); `../` can never climb above `/` (stack notes 14)."""
        text = path.decode("utf-8", "surrogateescape")
        norm = posixpath.normpath(posixpath.join("/", text))
        parts = [p for p in norm.split("/") if p]
        if not parts:
            return "", ""
        if parts[0] not in ("inbound", "outbound") or len(parts) > 2:
            raise _fail(FX.FX_NO_SUCH_FILE, f"{norm}: only /inbound and /outbound exist here")
        return parts[0], parts[1] if len(parts) == 2 else ""

    def _real(self, name: str) -> Path:
        """A file in the partner's inbound folder; symbolic links are never followed."""
        hidden = name.startswith(".") and not name.lower().endswith(TEMP_SUFFIXES)
        if not name or name in (".", "..") or hidden or "\x00" in name:
            raise _fail(FX.FX_PERMISSION_DENIED, f"{name!r}: not a usable file name")
        path = self.folder / name
        if path.is_symlink() or (path.exists() and not path.is_file()):
            self.note("sftp.refused", f"{name}: symbolic links and special files are refused")
            raise _fail(FX.FX_PERMISSION_DENIED, f"{name}: symbolic links are not allowed")
        if os.path.realpath(path).rpartition(os.sep)[0] != os.path.realpath(self.folder):
            raise _fail(FX.FX_PERMISSION_DENIED, f"{name}: outside your folder")
        return path

    def commit(self, name: str) -> defer.Deferred[None]:
        """Store a complete file, then (only then) let the close/rename succeed."""
        path = self._real(name)
        user, backend = self.user, self.site.backend

        def store() -> str | None:  # in a thread: reading up to the size limit blocks
            data = path.read_bytes()
            reason = backend.incomplete(data)
            if reason is not None:
                backend.reject(user, name, data, reason)
                return reason
            backend.store(user, name, data)
            return None

        def done(reason: str | None) -> None:
            if reason is not None:
                path.unlink(missing_ok=True)
                raise _fail(FX.FX_FAILURE, f"refused: {name}: {reason}; stored as rejected")

        def failed(f: Any) -> Any:
            if not f.check(filetransfer.SFTPError):
                path.unlink(missing_ok=True)
                log_event(
                    _log,
                    "sftp.store_failed",
                    partner=user.partner_id,
                    file=name,
                    error=f.getTraceback(),
                )
                raise _fail(FX.FX_FAILURE, f"{name} could not be stored; send it again")
            return f

        return self.site.run(store).addCallback(done).addErrback(failed)

    # ISFTPServer
    def gotVersion(self, otherVersion: int, extData: dict[bytes, bytes]) -> dict[bytes, bytes]:
        return {}

    def realPath(self, path: bytes) -> bytes:
        return posixpath.normpath(
            posixpath.join("/", path.decode("utf-8", "surrogateescape"))
        ).encode("utf-8", "surrogateescape")

    def openFile(self, filename: bytes, flags: int, attrs: dict[str, Any]) -> Any:
        area, name = self._split(filename)
        writing = flags & (FX.FXF_WRITE | FX.FXF_APPEND | FX.FXF_CREAT | FX.FXF_TRUNC)
        if area == "inbound" and name:
            if writing:
                self._real(name)  # refuses links and odd names before anything is created
                return UploadFile(self, name)
            path = self._real(name)
            if not path.is_file():
                raise _fail(FX.FX_NO_SUCH_FILE, f"/inbound/{name}: no such file")
            return ReadFile(path.read_bytes(), path.stat().st_mtime, None)
        if area == "outbound" and name and not writing:
            return self._open_outbound(name)
        raise _fail(
            FX.FX_PERMISSION_DENIED,
            "upload into /inbound; /outbound holds documents for you to fetch",
        )

    def _open_outbound(self, name: str) -> defer.Deferred[ReadFile]:
        user, backend = self.user, self.site.backend

        def opened(data: bytes | None) -> ReadFile:
            if data is None:
                raise _fail(FX.FX_NO_SUCH_FILE, f"/outbound/{name}: no such document")
            on_done = None
            if user.delivered_on == "download":

                def on_done() -> defer.Deferred[bool]:
                    return self.site.run(backend.delivered, user, name, f"sftp download {name}")

            return ReadFile(data, time.time(), on_done)

        return self.site.run(backend.fetch, user, name).addCallback(opened)

    def removeFile(self, filename: bytes) -> Any:
        area, name = self._split(filename)
        if area == "inbound" and name:
            path = self._real(name)
            if not path.exists():
                raise _fail(FX.FX_NO_SUCH_FILE, f"/inbound/{name}: no such file")
            path.unlink()
            return None
        if area == "outbound" and name:

            def removed(ok: bool) -> None:
                if not ok:
                    raise _fail(FX.FX_NO_SUCH_FILE, f"/outbound/{name}: no such document")

            return self.site.run(
                self.site.backend.delivered, self.user, name, f"sftp removed {name}"
            ).addCallback(removed)
        raise _fail(FX.FX_PERMISSION_DENIED, "only files in /inbound or /outbound can be removed")

    def renameFile(self, oldpath: bytes, newpath: bytes) -> Any:
        (a1, n1), (a2, n2) = self._split(oldpath), self._split(newpath)
        if a1 != "inbound" or a2 != "inbound" or not n1 or not n2:
            raise _fail(FX.FX_PERMISSION_DENIED, "files can only be renamed inside /inbound")
        src, dst = self._real(n1), self._real(n2)
        if not src.is_file():
            raise _fail(FX.FX_NO_SUCH_FILE, f"/inbound/{n1}: no such file")
        if dst.exists():
            raise _fail(FX.FX_FILE_ALREADY_EXISTS, f"/inbound/{n2} exists already")
        os.rename(src, dst)
        if n1.lower().endswith(TEMP_SUFFIXES) and not n2.lower().endswith(TEMP_SUFFIXES):
            return self.commit(n2)
        return None

    def makeDirectory(self, path: bytes, attrs: dict[str, Any]) -> None:
        raise _fail(FX.FX_PERMISSION_DENIED, "folders cannot be created here")

    def removeDirectory(self, path: bytes) -> None:
        raise _fail(FX.FX_PERMISSION_DENIED, "folders cannot be removed here")

    def openDirectory(self, path: bytes) -> Any:
        area, name = self._split(path)
        if name:
            raise _fail(FX.FX_NO_SUCH_FILE, f"{path.decode(errors='replace')}: not a folder")
        if area == "":
            return DirListing(
                [
                    (n.encode(), _long(n, _dir_attrs()), _dir_attrs())
                    for n in ("inbound", "outbound")
                ]
            )
        if area == "inbound":
            entries = []
            for p in sorted(self.folder.iterdir()):
                if p.name.startswith(".") or p.is_symlink() or not p.is_file():
                    continue
                attrs = self._file_attrs(p.stat().st_size, p.stat().st_mtime)
                entries.append((p.name.encode(), _long(p.name, attrs), attrs))
            return DirListing(entries)

        def listed(files: list[PickupFile]) -> DirListing:
            return DirListing(
                [
                    (f.name.encode(), _long(f.name, a), a)
                    for f in files
                    for a in (self._file_attrs(f.size, f.mtime),)
                ]
            )

        return self.site.run(self.site.backend.pending, self.user).addCallback(listed)

    @staticmethod
    def _file_attrs(size: int, mtime: float) -> dict[str, int]:
        return {
            "size": size,
            "permissions": stat.S_IFREG | 0o644,
            "atime": int(mtime),
            "mtime": int(mtime),
            "uid": 0,
            "gid": 0,
        }

    def getAttrs(self, path: bytes, followLinks: bool) -> Any:
        area, name = self._split(path)
        if not name:
            return _dir_attrs()
        if area == "inbound":
            p = self._real(name)
            if not p.is_file():
                raise _fail(FX.FX_NO_SUCH_FILE, f"/inbound/{name}: no such file")
            st = p.stat()
            return self._file_attrs(st.st_size, st.st_mtime)

        def found(files: list[PickupFile]) -> dict[str, int]:
            for f in files:
                if f.name == name:
                    return self._file_attrs(f.size, f.mtime)
            raise _fail(FX.FX_NO_SUCH_FILE, f"/outbound/{name}: no such document")

        return self.site.run(self.site.backend.pending, self.user).addCallback(found)

    def setAttrs(self, path: bytes, attrs: dict[str, Any]) -> None:
        self._split(path)

    def readLink(self, path: bytes) -> None:
        raise _fail(FX.FX_OP_UNSUPPORTED, "symbolic links are not supported")

    def makeLink(self, linkPath: bytes, targetPath: bytes) -> None:
        self.note("sftp.refused", "attempt to create a symbolic link")
        raise _fail(FX.FX_PERMISSION_DENIED, "symbolic links are not allowed")

    def extendedRequest(self, extName: bytes, extData: bytes) -> None:
        name = extName.decode("ascii", "replace")
        raise _fail(FX.FX_OP_UNSUPPORTED, f"extension {name} is not supported here")


# --- SSH plumbing ---------------------------------------------------------------------------


class AbortingFileTransferServer(filetransfer.FileTransferServer):
    """conch closes open files when the connection drops; we abort them instead."""

    def connectionLost(self, reason: Any) -> None:
        files, dirs = self.openFiles, self.openDirs
        self.openFiles, self.openDirs = {}, {}
        for f in files.values():
            getattr(f, "abort", f.close)()
        for d, _it in dirs.values():
            d.close()
        filetransfer.FileTransferBase.connectionLost(self, reason)


class SftpOnlySession(session.SSHSession):
    """Refuses env, pty, shell and exec requests: this server speaks SFTP only (notes 12)."""

    def request_env(self, data: bytes) -> int:
        return 0

    def request_pty_req(self, data: bytes) -> int:
        return 0

    def request_shell(self, data: bytes) -> int:
        return 0

    def request_exec(self, data: bytes) -> int:
        return 0


class PartnerAvatar(ConchUser):
    def __init__(self, site: Site, user: SftpUser) -> None:
        ConchUser.__init__(self)
        self.site, self.user = site, user
        self.channelLookup[b"session"] = SftpOnlySession
        self.subsystemLookup[b"sftp"] = AbortingFileTransferServer

    def logout(self) -> None:
        return None


components.registerAdapter(PartnerFiles, PartnerAvatar, ISFTPServer)


@implementer(portal.IRealm)
class Realm:
    def __init__(self, site: Site) -> None:
        self.site = site

    def requestAvatar(self, avatarId: bytes, mind: Any, *interfaces: Any) -> Any:
        user = self.site.users[avatarId.decode()]
        avatar = PartnerAvatar(self.site, user)
        log_event(_log, "sftp.login", partner=user.partner_id, user=user.username)
        return IConchUser, avatar, avatar.logout


class PasswordChecker:
    """bcrypt hashes from the profiles, checked in a thread (bcrypt blocks)."""

    credentialInterfaces = (credentials.IUsernamePassword,)

    def __init__(self, site: Site) -> None:
        self.site = site

    def requestAvatarId(self, creds: Any) -> defer.Deferred[bytes]:
        name = creds.username.decode("utf-8", "replace")
        user = self.site.users.get(name)

        def check() -> bool:
            if user is None or not user.password_bcrypt:
                bcrypt.checkpw(b"x", _DUMMY_HASH)  # same time for unknown users
                return False
            return bcrypt.checkpw(creds.password, user.password_bcrypt.encode())

        def done(ok: bool) -> bytes:
            if not ok:
                _refused(self.site, user, name, "wrong password or unknown user")
                raise error.UnauthorizedLogin("wrong user name or password")
            return name.encode()

        return self.site.run(check).addCallback(done)


_DUMMY_HASH = bcrypt.hashpw(b"not a password", bcrypt.gensalt(4))


class KeyChecker(SSHPublicKeyChecker):
    """Public keys from the profiles; records refused signed attempts as events."""

    def __init__(self, site: Site) -> None:
        db = {
            u.username.encode(): [keys.Key.fromString(k) for k in u.public_keys]
            for u in site.users.values()
        }
        super().__init__(InMemorySSHKeyDB(db))
        self.site = site

    def requestAvatarId(self, creds: Any) -> defer.Deferred[bytes]:
        d = defer.maybeDeferred(super().requestAvatarId, creds)

        def failed(f: Any) -> Any:
            if creds.signature is not None and not f.check(ValidPublicKey):
                name = creds.username.decode("utf-8", "replace")
                _refused(self.site, self.site.users.get(name), name, "public key not accepted")
            return f

        return d.addErrback(failed)


def _refused(site: Site, user: SftpUser | None, name: str, why: str) -> None:
    detail = f"login refused for {name!r}: {why}"
    site.run(site.backend.note, "sftp.login_refused", user.partner_id if user else None, detail)


def load_host_key(path: Path) -> keys.Key:
    return keys.Key.fromFile(str(path))


def host_key_fingerprint(key: keys.Key) -> str:
    """As OpenSSH prints it: `SHA256:` and unpadded base64."""
    return "SHA256:" + key.fingerprint(keys.FingerprintFormats.SHA256_BASE64).rstrip("=")


class ServerTransport(transport.SSHServerTransport):
    """conch advertises only its host key types in `server-sig-algs` (RFC 8308), so
    clients refuse to sign with RSA/ECDSA user keys; advertise every algorithm we verify."""

    def sendExtInfo(self, extensions: list[tuple[bytes, bytes]]) -> None:
        algs = b",".join(
            a for a in transport.SSHTransportBase.supportedPublicKeys if a not in (b"ssh-dss",)
        )
        super().sendExtInfo([(k, algs if k == b"server-sig-algs" else v) for k, v in extensions])


def build_factory(site: Site, host_keys: list[keys.Key]) -> factory.SSHFactory:
    f = factory.SSHFactory()
    f.protocol = ServerTransport
    f.portal = portal.Portal(Realm(site), [PasswordChecker(site), KeyChecker(site)])
    f.privateKeys = {k.sshType(): k for k in host_keys}
    f.publicKeys = {t: k.public() for t, k in f.privateKeys.items()}
    return f
