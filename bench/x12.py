"""X12 throughput: our reader + validator + 850 translation against a bare bytes.split
tokenizer (the physical limit) and pyx12's X12Reader, on synthetic 850 interchanges.

    python bench/x12.py              # 1,000 x 20 and 20,000 x 20 lines
    python bench/x12.py --gigabyte   # stream a generated 1 GB interchange, report peak RSS

Throughput is per CPU second of this process (time.process_time), so that other work on
the machine does not distort the comparison. Ends with one line: RESULT key=value ...
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway.canonical import Order
from gateway.translators.x12.inbound import iter_sets

ISA = (
    "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*DEMODIST       *261122*1200*U*"
    "00401*000000001*0*P*>~\n"
)


def order_text(n: int, lines: int) -> str:
    """One 850 (ST..SE) of `lines` lines, realistic segments, our own synthetic data."""
    body = [
        f"BEG*00*SA*PO{n:08d}**20261122",
        "CUR*BY*USD",
        "REF*DP*038",
        "DTM*002*20261201",
        "N1*ST*ACME Store 118*92*0118",
        "N3*100 Main Street",
        "N4*Springfield*IL*62701*US",
    ]
    for i in range(1, lines + 1):
        body.append(f"PO1*{i}*{i * 2}*EA*{i}.25**UP*0123456789{i % 100:02d}*VN*SKU-{n}-{i}")
        body.append(f"PID*F****Widget model {i} blue steel")
    body.append(f"CTT*{lines}")
    segs = [f"ST*850*{n:04d}", *body, f"SE*{len(body) + 2}*{n:04d}"]
    return "~\n".join(segs) + "~\n"


def chunks(orders: int, lines: int) -> Iterator[bytes]:
    yield (ISA + "GS*PO*ACMERETAIL*DEMODIST*20261122*1200*1*X*004010~\n").encode()
    for n in range(1, orders + 1):
        yield order_text(n, lines).encode()
    yield f"GE*{orders}*1~\nIEA*1*000000001~\n".encode()


def ours(data: bytes | io.BufferedReader) -> tuple[int, int]:
    sets = lines = 0
    for so in iter_sets(data, partner_id="bench"):
        if so.errors or not isinstance(so.document, Order):
            raise SystemExit(f"set {so.control} failed: {so.errors[:3]}")
        sets += 1
        lines += len(so.document.lines)
    return sets, lines


def bare_split(data: bytes) -> int:
    n = 0
    for seg in data.split(b"~"):
        n += len(seg.split(b"*"))
    return n


def pyx12_reader(data: bytes) -> int:
    import pyx12.x12file

    n = 0
    for _seg in pyx12.x12file.X12Reader(io.StringIO(data.decode("ascii"))):
        n += 1
    return n


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """Best CPU time of `repeat` runs (CPU, not wall: other processes share the machine)."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def throughput(orders: int, lines: int, repeat: int) -> dict[str, float]:
    data = b"".join(chunks(orders, lines))
    mb = len(data) / 1e6
    t_ours = best(lambda: ours(data), repeat)
    t_split = best(lambda: bare_split(data), repeat)
    t_pyx12 = best(lambda: pyx12_reader(data), 1)
    r = {
        "mb": mb,
        "ours": mb / t_ours,
        "split": mb / t_split,
        "pyx12": mb / t_pyx12,
        "sets_s": orders / t_ours,
    }
    print(
        f"{orders} x {lines}: {mb:.1f} MB  ours {r['ours']:.1f} MB/s ({r['sets_s']:.0f}"
        f" sets/s)  bytes.split {r['split']:.1f} MB/s  pyx12 {r['pyx12']:.1f} MB/s"
    )
    return r


def gigabyte() -> None:
    orders = 1_000_000_000 // len(order_text(1, 20).encode()) + 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.x12"
        with path.open("wb") as f:
            for c in chunks(orders, 20):
                f.write(c)
        size = path.stat().st_size
        t = time.process_time()
        with path.open("rb") as f:
            sets, lines = ours(f)
        took = time.process_time() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"RESULT bytes={size} sets={sets} lines={lines} seconds={took:.1f}"
        f" mb_s={size / 1e6 / took:.1f} peak_rss_mb={rss:.0f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gigabyte", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.gigabyte:
        gigabyte()
        return
    throughput(1_000, 20, args.repeat)
    big = throughput(20_000, 20, args.repeat)
    print(
        f"RESULT mb_s={big['ours']:.1f} sets_s={big['sets_s']:.0f}"
        f" ratio_vs_split={big['ours'] / big['split']:.3f}"
        f" ratio_vs_pyx12={big['ours'] / big['pyx12']:.2f}"
    )


if __name__ == "__main__":
    main()
