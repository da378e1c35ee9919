"""Time from process start to a shown main window, on a given database.

    python benchmarks/bench_startup.py [DB]   (default /tmp/large.sqlite; made if missing)

Runs the GUI in a child process with the offscreen platform so the figure includes
Python start-up and every import, as a user would pay it. Target: under 1.5 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

PROBE = r"""
import sys, time
from PySide6.QtCore import QTimer, QSettings
from secretariat.ui.application import create_application
from secretariat.db import open_database
from secretariat.ui.context import AppContext
from secretariat.ui.main_window import MainWindow
app = create_application()
db = open_database(sys.argv[1])
window = MainWindow(AppContext(db, QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
app.processEvents()
print("shown")
"""


def main() -> None:
    db = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/large.sqlite")
    if not db.exists():
        print(f"making {db} ...")
        subprocess.check_call([sys.executable, "-m", "secretariat", "--db", str(db), "demo", "--size", "large"])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    settings = str(db.with_suffix(".bench.ini"))
    python_alone = _time([sys.executable, "-c", "import PySide6.QtWidgets"], env)
    runs = [_time([sys.executable, "-c", PROBE, str(db), settings], env) for _ in range(5)]
    print(f"python + PySide6 import alone: {python_alone:.3f} s")
    print(f"start to shown main window on {db.name}: best {min(runs):.3f} s, "
          f"median {sorted(runs)[2]:.3f} s (target < 1.5 s)")


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
