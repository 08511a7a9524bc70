"""Where the RSA work runs: in the calling worker thread, or in a pool of processes.

Decryption, signature verification and MDN signing are CPU work; in one Python process
they share the GIL with HTTP parsing and the database. `[as2] crypto_processes = N`
moves them into N worker processes (spawned, never forked from the reactor), which
load keys and certificates from the same files as the gateway. 0 (the default) keeps
everything in the calling thread. Jobs are plain picklable data; results too.
"""

from __future__ import annotations

import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path

from gateway.as2 import mdn, mime
from gateway.as2.certs import CertStore
from gateway.as2.message import Inbound, unwrap

__all__ = ["Crypto", "MdnJob", "UnwrapJob"]

_STORES: dict[str, CertStore] = {}
_LOCK = threading.Lock()


def _store(root: str) -> CertStore:
    with _LOCK:
        if root not in _STORES:
            _STORES[root] = CertStore(Path(root))
        return _STORES[root]


@dataclass(frozen=True, slots=True)
class UnwrapJob:
    """Everything `unwrap` needs, as data."""

    headers: tuple[tuple[str, str], ...]
    body: bytes
    certs_root: str
    partner_id: str
    partner_files: tuple[str, ...]
    require_signing: bool
    require_encryption: bool
    binary_signing: bool
    micalgs: tuple[str, ...]
    max_bytes: int = 1 << 31

    def run(self, store: CertStore | None = None) -> Inbound:
        store = store or _store(self.certs_root)
        entity = mime.Entity(self.headers, self.body, mime.header_block(self.headers) + self.body)
        return unwrap(
            entity,
            keys=lambda: [(p.key, p.cert) for p in store.station_pairs()],
            partner_certs=lambda: store.partner_certs(
                self.partner_id, [Path(f) for f in self.partner_files]
            ),
            require_signing=self.require_signing,
            require_encryption=self.require_encryption,
            binary_signing=self.binary_signing,
            micalgs=self.micalgs,
            max_bytes=self.max_bytes,
        )


@dataclass(frozen=True, slots=True)
class MdnJob:
    """An MDN to build; signed with our newest certificate when `sign` is true."""

    certs_root: str
    sign: bool
    original_message_id: str
    ours: str
    theirs: str
    disposition: str
    mic: str | None
    mic_alg: str | None
    text: str
    digest: str
    reporting_ua: str

    def run(self, store: CertStore | None = None) -> tuple[list[tuple[str, str]], bytes]:
        store = store or _store(self.certs_root)
        return mdn.build(
            original_message_id=self.original_message_id,
            ours=self.ours,
            theirs=self.theirs,
            disposition=self.disposition,
            mic=self.mic,
            mic_alg=self.mic_alg,
            text=self.text,
            signer=store.signing_pair() if self.sign else None,
            digest=self.digest,
            reporting_ua=self.reporting_ua,
        )


def _unwrap_remote(job: UnwrapJob) -> Inbound:
    return replace(job.run(), signer=None)  # certificates do not pickle


def _mdn_remote(job: MdnJob) -> tuple[list[tuple[str, str]], bytes]:
    return job.run()


def _warm() -> bool:
    return True


class Crypto:
    """Runs jobs here (`processes=0`) or in a process pool."""

    def __init__(self, store: CertStore, processes: int = 0) -> None:
        self.store = store
        self.pool: ProcessPoolExecutor | None = None
        if processes > 0:
            self.pool = ProcessPoolExecutor(processes, mp_context=get_context("spawn"))
            for f in [self.pool.submit(_warm) for _ in range(processes)]:
                f.result()

    def unwrap(self, job: UnwrapJob) -> Inbound:
        if self.pool is None:
            return job.run(self.store)
        return self.pool.submit(_unwrap_remote, job).result()

    def mdn(self, job: MdnJob) -> tuple[list[tuple[str, str]], bytes]:
        if self.pool is None:
            return job.run(self.store)
        return self.pool.submit(_mdn_remote, job).result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
