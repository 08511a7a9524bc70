"""End-to-end order benchmark: X12 850s of 20 lines posted over HTTP to a running
`gateway serve`, measured until every order is confirmed and allocated and its 997 and
855 (or canonical order_response) are queued.

    python bench/e2e.py [--orders 1000] [--lines 20] [--db sqlite|postgresql] [--workers 2]
                        [--in-process | --worker-procs 1 [--serve-workers 0]]

By default the gateway runs as configured: `gateway serve` with its `[workers] processes`
worker processes (config/gateway.toml: 1). --in-process keeps the workers inside `gateway
serve`; --worker-procs N starts N `gateway worker` processes from here instead.
worker_procs= in the result counts the worker processes that ran.

Prints progress, then one line: RESULT orders_s=... p50_ms=... p99_ms=... db=...
Latency is from the start of an order's POST to its order response being queued.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select, text, update  # noqa: E402

from gateway.oms.models import Customer, SalesOrder  # noqa: E402
from gateway.oms.seed import seed  # noqa: E402
from gateway.store.db import Database  # noqa: E402
from gateway.store.models import OutboundDocument  # noqa: E402

TOKEN = "demo-acme-token"
PG_ADMIN = os.environ.get("BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def gtin(n: int) -> str:
    body = f"0{77000000000 + n:011d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def bench_data(lines: int, orders: int) -> dict:
    return {
        "products": [
            {
                "sku": f"BENCH-{n:02d}",
                "gtin": gtin(n),
                "description": f"Bench item {n}",
                "prices": [{"list": "LIST", "price": "2.00"}],
            }
            for n in range(lines)
        ],
        "stock": [
            {"sku": f"BENCH-{n:02d}", "warehouse": "MAIN", "on_hand": str(orders * 10)}
            for n in range(lines)
        ],
    }


def x12_850(i: int, lines: int) -> bytes:
    ctl = i + 1
    segs = [
        f"ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*DEMODIST       *261122*1200*U"
        f"*00401*{ctl:09d}*0*P*>",
        f"GS*PO*ACMERETAIL*DEMODIST*20261122*1200*{ctl}*X*004010",
        "ST*850*0001",
        f"BEG*00*SA*BENCH-{uuid.uuid4().hex[:10]}-{i}**20261122",
        "CUR*BY*USD",
        "N1*ST*ACME Store 118*92*0118",
        "N3*100 Main Street",
        "N4*Springfield*IL*62701*US",
    ]
    for n in range(lines):
        segs.append(f"PO1*{n + 1}*5*EA*2.00**UP*{gtin(n)[2:]}*VN*BENCH-{n:02d}")
    segs.append(f"CTT*{lines}")
    segs.append(f"SE*{len(segs) - 1}*0001")
    segs += [f"GE*1*{ctl}", f"IEA*1*{ctl:09d}"]
    return ("~\n".join(segs) + "~\n").encode()


def make_database(kind: str, tmp: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'var' / 'gateway.db'}", lambda: None
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", drop


def prepare(url: str, env: dict, lines: int, orders: int) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from gateway.cli import main; sys.exit(main())",
            "init",
        ],
        env=env,
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    db = Database(url)
    with db.transaction() as s:
        seed(s, bench_data(lines, orders))
        s.execute(
            update(Customer)
            .where(Customer.number == "ACME")
            .values(credit_limit=Decimal("1000000000"))
        )
    db.dispose()


class Poster:
    """Keep-alive HTTP connections, one per thread."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.local = threading.local()

    def post(self, body: bytes) -> tuple[str, float]:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        t0 = time.time()
        conn.request(
            "POST",
            "/api/v1/inbound",
            body=body,
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/edi-x12"},
        )
        resp = conn.getresponse()
        data = resp.read()
        if resp.status != 202:
            raise RuntimeError(f"POST answered {resp.status}: {data[:200]!r}")
        return json.loads(data)["message_id"], t0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_pids(pid: int) -> list[int]:
    """Processes whose parent is `pid` (the worker processes `gateway serve` runs)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return out


def settle(pids: list[int], timeout: float = 60) -> None:
    """Wait until the worker processes have started (imports, migrations): their start-up
    is no part of the figures."""
    deadline = time.time() + timeout
    before = sum(cpu_seconds(pid) for pid in pids)
    while time.time() < deadline:
        time.sleep(0.5)
        now = sum(cpu_seconds(pid) for pid in pids)
        if now - before < 0.05 * max(1, len(pids)):
            return
        before = now


def progress(db: Database, orders: int) -> tuple[int, int, int]:
    with db.reading() as s:
        responses = s.scalar(
            select(func.count())
            .select_from(OutboundDocument)
            .where(OutboundDocument.doc_type.in_(("855", "order_response")))
        )
        acks = s.scalar(
            select(func.count())
            .select_from(OutboundDocument)
            .where(OutboundDocument.doc_type == "997")
        )
        allocated = s.scalar(
            select(func.count()).select_from(SalesOrder).where(SalesOrder.status == "allocated")
        )
    return responses, acks, allocated


def run(args: argparse.Namespace) -> str:
    tmp = Path(tempfile.mkdtemp(prefix="gw-bench-"))
    url, cleanup = make_database(args.db, tmp)
    env = dict(
        os.environ,
        GATEWAY_DATA_DIR=str(tmp / "var"),
        GATEWAY_DATABASE_URL=url,
        GATEWAY__GATEWAY__LOG_LEVEL="warning",
    )
    if args.worker_procs or args.in_process:  # the layout is the benchmark's, not the config's
        env["GATEWAY__WORKERS__PROCESSES"] = "0"
    proc = None
    extra: list[subprocess.Popen] = []
    try:
        prepare(url, env, args.lines, args.orders)
        bodies = [x12_850(i, args.lines) for i in range(args.orders)]
        ready = tmp / "ready.json"
        cmd = [
            sys.executable,
            "-c",
            "import sys; from gateway.cli import main; sys.exit(main())",
            "serve",
            "--port",
            "0",
            "--ready-file",
            str(ready),
        ]
        serve_workers = args.serve_workers if args.worker_procs else args.workers
        if serve_workers is not None and (serve_workers or args.worker_procs):
            cmd += ["--workers", str(serve_workers)]
        for n in range(args.worker_procs):
            worker = [*cmd[:3], "worker"]
            if args.workers:
                worker += ["--workers", str(args.workers)]
            extra.append(
                subprocess.Popen(
                    worker,
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=open(tmp / f"worker{n}.log", "wb"),
                )
            )
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(tmp / "serve.log", "wb")
        )
        deadline = time.time() + 60
        while not ready.exists():
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"gateway serve did not start; see {tmp / 'serve.log'}")
            time.sleep(0.05)
        time.sleep(0.1)
        port = json.loads(ready.read_text())["http"]
        poster = Poster(port)
        db = Database(url)
        workers = [p.pid for p in extra] + child_pids(proc.pid)
        settle(workers)
        cpu0 = cpu_seconds(proc.pid), sum(cpu_seconds(pid) for pid in workers)
        own0 = time.process_time()
        start = time.time()
        with ThreadPoolExecutor(args.clients) as pool:
            sent = list(pool.map(poster.post, bodies))
        posted = time.time()
        client_cpu = (time.process_time() - own0) * 1000 / args.orders
        print(f"posted {len(sent)} orders in {posted - start:.2f}s", file=sys.stderr)
        done = (0, 0, 0)
        while time.time() - start < args.timeout:
            done = progress(db, args.orders)
            if min(done) >= args.orders:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"timed out: responses/997s/allocated = {done}")
        end = time.time()
        # CPU per order of the gateway processes: a figure the machine's other load moves less
        serve_cpu = (cpu_seconds(proc.pid) - cpu0[0]) * 1000 / args.orders
        worker_cpu = (sum(cpu_seconds(pid) for pid in workers) - cpu0[1]) * 1000 / args.orders
        started = dict(sent)
        with db.reading() as s:
            queued = s.execute(
                select(OutboundDocument.message_id, OutboundDocument.created_at).where(
                    OutboundDocument.doc_type.in_(("855", "order_response"))
                )
            )
            lat = sorted((at.timestamp() - started[mid]) * 1000 for mid, at in queued)
            last = max(
                at.timestamp()
                for _, at in s.execute(
                    select(OutboundDocument.message_id, OutboundDocument.created_at)
                )
            )
        db.dispose()
        elapsed = min(end, last + 0.001) - start
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
        return (
            f"RESULT orders_s={args.orders / elapsed:.1f} p50_ms={statistics.median(lat):.0f}"
            f" p99_ms={p99:.0f} db={args.db} orders={args.orders} lines={args.lines}"
            f" workers={args.workers or 'default'} worker_procs={len(workers)}"
            f" serve_cpu_ms={serve_cpu:.2f} worker_cpu_ms={worker_cpu:.2f}"
            f" client_cpu_ms={client_cpu:.2f}"
            f" load={os.getloadavg()[0]:.2f}"
        )
    finally:
        for p in [proc, *extra]:
            if p is not None:
                p.terminate()
        for p in [proc, *extra]:
            if p is not None:
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()
        cleanup()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--orders", type=int, default=1000)
    p.add_argument("--lines", type=int, default=20)
    p.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    p.add_argument("--workers", type=int, default=0, help="worker threads per process")
    p.add_argument("--worker-procs", type=int, default=0, help="extra `gateway worker` processes")
    p.add_argument(
        "--serve-workers",
        type=int,
        default=0,
        help="worker threads left in `gateway serve` when --worker-procs is given",
    )
    p.add_argument(
        "--in-process",
        action="store_true",
        help="workers inside `gateway serve` (ignore [workers] processes)",
    )
    p.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    p.add_argument("--timeout", type=float, default=600)
    print(run(p.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
