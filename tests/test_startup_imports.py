"""Opening the window loads none of the libraries only some commands need.

PDF (reportlab), spreadsheets (openpyxl, python-calamine), Word files (docx), the
migration tool (alembic, when the database is at the newest schema) and the password
store (keyring) are imported when first used, so the user does not wait for them at
every start. The window itself shows before SQLAlchemy, the models and the services
are loaded (they load behind it, with the database). Run in a child process: this one
has long imported them all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from secretariat.db import open_database

LATER = ("reportlab", "openpyxl", "python_calamine", "docx", "alembic", "keyring")
AFTER_THE_WINDOW = ("sqlalchemy", "secretariat.models", "secretariat.services", "secretariat.db.database")

CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    seen = None

    def eventFilter(self, watched, event):
        if Watch.seen is None and event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            Watch.seen = sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"
                                or name.startswith(("secretariat.models", "secretariat.services",
                                                    "secretariat.db.database")))
        return False

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from secretariat.cli import main
code = main(["--lang", "en", "--db", sys.argv[1], "gui", "--quit-after-start"])
print(json.dumps({"code": code, "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])),
                  "at_show": Watch.seen, "opened": "secretariat.db.database" in sys.modules,
                  "pages": sorted(name for name in sys.modules if name.startswith(("secretariat.ui.pages.",
                                                                                   "secretariat.ui.meeting_editor.")))}))
"""


def _start(tmp_path):
    path = tmp_path / "start.sqlite"
    open_database(path).dispose()  # at the newest schema, as a database opened before is
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "XDG_DATA_HOME": str(home), "XDG_CACHE_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), *LATER], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    return lines, json.loads(lines[-1])


@pytest.mark.slow
def test_the_window_shows_first_then_opens_the_database_without_the_libraries_of_other_tasks(tmp_path):
    lines, result = _start(tmp_path)
    assert result["code"] == 0 and result["loaded"] == []
    assert result["at_show"] == [], f"loaded before the window showed: {result['at_show']}"
    assert result["opened"]  # the database was opened behind the shown window, before it quit
    # Then the pages were loaded in the background, ahead of their first visit.
    assert {"secretariat.ui.pages.plans.page", "secretariat.ui.pages.recommendations.page",
            "secretariat.ui.pages.meetings", "secretariat.ui.meeting_editor.window"} <= set(result["pages"])
    # "Started:" once the window has shown, "Opened:" once its first page is filled.
    assert lines[0] == "Started: Secretariat"
    assert lines[1] == "Opened: Dashboard — Secretariat"


CONFIGURED = r"""
import json, sys, threading
from sqlalchemy import event
from sqlalchemy.orm import Mapper
from secretariat.db import open_database
from secretariat.services.action_items import count_action_items

seen = []
event.listen(Mapper, "before_configured", lambda: seen.append(threading.current_thread().name))
opener = threading.Thread(target=lambda: holder.append(open_database(sys.argv[1])), name="opener")
holder = []
opener.start()
opener.join()
count_action_items(holder[0])  # a page's first read, on this (the GUI) thread
holder[0].dispose()
print(json.dumps(seen))
"""


def test_the_models_are_set_up_where_the_database_opens_not_in_the_first_read_of_a_page(tmp_path):
    """SQLAlchemy's one-time set-up of the models (about 40 ms) is paid by the opener's thread.

    The window opens the database off the GUI thread; a page's first read on the GUI
    thread would otherwise pay for it, over the 50 ms a read there may take.
    """
    path = tmp_path / "configured.sqlite"
    open_database(path).dispose()
    done = subprocess.run([sys.executable, "-c", CONFIGURED, str(path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["opener"]
