"""AS2 intake benchmark: 10 concurrent senders over loopback against `gateway serve`.

Each sender posts signed (SHA-256) and AES-256 encrypted messages that ask for a signed
synchronous MDN, and times request -> MDN. The plain HTTP intake (POST /api/v1/inbound)
is measured in the same run with the same payloads for comparison. Workers are off
(`--workers 0`) and RSA work runs in one crypto process (`--crypto-processes`, the
`[as2] crypto_processes` setting): this measures the receiving path (store raw,
decrypt, verify, store the payload, sign the MDN), not the EDI pipeline behind it.
Messages are built before the clock starts; every MDN is verified (signature,
disposition, MIC) after it stops.
The gateway's own CPU time per message is reported too (from /proc), because on a
shared machine wall-clock rates depend on what else runs (`load_avg` is printed).

    python bench/as2.py [--senders 10] [--small 1500] [--large 40]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.as2 import certs, mdn, message, mime  # noqa: E402
from gateway.profiles import hash_token  # noqa: E402

TOKEN = "bench-token-" + uuid.uuid4().hex
CRYPTO_PROCESSES = 1


def start_gateway(tmp: Path, station: certs.KeyPair, partner: certs.KeyPair):
    data = tmp / "var"
    store = certs.CertStore(data / "as2")
    store.add_station(station)
    (tmp / "partners").mkdir()
    (tmp / "bench.pem").write_bytes(certs.pem_of(partner))
    (tmp / "partners" / "bench.toml").write_text(
        'id = "bench"\nrole = "customer"\ncustomer = "ACME"\n\n'
        f'[http]\ntoken_sha256 = ["{hash_token(TOKEN)}"]\n\n'
        f'[as2]\nname = "BENCH"\ncerts = ["{tmp / "bench.pem"}"]\n'
    )
    env = dict(
        os.environ,
        GATEWAY_DATA_DIR=str(data),
        GATEWAY__HTTP__PORT="0",
        GATEWAY__GATEWAY__PARTNERS_DIR=str(tmp / "partners"),
        GATEWAY__GATEWAY__LOG_LEVEL="warning",
        GATEWAY__LIMITS__MAX_MESSAGE_BYTES=str(8 << 20),
        GATEWAY__AS2__CRYPTO_PROCESSES=str(CRYPTO_PROCESSES),
    )
    env.pop("GATEWAY_DATABASE_URL", None)
    ready = tmp / "ready.json"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gateway.cli",
            "--config",
            str(ROOT / "config" / "gateway.toml"),
            "serve",
            "--workers",
            "0",
            "--ready-file",
            str(ready),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "gateway.log", "wb"),
    )
    deadline = time.monotonic() + 60
    while not ready.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"gateway did not start: {(tmp / 'gateway.log').read_text()}")
        time.sleep(0.1)
    time.sleep(0.2)
    return proc, json.loads(ready.read_text())["http"]


def build_as2(n: int, payload: bytes, station: certs.KeyPair, partner: certs.KeyPair):
    out = []
    opts = message.SendOptions(digest="sha256", cipher="aes256_cbc")
    for i in range(n):
        built = message.wrap(
            payload,
            content_type="application/edi-x12",
            filename=f"{i}.edi",
            options=opts,
            signer=partner,
            recipient=station.cert,
        )
        mid = f"{uuid.uuid4().hex}@BENCH"
        headers = [
            ("AS2-Version", "1.2"),
            ("AS2-From", "BENCH"),
            ("AS2-To", "DEMODIST"),
            ("Message-ID", f"<{mid}>"),
            ("Subject", "bench"),
            ("Disposition-Notification-To", "bench@example.com"),
            (
                "Disposition-Notification-Options",
                "signed-receipt-protocol=optional, pkcs7-signature; "
                "signed-receipt-micalg=optional, sha256",
            ),
            *built.headers,
        ]
        out.append(("/as2", headers, built.body, (mid, built.mic)))
    return out


def build_http(n: int, payload: bytes):
    headers = [("Authorization", f"Bearer {TOKEN}"), ("Content-Type", "application/edi-x12")]
    return [("/api/v1/inbound", headers, payload, None) for _ in range(n)]


def run(port: int, requests, senders: int):
    """POST every request from `senders` threads (keep-alive); (elapsed, latencies, replies)."""
    lock = threading.Lock()
    queue = list(enumerate(requests))
    latencies: list[float] = []
    replies: list = [None] * len(requests)

    def sender():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if not queue:
                    break
                i, (path, headers, body, _) = queue.pop()
            t0 = time.perf_counter()
            conn.request("POST", path, body=body, headers=dict(headers))
            resp = conn.getresponse()
            rbody = resp.read()
            dt = time.perf_counter() - t0
            with lock:
                latencies.append(dt)
            replies[i] = (resp.status, resp.getheaders(), rbody)
        conn.close()

    threads = [threading.Thread(target=sender) for _ in range(senders)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, latencies, replies


def check_mdns(requests, replies, station: certs.KeyPair) -> int:
    good = 0
    for (_p, _h, _b, (mid, mic)), (status, headers, body) in zip(requests, replies, strict=True):
        if status != 200:
            continue
        receipt = mdn.parse(mime.Entity(tuple(headers), body, b""), certs=lambda: [station.cert])
        if (
            receipt.ok
            and receipt.signed
            and receipt.mic == mic
            and receipt.original_message_id == mid
        ):
            good += 1
    return good


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of the gateway and its live child processes."""
    pids = {pid}
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        pids |= {int(c) for c in children.read_text().split()}
    total = 0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def measure(port, label, requests, senders, pid):
    cpu0 = cpu_seconds(pid)
    elapsed, lat, replies = run(port, requests, senders)
    cpu_ms = (cpu_seconds(pid) - cpu0) / len(requests) * 1000
    rate = len(requests) / elapsed
    print(
        f"{label:16} n={len(requests):5} {rate:8.1f} msgs/s  p50={pct(lat, 50):7.1f} ms"
        f"  p99={pct(lat, 99):7.1f} ms  mean={statistics.mean(lat) * 1000:7.1f} ms"
        f"  gateway cpu={cpu_ms:6.2f} ms/msg"
    )
    return rate, pct(lat, 50), pct(lat, 99), replies, cpu_ms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--senders", type=int, default=10)
    ap.add_argument("--small", type=int, default=1500, help="number of 1 KB messages")
    ap.add_argument("--large", type=int, default=40, help="number of 1 MB messages")
    ap.add_argument(
        "--crypto-processes",
        type=int,
        default=1,
        help="[as2] crypto_processes of the gateway (0: RSA in its threads)",
    )
    args = ap.parse_args()
    global CRYPTO_PROCESSES
    CRYPTO_PROCESSES = args.crypto_processes
    station, partner = certs.generate("DEMODIST"), certs.generate("BENCH")
    small = (b"ISA*00*" + b"X" * 1000 + b"~\n")[:1024]
    large = (b"ISA*00*" + b"Y" * 80 + b"~\n") * ((1 << 20) // 90 + 1)
    large = large[: 1 << 20]
    with tempfile.TemporaryDirectory() as tmpdir:
        proc, port = start_gateway(Path(tmpdir), station, partner)
        try:
            print(f"building {args.small} + {args.large} signed+encrypted messages ...", flush=True)
            as2_small = build_as2(args.small, small, station, partner)
            as2_large = build_as2(args.large, large, station, partner)
            measure(port, "warm-up", build_as2(50, small, station, partner), args.senders, proc.pid)
            h1 = measure(port, "http 1KB", build_http(args.small, small), args.senders, proc.pid)
            a1 = measure(port, "as2 1KB", as2_small, args.senders, proc.pid)
            h2 = measure(port, "http 1MB", build_http(args.large, large), args.senders, proc.pid)
            a2 = measure(port, "as2 1MB", as2_large, args.senders, proc.pid)
            ok1 = check_mdns(as2_small, a1[3], station)
            ok2 = check_mdns(as2_large, a2[3], station)
            print(
                f"verified signed MDNs with matching MIC: 1KB {ok1}/{len(as2_small)},"
                f" 1MB {ok2}/{len(as2_large)}"
            )
        finally:
            proc.terminate()
            proc.wait(30)
    if ok1 != len(as2_small) or ok2 != len(as2_large):
        raise SystemExit("some MDNs were missing or wrong")
    print(
        f"RESULT msgs_s={a1[0]:.1f} p50_ms={a1[1]:.1f} p99_ms={a1[2]:.1f}"
        f" ratio_vs_plain_http={a1[0] / h1[0]:.2f}"
        f" msgs_s_1mb={a2[0]:.1f} p50_ms_1mb={a2[1]:.1f} p99_ms_1mb={a2[2]:.1f}"
        f" ratio_vs_plain_http_1mb={a2[0] / h2[0]:.2f} plain_http_msgs_s={h1[0]:.1f}"
        f" gateway_cpu_ms_per_msg={a1[4]:.2f} plain_http_cpu_ms_per_msg={h1[4]:.2f}"
        f" load_avg={os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
