"""The [ubl], [cxml] and [csv] profile sections: the demo partners load, and a bad section is
refused naming the file, the key and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

import gateway.features.xmlcsv  # noqa: F401 (registers the sections)
from gateway.profiles import check_partner_files, load_partners

PARTNERS = Path(__file__).resolve().parents[2] / "partners"


def test_demo_partners_load():
    d = load_partners(PARTNERS)
    assert d.get("peppol-buyer").section("ubl").endpoint_ids == ["0192:987654325"]
    assert d.get("cxml-buyer").section("cxml").identities == ["NetworkId:AN01000000001"]
    assert d.get("webshop-csv").section("csv").columns["quantity"] == "Menge"


@pytest.mark.parametrize(
    ("partner", "old", "new", "key", "problem"),
    [
        (
            "cxml-buyer",
            "7dd35f8145f08a17cb61561c71ec2bd54605b6a2c037f1c920e174f58eac2a07",
            "coyote",
            "cxml.shared_secret_sha256",
            "sha256 hex digest",
        ),
        (
            "cxml-buyer",
            '"NetworkId:AN01000000001"',
            '"AN01000000001"',
            "cxml.identities",
            "domain:identity",
        ),
        (
            "cxml-buyer",
            'deployment_mode = "any"',
            'deployment_mode = "staging"',
            "cxml.deployment_mode",
            "is not one of",
        ),
        ("peppol-buyer", 'ack = "on_error"', 'ack = "sometimes"', "ubl.ack", "is not one of"),
        (
            "peppol-buyer",
            'endpoint_ids = ["0192:987654325"]',
            "",
            "ubl.endpoint_ids",
            "missing required key",
        ),
        ("webshop-csv", 'quantity = "Menge"', 'qty = "Menge"', "csv.columns.qty", "unknown field"),
        ("webshop-csv", 'delimiter = ";"', 'delimiter = ";;"', "csv.delimiter", "one character"),
        (
            "webshop-csv",
            'encoding = "utf-8-sig"',
            'encoding = "utf-9"',
            "csv.encoding",
            "unknown encoding",
        ),
    ],
)
def test_bad_sections_name_file_and_key(tmp_path, partner, old, new, key, problem):
    text = (PARTNERS / f"{partner}.toml").read_text()
    assert old in text
    (tmp_path / f"{partner}.toml").write_text(text.replace(old, new))
    (err,) = check_partner_files(tmp_path)
    assert (err.file, err.key) == (str(tmp_path / f"{partner}.toml"), key)
    assert problem in err.problem
