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


def make_856(
    shipment_id: str,
    po_number: str,
    items: list[tuple[str, str, str, str]],
    *,
    sender: str = "WIDGETCO",
    receiver: str = "DEMODIST",
    isa_control: int = 1,
    carrier: str = "UPSN",
    tracking: str = "1Z999AA10123456784",
) -> bytes:
    """A vendor's ship notice: one order level, items as (LIN01, vendor part, quantity, unit)."""
    body = [
        f"BSN*00*{shipment_id}*20261122*1200",
        "HL*1**S",
        "TD1*CTN25*2****G*24*LB",
        f"TD5*B*2*{carrier}*M*GROUND",
        f"REF*CN*{tracking}",
        "DTM*011*20261122",
        "HL*2*1*O",
        f"PRF*{po_number}",
    ]
    for n, (line_no, part, qty, unit) in enumerate(items, start=3):
        body += [f"HL*{n}*2*I", f"LIN*{line_no}*VN*{part}", f"SN1*{line_no}*{qty}*{unit}"]
    body.append(f"CTT*{len(items)}")
    segs = [
        f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*261122*1200*U*00401*"
        f"{isa_control:09d}*0*P*>",
        f"GS*SH*{sender}*{receiver}*20261122*1200*{isa_control}*X*004010",
        "ST*856*0001",
        *body,
        f"SE*{len(body) + 2}*0001",
        f"GE*1*{isa_control}",
        f"IEA*1*{isa_control:09d}",
    ]
    return ("~\n".join(segs) + "~\n").encode()
