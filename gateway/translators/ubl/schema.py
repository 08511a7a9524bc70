"""Validate UBL documents against the OASIS UBL 2.1 XSDs with lxml (a check independent of
the pyxb bindings). The XSDs are not part of the repository: they are read from
$GATEWAY_UBL_SCHEMAS, by default `../shared/schemas/ubl-2.1` beside the repository
(its `maindoc/` and `common/` folders). Without them `available()` is False and the
bindings' own validation is the only schema check.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path

from lxml import etree

__all__ = ["available", "schema_dir", "validate"]

_ROOT = Path(__file__).resolve().parents[3]
_LOCK = threading.Lock()


def schema_dir() -> Path:
    env = os.environ.get("GATEWAY_UBL_SCHEMAS")
    return Path(env) if env else _ROOT.parent / "shared" / "schemas" / "ubl-2.1"


def _xsd_path(root_name: str) -> Path:
    return schema_dir() / "maindoc" / f"UBL-{root_name}-2.1.xsd"


def available(root_name: str = "Order") -> bool:
    return _xsd_path(root_name).is_file()


@cache
def _schema(path: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(path), parser=parser))


def validate(doc: etree._Element | bytes, root_name: str) -> list[str]:
    """Problems of `doc` against UBL-<root_name>-2.1.xsd as `line N: message` (empty: valid).

    Raises FileNotFoundError when the XSDs are not installed.
    """
    path = _xsd_path(root_name)
    if not path.is_file():
        raise FileNotFoundError(f"UBL schema {path} not found (set GATEWAY_UBL_SCHEMAS)")
    if isinstance(doc, bytes):
        doc = etree.fromstring(doc, etree.XMLParser(resolve_entities=False, no_network=True))
    with _LOCK:
        schema = _schema(path)
        ok = schema.validate(doc)
        log = schema.error_log
    return [] if ok else [f"line {e.line}: {e.message}" for e in log]
