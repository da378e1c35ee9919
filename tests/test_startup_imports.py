"""Opening the window loads none of the libraries only some commands need.

PDF (reportlab), spreadsheets (openpyxl, python-calamine), Word files (docx), the
migration tool (alembic, when the database is at the newest schema) and the password
store (keyring) are imported when first used, so the user does not wait for them at
every start. Run in a child process: this one has long imported them all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from secretariat.db import open_database

LATER = ("reportlab", "openpyxl", "python_calamine", "docx", "alembic", "keyring")

CHILD = r"""
import json, sys
from secretariat.cli import main
code = main(["--lang", "en", "--db", sys.argv[1], "gui", "--quit-after-start"])
print(json.dumps({"code": code, "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))}))
"""


@pytest.mark.slow
def test_the_window_opens_without_the_libraries_of_other_tasks(tmp_path):
    path = tmp_path / "start.sqlite"
    open_database(path).dispose()  # at the newest schema, as a database opened before is
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "XDG_DATA_HOME": str(home), "XDG_CACHE_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), *LATER], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": []}
