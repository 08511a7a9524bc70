"""Fuzz the X12 engine: random bytes, truncations and mutations of valid interchanges go
through reading, validation, translation and acknowledgement rendering; anything but a
result or an InputError/EnvelopeError is a crash.

    python bench/fuzz_x12.py [--inputs 1000000] [--seed 1]

Ends with: RESULT inputs=... crashes=... seconds=...
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway.errors import InputError
from gateway.translators.x12.ack import ack_997_body, ack_999_body, ta1_segment
from gateway.translators.x12.inbound import read_x12


def seeds() -> list[bytes]:
    """Valid interchanges of several shapes (our synthetic data) to mutate."""
    base = (
        "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*DEMODIST       *261122*"
        "1200*U*00401*000000001*0*P*>~\nGS*PO*ACMERETAIL*DEMODIST*20261122*1200*1*X*004010~\n"
        "ST*850*0001~\nBEG*00*SA*PO-1**20261122~\nCUR*BY*USD~\nREF*DP*038~\n"
        "DTM*002*20261201~\nN1*ST*Store*92*0118~\nN3*1 Main St~\nN4*Town*IL*62701*US~\n"
        "PO1*1*2*EA*1.25**UP*012345678905*VN*SKU-1~\nPID*F****Item one~\n"
        "PO1*2*4*CA*3**UP*012345678912~\nCTT*2~\nSE*14*0001~\nGE*1*1~\nIEA*1*000000001~\n"
    )
    fa = (
        "ISA|00|          |00|          |ZZ|ACMERETAIL     |ZZ|DEMODIST       |261122|1200|^"
        "|00501|000000002|1|T|:\x1cGS|FA|A|B|20261122|1200|2|X|005010X231A1\x1cST|999|0001\x1c"
        "AK1|PO|1|005010\x1cAK2|850|0001\x1cIK3|BEG|2||8\x1cIK4|5|373|8|2026\x1cIK5|R|5\x1c"
        "AK9|R|1|1|0\x1cSE|8|0001\x1cGE|1|2\x1cIEA|1|000000002\x1c"
    )
    ship = (
        "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*DEMODIST       *261122*1200*U"
        "*00401*000000003*0*P*>~GS*SH*A*B*20261122*1200*3*X*004010~ST*856*0001~"
        "BSN*00*S1*20261122*1200*0001~HL*1**S~TD5**2*UPSN~REF*CN*1Z9~HL*2*1*O~PRF*PO-1~"
        "HL*3*2*P~MAN*GM*00012345678901234567~HL*4*3*I~LIN*1*UP*012345678905~SN1*1*4*EA~"
        "CTT*4~SE*15*0001~GE*1*3~IEA*1*000000003~"
    )
    return [base.encode(), fa.encode("latin-1"), ship.encode(), base.encode() + ship.encode()]


def run_one(data: bytes) -> None:
    """The whole engine on one input; raises only on a crash."""
    try:
        outcomes = read_x12(data, partner_id="fuzz")
    except InputError:
        return
    for oc in outcomes:
        if oc.ta1_code:
            ta1_segment(oc.interchange, oc.ta1_code)
        for go in oc.groups:
            ack_997_body(go.ack)
            ack_999_body(go.ack)


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randrange(len(b) + 1)
        if op < 0.3 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op < 0.5:
            b[pos:pos] = bytes([rng.choice(b"*~>^|:\x1c\r\n 0123456789ASE")])
        elif op < 0.7 and b:
            del b[pos : pos + rng.randint(1, 8)]
        elif op < 0.85:
            b = b[:pos]
        else:
            src = rng.randrange(len(b) + 1)
            b[pos:pos] = b[src : src + rng.randint(1, 40)]
    return bytes(b)


def inputs(rng: random.Random, n: int):  # type: ignore[no-untyped-def]
    pool = seeds()
    for i in range(n):
        kind = i % 10
        if kind == 0:
            size = rng.randint(0, 300)
            prefix = b"ISA" if rng.random() < 0.5 else b""
            yield prefix + rng.randbytes(size)
        elif kind == 1:
            s = rng.choice(pool)
            yield s[: rng.randrange(len(s) + 1)]
        else:
            yield mutate(rng, rng.choice(pool))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    crashes = 0
    slowest = 0.0
    t0 = time.perf_counter()
    for i, data in enumerate(inputs(rng, args.inputs), start=1):
        t = time.perf_counter()
        try:
            run_one(data)
        except Exception:
            crashes += 1
            if crashes <= 5:
                print(f"crash on input {i}: {data[:200]!r}\n{traceback.format_exc()}")
        slowest = max(slowest, time.perf_counter() - t)
        if i % 100_000 == 0:
            print(f"{i} inputs, {crashes} crashes, {time.perf_counter() - t0:.0f}s", flush=True)
    took = time.perf_counter() - t0
    print(
        f"RESULT inputs={args.inputs} crashes={crashes} seconds={took:.0f}"
        f" slowest_ms={slowest * 1000:.1f}"
    )


if __name__ == "__main__":
    main()
