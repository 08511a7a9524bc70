"""The `gateway` command line, the config loader and partner profile validation."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from gateway.config import load_config
from gateway.errors import ConfigError
from gateway.profiles import check_partner_files, hash_token, load_partners
from gateway.store import inbox
from gateway.store.db import Database
from gateway.store.models import Event, Message
from gateway.worker import WorkerPool
from tests.gwprocess import ROOT, gateway_env, run_cli
from tests.x12data import make_850


def test_defaults_work_without_a_config_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GATEWAY_CONFIG", raising=False)
    cfg = load_config()
    assert cfg.http.port == 8080 and cfg.http.host == "127.0.0.1"
    assert cfg.limits.max_message_bytes == 50 * 1024 * 1024
    assert cfg.database_url.startswith("sqlite:///")


def test_environment_overrides_and_bad_values(tmp_path, monkeypatch):
    path = tmp_path / "config" / "gateway.toml"
    path.parent.mkdir()
    path.write_text("[http]\nport = 9000\n")
    monkeypatch.setenv("GATEWAY__WORKERS__COUNT", "5")
    cfg = load_config(path)
    assert cfg.http.port == 9000 and cfg.workers.count == 5
    path.write_text('[http]\nport = "eighty"\n')
    with pytest.raises(ConfigError, match=r"gateway.toml:http.port: expected an integer"):
        load_config(path)
    path.write_text("[htp]\nport = 1\n")
    with pytest.raises(ConfigError, match=r"htp: unknown section"):
        load_config(path)
    monkeypatch.setenv("GATEWAY__HTTP__NOPE", "1")
    path.write_text("")
    with pytest.raises(ConfigError, match="GATEWAY__HTTP__NOPE"):
        load_config(path)


def test_demo_partners_load_and_tokens_are_hashed():
    partners = load_partners(ROOT / "partners")
    acme = partners.by_token("demo-acme-token")
    assert acme is not None and acme.id == "acme-retail"
    assert partners.by_token("demo-acme-tokenX") is None
    assert partners.by_x12("ZZ", "ACMERETAIL").id == "acme-retail"
    assert hash_token("demo-acme-token") in (ROOT / "partners" / "acme-retail.toml").read_text()


BAD_PROFILES = {
    "a.toml": (
        'id = "a"\nrole = "customer"\ncustomer = "A"\n[x12]\nisa_id = "A"\nversion = "3"\n',
        "a.toml:x12.version: '3' is not one of 004010, 005010",
    ),
    "b.toml": ('id = "b"\nrole = "customer"\n', "b.toml:customer: a customer partner must name"),
    "c.toml": ('id = "c"\nrole = "vendor"\ncolour = "red"\n', "c.toml:colour: unknown key"),
    "d.toml": (
        'id = "d"\nrole = "vendor"\n[http]\ntoken_sha256 = ["abc"]\n',
        "d.toml:http.token_sha256[0]: expected a sha256 hex digest",
    ),
    "e.toml": (
        'id = "e"\nrole = "vendor"\n[outbound]\n"855" = "carrier-pigeon"\n',
        "e.toml:outbound.855: 'carrier-pigeon' is not one of",
    ),
    "f.toml": ("id = \n", "f.toml: not valid TOML"),
}


def test_partners_check_reports_file_key_problem(tmp_path):
    folder = tmp_path / "partners"
    folder.mkdir()
    shutil.copy(ROOT / "partners" / "acme-retail.toml", folder)
    for name, (text, _) in BAD_PROFILES.items():
        (folder / name).write_text(text)
    errors = check_partner_files(folder)
    assert len(errors) == len(BAD_PROFILES)
    env = gateway_env(tmp_path, f"sqlite:///{tmp_path}/x.db")
    res = run_cli(["partners", "check", "--dir", str(folder)], env, check=False)
    assert res.returncode == 1
    lines = res.stdout.strip().splitlines()
    assert len(lines) == len(BAD_PROFILES)
    for (_, expected), line in zip(BAD_PROFILES.values(), sorted(lines), strict=True):
        assert expected in line, (expected, line)
    ok = run_cli(["partners", "check"], env)
    assert ok.stdout.strip().endswith("profiles OK")


def test_init_list_show_and_reprocess(tmp_path, db_url, runtime):
    env = gateway_env(tmp_path, db_url)
    out = run_cli(["init"], env).stdout
    assert "demo data" in out and "partners:" in out
    again = run_cli(["init"], env).stdout  # idempotent
    assert "0 customers added" in again
    db = Database(db_url)
    rec = inbox.receive(
        db,
        partner_id="acme-retail",
        channel="http",
        data=make_850("CLI-1"),
        meta={"filename": "po.edi"},
    )
    listed = json.loads(run_cli(["messages", "list", "--json"], env).stdout)
    assert [m["id"] for m in listed] == [rec.message_id] and listed[0]["status"] == "received"
    shown = run_cli(["messages", "show", rec.message_id], env).stdout
    assert "message.received" in shown and "BEG*00*SA*CLI-1" in shown
    raw = run_cli(["messages", "show", rec.message_id, "--view", "raw"], env).stdout
    assert raw.strip().startswith("raw:\nISA*00")
    missing = run_cli(["messages", "show", "nope"], env, check=False)
    assert missing.returncode == 1 and "no message nope" in missing.stderr
    # the job is waiting: reprocess refuses to double-queue it
    busy = run_cli(["reprocess", rec.message_id], env, check=False)
    assert busy.returncode == 1
    pool = WorkerPool(runtime, count=1)
    assert pool.run_once("test-worker")
    with db.reading() as s:
        assert s.get(Message, rec.message_id).status == "processed"
    run_cli(["reprocess", rec.message_id], env)
    with db.reading() as s:
        assert s.get(Message, rec.message_id).status == "received"
    assert pool.run_once("test-worker")
    with db.reading() as s:
        msg = s.get(Message, rec.message_id)
        kinds = s.scalars(
            select(Event.kind).where(Event.message_id == msg.id).order_by(Event.id)
        ).all()
    # the second run meets the order of the first: refused as a duplicate, never applied twice
    assert msg.status == "duplicate"
    assert kinds.count("order.received") == 1 and "message.reprocess" in kinds
    db.dispose()


def test_cli_reports_config_errors(tmp_path):
    bad = tmp_path / "config" / "gateway.toml"
    bad.parent.mkdir()
    bad.write_text("[workers]\ncount = -x\n")
    env = gateway_env(tmp_path, "sqlite:///x.db", GATEWAY_CONFIG=str(bad))
    res = run_cli(["init"], env, check=False)
    assert res.returncode == 2 and "not valid TOML" in res.stderr
