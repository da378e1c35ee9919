"""The soak benchmark still runs (a short version; the real one is benchmarks/soak_saves.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent.parent / "benchmarks" / "soak_saves.py"


def test_soak_benchmark_runs_short() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--saves", "300", "--every", "100",
                           "--max-growth-mb", "200"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check: sound; backups kept: 3" in done.stdout and "OK" in done.stdout
