"""Run a real `gateway serve` (or `gateway worker`) subprocess for integration tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gateway_env(tmp: Path, db_url: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "GATEWAY_DATA_DIR": str(tmp / "var"),
            "GATEWAY_DATABASE_URL": db_url,
            "GATEWAY_CONFIG": str(ROOT / "config" / "gateway.toml"),
            "PYTHONPATH": str(ROOT),
            "GATEWAY__SFTP__PORT": "0",
            "GATEWAY__SMTP__PORT": "0",
            # one worker process beside serve, not the configured two: each costs a
            # Python start (~2 s of CPU on the 2-core machine that runs the suite); the
            # benchmark smoke test (bench/e2e.py) runs the configured layout
            "GATEWAY__WORKERS__PROCESSES": "1",
        }
    )
    env.update(extra)
    return env


def run_cli(
    args: list[str], env: dict[str, str], *, check: bool = True, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    res = subprocess.run(
        [sys.executable, "-m", "gateway.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and res.returncode != 0:
        raise AssertionError(
            f"gateway {' '.join(args)} exited {res.returncode}:\n{res.stdout}\n{res.stderr}"
        )
    return res


class GatewayProcess:
    """`gateway serve --port 0` with its log in tmp; `url` once it listens."""

    def __init__(
        self, tmp: Path, env: dict[str, str], *, args: tuple[str, ...] = (), name: str = "serve"
    ) -> None:
        self.tmp, self.env, self.args, self.name = tmp, env, args, name
        self.proc: subprocess.Popen[bytes] | None = None
        self.ports: dict[str, int] = {}
        self.log = tmp / f"{name}.log"

    def start(self, timeout: float = 60) -> GatewayProcess:
        ready = self.tmp / f"{self.name}.ready"
        ready.unlink(missing_ok=True)
        self._logf = self.log.open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gateway.cli",
                "serve",
                "--port",
                "0",
                "--ready-file",
                str(ready),
                *self.args,
            ],
            env=self.env,
            cwd=ROOT,
            stdout=self._logf,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if ready.exists() and ready.read_text():
                self.ports = json.loads(ready.read_text())
                return self
            if self.proc.poll() is not None:
                raise AssertionError(f"gateway exited {self.proc.returncode}:\n{self.output()}")
            time.sleep(0.05)
        raise AssertionError(f"gateway did not start:\n{self.output()}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.ports['http']}"

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self._logf.close()

    def stop(self, timeout: float = 30) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._logf.close()
        return self.proc.returncode


def wait_for(predicate, timeout: float = 60, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")
