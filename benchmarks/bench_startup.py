"""Time from process start to a shown main window, on a given database.

    python benchmarks/bench_startup.py [DB]   (default /tmp/large.sqlite; made if missing)

Starts the application as a user does (``python -m secretariat --db DB gui
--quit-after-start``) in a child process with the offscreen platform, so the figure
includes Python start-up, the command line and every import, up to the window shown
(the child's "Started:" line, printed once the window has shown; how long it then takes
to exit is not the user's wait), beside a bare PySide6 window (QApplication, an empty
QMainWindow shown) timed the same way in the same run. Each child has a settings and
data folder of its own. The window shows before the database is opened behind it; the
time until it is open and the first page filled (the child's "Opened:" line) is printed too.
Target: at most 3 times the bare window (to the window shown).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 780)
window.show()
app.processEvents()
print("Started: bare", flush=True)
"""


def main() -> None:
    db = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/large.sqlite")
    if not db.exists():
        print(f"making {db} ...")
        subprocess.check_call([sys.executable, "-m", "secretariat", "--db", str(db), "demo", "--size", "large"])
    # An installed application starts from compiled bytecode (pip and the bundle write it):
    # let the children write theirs, and leave the first run, which compiles, out of the figures.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Settings, remembered layout and the data folder of a user of its own, not the caller's.
    home = tempfile.mkdtemp(prefix="bench-startup-")
    env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home)
    ours_command = [sys.executable, "-m", "secretariat", "--lang", "en", "--db", str(db), "gui", "--quit-after-start"]
    _time([sys.executable, "-c", BARE], env)
    _time(ours_command, env)
    bare, ours, opened = [], [], []
    for _ in range(5):  # interleaved, so a busy moment of the machine weighs on both alike
        bare.append(_time([sys.executable, "-c", BARE], env)[0])
        shown, filled = _time(ours_command, env)
        ours.append(shown)
        opened.append(filled)
    bare_median, ours_median = sorted(bare)[2], sorted(ours)[2]
    print(f"{'':34}{'best':>8}{'median':>9}")
    print(f"{'bare PySide6 window':34}{min(bare):8.3f}{bare_median:9.3f} s")
    print(f"{'Secretariat on ' + db.name:34}{min(ours):8.3f}{ours_median:9.3f} s")
    if all(value is not None for value in opened):
        print(f"{'  ... database open, page filled':34}{min(opened):8.3f}{sorted(opened)[2]:9.3f} s")  # type: ignore[type-var]
    print(f"ratio (median): {ours_median / bare_median:.1f}x (target <= 3x)")


def _time(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from starting the child to its "Started:" line (its own exit is not counted),
    and to its "Opened:" line if it prints one."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    shown = opened = None
    for line in child.stdout:
        if line.startswith("Started:"):
            shown = time.perf_counter() - started
        elif line.startswith("Opened:"):
            opened = time.perf_counter() - started
            break
    if shown is None:
        raise RuntimeError(f"{command[:2]} exited without showing a window (exit code {child.wait()})")
    child.stdout.close()
    child.wait()
    return shown, opened


if __name__ == "__main__":
    main()
