"""Benchmark: EDIFACT parse + validate + translate throughput on a synthetic ORDERS interchange.

Side by side in one run, on the same bytes:
  split     the physical limit: bytes.split on segment, element and component separators
  ours      gateway tokenizer + envelopes + D96A validation + ORDERS -> canonical Order,
            streamed from the file in 64 KB chunks
  pydifact  pydifact's Interchange.from_str over the whole decoded text (segments only)
Memory: tracemalloc peak of our streaming read at 1x and 4x the message count.

    python bench/edifact.py [messages]        # default 1000
Ends with: RESULT mb_s=... msgs_s=... ratio_vs_split=... ratio_vs_pydifact=...
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.translators.edifact.envelope import EnvelopeReader  # noqa: E402
from gateway.translators.edifact.inbound import iter_edifact  # noqa: E402

CHUNK = 1 << 16


def synthetic(messages: int, lines: int = 8) -> bytes:
    """One UNB with `messages` EANCOM-style D96A ORDERS of `lines` line items each."""
    out = ["UNA:+.? '", "UNB+UNOC:3+5412345000013:14+DEMODIST:ZZZ+240301:1200+4711++++1'"]
    for m in range(1, messages + 1):
        body = [
            f"BGM+220+PO{m:08d}+9",
            "DTM+137:20240301:102",
            "DTM+2:20240315:102",
            "FTX+AAI+++Please deliver to the rear entrance?: ring twice",
            "RFF+CT:CONTRACT-2024-001",
            "NAD+BY+5412345000013::9++EuroFresh Retail GmbH+Hauptstrasse 1+Koeln++50667+DE",
            "NAD+SU+4012345500004::9++Demo Distribution Inc+1 Industrial Way+Springfield++01101+US",
            "NAD+DP+5412345123453::9++EuroFresh Lager Sued+Ring 9+Ulm++89073+DE",
            "CUX+2:EUR:9",
        ]
        for n in range(1, lines + 1):
            body += [
                f"LIN+{n}++40008621{n:05d}:SRV",
                f"PIA+1+ART-{m}-{n}:IN",
                "IMD+F++:::Organic apple juice 1l glass bottle:case of 6",
                f"QTY+21:{n * 6}:PCE",
                f"PRI+AAA:{n}.95",
                "DTM+2:20240315:102",
            ]
        body += ["UNS+S", f"CNT+2:{lines}"]
        out.append(f"UNH+{m}+ORDERS:D:96A:UN:EAN008'")
        out += [s + "'" for s in body]
        out.append(f"UNT+{len(body) + 2}+{m}'")
    out.append(f"UNZ+{messages}+4711'")
    return "\n".join(out).encode("latin-1")


def chunks(path: Path):
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            yield block


def run_split(data: bytes) -> int:
    n = 0
    for seg in data.split(b"'"):
        n += len([e.split(b":") for e in seg.split(b"+")])
    return n


def run_ours(path: Path) -> tuple[int, int]:
    messages = lines = 0
    reader = EnvelopeReader(chunks(path))
    for outcome, _ic, _group in iter_edifact(reader, partner_id="bench", keep_accepted=False):
        if outcome.errors or outcome.document is None:
            raise SystemExit(f"message {outcome.ref} failed: {outcome.errors[:2]}")
        messages += 1
        lines += len(outcome.document.lines)
    if any(ic.errors for ic in reader.interchanges):
        raise SystemExit(f"interchange errors: {reader.interchanges[0].errors}")
    return messages, lines


def run_pydifact(data: bytes) -> int:
    from pydifact.segmentcollection import Interchange

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return len(Interchange.from_str(data.decode("latin-1")).segments)


def interleaved(rounds: int, *runs) -> list[tuple[float, object]]:
    """Best CPU time of each (fn, *args), measured in turns so machine load hits all alike."""
    best: list[float] = [float("inf")] * len(runs)
    results: list[object] = [None] * len(runs)
    for _ in range(rounds):
        for i, (fn, *args) in enumerate(runs):
            t0 = time.process_time()  # CPU time: other processes on the machine don't count
            results[i] = fn(*args)
            best[i] = min(best[i], time.process_time() - t0)
    return list(zip(best, results, strict=True))


def peak_memory(path: Path) -> int:
    tracemalloc.start()
    run_ours(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    data = synthetic(count)
    mb = len(data) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "orders.edi"
        path.write_bytes(data)
        big = Path(tmp) / "orders4.edi"
        big.write_bytes(synthetic(count * 4))
        (t_split, _), (t_ours, counted) = interleaved(5, (run_split, data), (run_ours, path))
        ((t_py, _),) = interleaved(1, (run_pydifact, data))
        messages, lines = counted
        peak1, peak4 = peak_memory(path), peak_memory(big)
    assert messages == count and lines == count * 8
    mb_s = mb / t_ours
    print(f"payload      {mb:.2f} MB, {count} ORDERS, {lines} lines")
    print(f"split        {mb / t_split:8.1f} MB/s")
    print(f"ours         {mb_s:8.1f} MB/s  {count / t_ours:9.0f} msgs/s (parse+validate+translate)")
    print(f"pydifact     {mb / t_py:8.1f} MB/s  (segments only, whole text in memory)")
    print(
        f"memory peak  {peak1 / 1e6:.2f} MB at {count} msgs, {peak4 / 1e6:.2f} MB at {count * 4}"
        f" msgs (payload {mb:.1f} / {mb * 4:.1f} MB)"
    )
    print(
        f"RESULT mb_s={mb_s:.2f} msgs_s={count / t_ours:.0f} ratio_vs_split={t_split / t_ours:.3f}"
        f" ratio_vs_pydifact={t_py / t_ours:.1f}"
    )


if __name__ == "__main__":
    main()
