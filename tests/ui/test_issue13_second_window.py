"""A second window started on the same database is told so and can switch to the first."""

from __future__ import annotations

from meetings_ui_helpers import click, when_dialog
from secretariat.ui.app.single_instance import InstanceGuard, ask_about_second_window, server_name


def test_second_start_on_the_same_database_is_told_and_switches(qtbot, db_path, tmp_path):
    db_path.write_bytes(b"")
    first = InstanceGuard()
    assert first.claim(db_path)
    raised = []
    first.activate_requested.connect(lambda: raised.append(True))
    second = InstanceGuard()
    assert not second.claim(db_path), "the second window learns the database is open"
    assert InstanceGuard.other_window(tmp_path / "." / db_path.name)  # however the path is spelled
    said = when_dialog(qtbot, click(qtbot, "Switch to the open window"))
    assert ask_about_second_window(db_path) == "switch"
    assert str(db_path) in said[0] and "already open" in said[0]
    assert InstanceGuard.bring_other_to_front(db_path)
    qtbot.waitUntil(lambda: raised == [True])
    # Another database is not held; when the first window closes the name is free again.
    other = InstanceGuard()
    assert other.claim(tmp_path / "other.sqlite")
    first.release()
    assert second.claim(db_path)
    assert server_name(db_path) != server_name(tmp_path / "other.sqlite")
    second.release()
    other.release()
