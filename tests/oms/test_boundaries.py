"""The OMS is plain domain code: it never imports Twisted, protocols, translators or the
pipeline, and it never commits (the caller owns the transaction)."""

from __future__ import annotations

import ast

from oms_helpers import ROOT

FORBIDDEN = (
    "twisted",
    "gateway.protocols",
    "gateway.translators",
    "gateway.pipeline",
    "gateway.flows",
    "gateway.app",
)


def test_oms_imports_and_commits():
    for path in sorted((ROOT / "gateway" / "oms").glob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
            if isinstance(node, ast.Attribute) and node.attr in ("commit", "rollback", "close"):
                raise AssertionError(f"{path.name}:{node.lineno} calls .{node.attr}()")
