"""The committed UBL bindings are what scripts/gen_ubl_bindings.py makes from the XSDs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "gateway" / "translators" / "ubl" / "bindings"
# what identifies the generated API: classes and element declarations (generation stamps,
# UUIDs and the order of import lines vary from run to run)
API = re.compile(r"^(class \w+\(|\w+\._AddElement\(|\w+ = pyxb\.binding\.basis\.element\()", re.M)


def _api(folder: Path) -> dict[str, list[str]]:
    """Generated lines per module; pyxb names its two helper modules `_binding` and
    `_binding_` in either order, so those two count as one."""
    out: dict[str, list[str]] = {}
    for p in sorted(folder.glob("*.py")):
        key = "_binding*" if p.name.startswith("_binding") else p.name
        out.setdefault(key, []).extend(
            line for line in p.read_text().splitlines() if API.match(line)
        )
    return {k: sorted(v) for k, v in out.items()}


@pytest.mark.slow
def test_regenerating_reproduces_the_committed_bindings(ubl_schemas, tmp_path):
    out = tmp_path / "bindings"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "gen_ubl_bindings.py"),
            str(ubl_schemas),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "/work" not in (out / "order.py").read_text()  # no builder paths
    assert _api(out) == _api(COMMITTED)
