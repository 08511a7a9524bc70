"""Build small synthetic X12 interchanges for the X12 tests (our own data, any delimiters)."""

from __future__ import annotations


def po850_body(po: str, lines: int = 2) -> list[str]:
    body = [
        f"BEG*00*SA*{po}**20261122",
        "CUR*BY*USD",
        "REF*DP*038",
        "N1*ST*ACME Store 118*92*0118",
        "N3*100 Main Street",
        "N4*Springfield*IL*62701*US",
    ]
    for i in range(1, lines + 1):
        body.append(f"PO1*{i}*{i * 2}*EA*{i}.25**UP*0123456789{i % 100:02d}*VN*SKU-{i}")
        body.append(f"PID*F****Item {i}")
    body.append(f"CTT*{lines}")
    return body


def interchange(
    sets: list[tuple[str, str, list[str]]],
    *,
    functional_id: str = "PO",
    isa_control: int = 1,
    gs_control: int = 1,
    version: str = "004010",
    sender: str = "ACMERETAIL",
    receiver: str = "DEMODIST",
    usage: str = "P",
    ack: str = "0",
    element: str = "*",
    component: str = ">",
    segment: str = "~",
    suffix: str = "\n",
    repetition: str = "^",
) -> bytes:
    """ISA/GS/ST..SE/GE/IEA around `sets` of (set id, control, body segments written with *)."""
    isa_ver = "00401" if version.startswith("004") else "00501"
    rep = "U" if version.startswith("004") else repetition
    segs = [
        f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*261122*1200*{rep}*"
        f"{isa_ver}*{isa_control:09d}*{ack}*{usage}*{component}",
        f"GS*{functional_id}*{sender}*{receiver}*20261122*1200*{gs_control}*X*{version}",
    ]
    for set_id, control, body in sets:
        segs += [f"ST*{set_id}*{control}", *body, f"SE*{len(body) + 2}*{control}"]
    segs += [f"GE*{len(sets)}*{gs_control}", f"IEA*1*{isa_control:09d}"]
    text = (
        (segment + suffix).join(
            s.replace("*", element).replace(">", component)
            if not s.startswith("ISA")
            else s.replace("*", element)[:-1] + component
            for s in segs
        )
        + segment
        + suffix
    )
    return text.encode("latin-1")


def make_850(po: str = "4242", *, lines: int = 2, **kw: object) -> bytes:
    return interchange([("850", "0001", po850_body(po, lines))], **kw)  # type: ignore[arg-type]
