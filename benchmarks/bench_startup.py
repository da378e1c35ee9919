"""Time from process start to a shown main window, on a given database.

    python benchmarks/bench_startup.py [DB]   (default /tmp/large.sqlite; made if missing)

Runs the GUI in a child process with the offscreen platform so the figure includes
Python start-up and every import, as a user would pay it, beside a bare PySide6 window
(QApplication, an empty QMainWindow shown) timed the same way in the same run.
Target: at most 3 times the bare window.
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

BARE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 780)
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
    bare, ours = [], []
    for _ in range(5):  # interleaved, so a busy moment of the machine weighs on both alike
        bare.append(_time([sys.executable, "-c", BARE], env))
        ours.append(_time([sys.executable, "-c", PROBE, str(db), settings], env))
    bare_median, ours_median = sorted(bare)[2], sorted(ours)[2]
    print(f"{'':34}{'best':>8}{'median':>9}")
    print(f"{'bare PySide6 window':34}{min(bare):8.3f}{bare_median:9.3f} s")
    print(f"{'Secretariat on ' + db.name:34}{min(ours):8.3f}{ours_median:9.3f} s")
    print(f"ratio (median): {ours_median / bare_median:.1f}x (target <= 3x)")


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
