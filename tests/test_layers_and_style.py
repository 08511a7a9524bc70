"""House rules checked on every run: layer boundaries (ARCHITECTURE.md) and ruff."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "gateway"

# folder -> module prefixes it must never import
FORBIDDEN = {
    "oms": ("twisted", "gateway.protocols", "gateway.translators", "gateway.flows"),
    "translators": ("twisted", "sqlalchemy", "gateway.oms", "gateway.store", "gateway.protocols"),
    "store": ("twisted", "gateway.protocols"),
    "protocols": ("gateway.oms",),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_import_only_what_they_may(layer):
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        if "bindings" in path.parts or "migrations" in path.parts:
            continue
        for line, name in _imports(path):
            if name.startswith(FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert bad == []


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
    reason="ruff is not installed (it is in the test extra)",
)
@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff(args):
    ruff = Path(sys.executable).parent / "ruff"
    cmd = [str(ruff) if ruff.exists() else "ruff", *args, "gateway", "tests", "bench", "scripts"]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
