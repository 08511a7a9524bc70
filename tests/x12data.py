"""Build small X12 850 interchanges for tests and benchmarks (our own synthetic data)."""

from __future__ import annotations


def make_850(
    po: str,
    *,
    lines: int = 2,
    sender: str = "ACMERETAIL",
    receiver: str = "DEMODIST",
    isa_control: int = 1,
    gs_control: int = 1,
    usage: str = "P",
) -> bytes:
    body = [
        f"BEG*00*SA*{po}**20261122",
        "CUR*BY*USD",
        "N1*ST*ACME Store 118*92*0118",
        "N3*100 Main Street",
        "N4*Springfield*IL*62701*US",
    ]
    for i in range(1, lines + 1):
        body.append(f"PO1*{i}*{i * 2}*EA*{i}.25**UP*0123456789{i % 100:02d}*VN*SKU-{i}")
        body.append(f"PID*F****Item {i}")
    body.append(f"CTT*{lines}")
    segs = [
        f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*261122*1200*U*00401*"
        f"{isa_control:09d}*0*{usage}*>",
        f"GS*PO*{sender}*{receiver}*20261122*1200*{gs_control}*X*004010",
        "ST*850*0001",
        *body,
        f"SE*{len(body) + 2}*0001",
        f"GE*1*{gs_control}",
        f"IEA*1*{isa_control:09d}",
    ]
    return ("~\n".join(segs) + "~\n").encode()


def segments(data: bytes) -> list[list[str]]:
    return [s.strip().split("*") for s in data.decode().split("~") if s.strip()]
