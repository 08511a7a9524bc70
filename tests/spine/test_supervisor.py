"""`gateway serve` with `[workers] processes = 1`: orders are processed by a child
`gateway worker`, which is started again when it dies and ends with its parent (by the
parent-death signal, and by watching its parent's pid when that signal is lost)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from gateway.oms.models import SalesOrder
from gateway.store import inbox
from gateway.store.db import Database
from tests.gwprocess import ROOT, GatewayProcess, gateway_env, wait_for
from tests.x12data import make_850


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat and stat[1] == str(pid) and stat[0] != "Z":
                out.append(int(entry.name))
    return out


def _orders(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(SalesOrder))


def test_worker_process_works_comes_back_and_ends_with_serve(tmp_path, db_url):
    env = gateway_env(
        tmp_path,
        db_url,
        GATEWAY__WORKERS__PROCESSES="1",
        GATEWAY__WORKERS__POLL_INTERVAL="0.01",
        GATEWAY__WORKERS__LEASE_SECONDS="3",
    )
    gw = GatewayProcess(tmp_path, env).start()
    db = Database(db_url)
    try:
        wait_for(lambda: _children(gw.proc.pid), what="a worker process")
        (first,) = _children(gw.proc.pid)
        inbox.receive(
            db, partner_id="acme-retail", channel="http", data=make_850("SUP-1", isa_control=1)
        )
        wait_for(lambda: _orders(db) == 1, timeout=60, what="the order, placed by the child")

        os.kill(first, signal.SIGKILL)
        wait_for(
            lambda: [p for p in _children(gw.proc.pid) if p != first],
            timeout=30,
            what="a new worker process",
        )
        (second,) = _children(gw.proc.pid)
        inbox.receive(
            db, partner_id="acme-retail", channel="http", data=make_850("SUP-2", isa_control=2)
        )
        wait_for(lambda: _orders(db) == 2, timeout=60, what="the order, placed by the new child")
        assert "worker_process.exited" in gw.output()

        gw.kill()  # SIGKILL: no shutdown code runs in serve; the child goes all the same
        wait_for(lambda: not _alive(second), timeout=30, what="the child to end with serve")
    finally:
        gw.kill()
        db.dispose()


def test_sigterm_stops_the_worker_process_cleanly(tmp_path, db_url):
    env = gateway_env(tmp_path, db_url, GATEWAY__WORKERS__PROCESSES="1")
    gw = GatewayProcess(tmp_path, env).start()
    wait_for(lambda: _children(gw.proc.pid), what="a worker process")
    (child,) = _children(gw.proc.pid)
    assert gw.stop() == 0
    assert not _alive(child)
    out = gw.output()
    assert "worker_process.stopped" in out and "workers.stopped" in out


def test_a_worker_whose_parent_is_gone_stops_without_the_signal(tmp_path, db_url):
    """The parent-death signal can be lost; `gateway worker` also watches the pid of the
    serve that started it (here one that is not its parent, as after serve died)."""
    env = gateway_env(tmp_path, db_url)

    def worker(parent: int) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "worker"],
            env={**env, "GATEWAY_SUPERVISOR_PID": str(parent)},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    kept = worker(os.getpid())  # its parent is alive: it keeps working
    orphan = worker(1)
    try:
        out, _ = orphan.communicate(timeout=60)
        assert orphan.returncode == 0, out
        assert "worker.orphaned" in out and "workers.stopped" in out
        time.sleep(1.5)
        assert kept.poll() is None
    finally:
        kept.terminate()
        kept.wait(30)
        orphan.kill()
