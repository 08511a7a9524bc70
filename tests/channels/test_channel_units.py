"""Pure parts of the channels: completeness checks, mail splitting, canonical JSON, profiles,
the migration of the manual-entry tables, and `gateway init` output."""

import io
import zipfile
from email.message import EmailMessage

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import gateway.oms.models
import gateway.store.manual
import gateway.store.models  # noqa: F401
from gateway.canonical import Shipment
from gateway.cli import main
from gateway.errors import ConfigError, InputError
from gateway.store.base import Base
from gateway.translators.canonical_json import dumps, loads
from gateway.translators.completeness import incomplete_reason
from gateway.translators.mail import MailLimits, split_mail
from tests.channels.helpers import X12_850

EDIFACT = b"UNA:+.? 'UNB+UNOC:3+A+B+261122:1200+1'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+1+1'"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (X12_850, None),
        (X12_850 + b"\r\n", None),
        (X12_850[:-20], "IEA trailer"),
        (EDIFACT, None),
        (EDIFACT[:-8], "UNZ trailer"),
        (b"<?xml version='1.0'?><Order><Id>1</Id></Order>", None),
        (b"<?xml version='1.0'?><Order><Id>1</Id>", "not well-formed"),
        (b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>", None),
        (b"a,b,c\n1,2,3\n", None),
        (b"  \n", "empty"),
    ],
)
def test_incomplete_reason(data, problem):
    got = incomplete_reason(data)
    assert (got is None) if problem is None else (problem in got)


def test_zip_attachments_are_expanded_within_limits():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a/po1.edi", X12_850)
        z.writestr("po2.csv", b"po,item,qty\n1,A,2\n")
        z.writestr("readme.doc", b"ignored")
    m = EmailMessage()
    m["From"] = "x@y"
    m.set_content("see zip")
    m.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="o.zip")
    parts = split_mail(m.as_bytes())
    assert [(p.filename, p.data[:3]) for p in parts.documents] == [
        ("po1.edi", b"ISA"),
        ("po2.csv", b"po,"),
    ]
    with pytest.raises(InputError, match="files in the ZIP"):
        split_mail(m.as_bytes(), MailLimits(max_zip_members=2))


def test_order_in_the_body_and_nesting_limit():
    m = EmailMessage()
    m["From"] = "x@y"
    m.set_content(X12_850.decode())
    [doc] = split_mail(m.as_bytes()).documents
    assert doc.filename == "body.txt" and doc.data.startswith(b"ISA")
    inner = m
    for _ in range(12):
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(inner)
        inner = outer
    with pytest.raises(InputError, match="nested deeper"):
        split_mail(inner.as_bytes())


def test_canonical_json_round_trip_and_errors():
    s = loads(
        Shipment,
        b'{"shipment_id": "S1", "ship_date": "2026-11-22", "po_numbers": ["P"],'
        b' "tracking_numbers": ["T1"]}',
        partner_id="x",
    )
    assert s.partner_id == "x" and loads(Shipment, dumps(s)) == s
    with pytest.raises(InputError, match=r"\.weight: 'heavy' is not a number"):
        loads(
            Shipment,
            b'{"shipment_id": "S", "ship_date": null, "po_numbers": [], "weight": "heavy"}',
            partner_id="x",
        )
    with pytest.raises(InputError, match="unknown field"):
        loads(Shipment, b'{"shipmentid": "S"}', partner_id="x")


def test_bad_public_key_in_a_profile_is_refused_at_start(chan_config, partners_dir):
    from gateway.app import build_runtime

    (partners_dir / "broken.toml").write_text(
        'id = "broken"\nrole = "vendor"\n[sftp]\nuser = "broken"\n'
        'public_keys = ["ssh-ed25519 not-base64"]\n'
    )
    with pytest.raises(ConfigError) as info:
        build_runtime(chan_config)
    assert info.value.key == "sftp.public_keys[0]" and "broken.toml" in info.value.file


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_gateway_init_prints_the_host_key_fingerprint(chan_config, capsys):
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "sftp host key fingerprint: SHA256:" in out
    assert "smtp STARTTLS certificate created" in out
