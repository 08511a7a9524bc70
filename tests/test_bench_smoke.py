"""The benchmarks the issues name still run: each at a tiny size, ending with its RESULT line.

Not a measurement (figures from a test mean nothing): a benchmark that stopped starting
went unnoticed for a whole round once (bench/channels_intake.py and a new config section).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SMOKE = {
    "e2e": (["bench/e2e.py", "--orders", "12", "--lines", "3"], ["orders_s", "p99_ms"]),
    "as2": (
        ["bench/as2.py", "--small", "12", "--large", "1", "--senders", "2"],
        ["msgs_s", "msgs_s_1mb", "plain_http_msgs_s"],
    ),
    "channels_intake": (["bench/channels_intake.py"], ["sftp_files_per_s", "smtp_mails_per_s"]),
    "fuzz_x12": (["bench/fuzz_x12.py", "--inputs", "2000"], ["inputs"]),
}


def _result(out: str) -> dict[str, str]:
    lines = [ln for ln in out.splitlines() if ln.startswith("RESULT ")]
    assert lines, f"no RESULT line in:\n{out[-2000:]}"
    return dict(kv.split("=", 1) for kv in lines[-1].split()[1:])


@pytest.mark.parametrize("name", sorted(SMOKE))
def test_benchmark_runs_and_reports(name: str) -> None:
    args, positive = SMOKE[name]
    proc = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = _result(proc.stdout)
    for key in positive:
        assert float(result[key]) > 0, (key, result)
    if name == "fuzz_x12":
        assert result["crashes"] == "0" and result["inputs"] == "2000"
    if name == "e2e":
        assert result["orders"] == "12" and result["db"] == "sqlite"
