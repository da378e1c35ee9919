"""Fixtures for the robustness tests: child processes to kill, a small disk, migrations.

No test here mocks the database: the damage (SIGKILL, a full file system, a lock held
by another process, a failing migration) is done for real to real SQLite files.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Callable, Iterator

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHILD = HERE / "crash_child.py"
#: A safety net so a broken child cannot hang the suite; never a measured quantity.
LINE_TIMEOUT_S = 120


class Child:
    """A running ``crash_child.py`` whose output lines can be awaited."""

    def __init__(self, scenario: str, *args: object) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), scenario, *map(str, args)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT),
        )
        self.lines: list[str] = []
        self._buffer = b""

    def readline(self) -> str | None:
        """The next line, or None when the child has exited."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], LINE_TIMEOUT_S)
            if not ready:
                self.kill()
                raise AssertionError(f"the child said nothing for {LINE_TIMEOUT_S} s; "
                                     f"so far: {self.lines[-5:]}")
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        text = line.decode("utf-8")
        self.lines.append(text)
        return text

    def wait_for(self, predicate: Callable[[str], bool]) -> str:
        while True:
            line = self.readline()
            if line is None:
                raise AssertionError(f"the child ended early ({self.finish()}): {self.stderr()}")
            if predicate(line):
                return line

    def kill(self) -> None:
        """SIGKILL: no atexit, no finally, no flush; as when the power goes."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def finish(self) -> int:
        return self.proc.wait(timeout=LINE_TIMEOUT_S)

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        if self.proc.poll() is None:
            return ""
        return self.proc.stderr.read().decode("utf-8", "replace")

    def close(self) -> None:
        self.kill()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def child() -> Iterator[Callable[..., Child]]:
    started: list[Child] = []

    def start(scenario: str, *args: object) -> Child:
        process = Child(scenario, *args)
        started.append(process)
        return process

    yield start
    for process in started:
        process.close()


@pytest.fixture
def make_migrator(tmp_path: Path) -> Callable[[str], object]:
    """A copy of the packaged migrations plus one more revision after the head, *upgrade* as its body.

    The copy is a real Alembic script folder handed to ``open_database`` through a
    ``Migrator``; nothing global is patched.
    """
    from secretariat.db import migrate

    def make(upgrade_body: str, name: str = "extra") -> migrate.Migrator:
        revision = f"{int(migrate.HEAD_REVISION) + 1:04d}"
        folder = tmp_path / f"migrations-{uuid.uuid4().hex[:8]}"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        body = textwrap.indent(textwrap.dedent(upgrade_body).strip() or "pass", "    ")
        (folder / "versions" / f"{revision}_{name}.py").write_text(
            f'"""Test-only migration."""\n'
            f"import os, sys, time\n"
            f"import sqlalchemy as sa\n"
            f"from alembic import op\n\n"
            f'revision = "{revision}"\n'
            f'down_revision = "{migrate.HEAD_REVISION}"\n'
            f"branch_labels = None\n"
            f"depends_on = None\n\n\n"
            f"def upgrade() -> None:\n{body}\n\n\n"
            f"def downgrade() -> None:\n    pass\n",
            encoding="utf-8",
        )
        return migrate.Migrator(script_location=folder, head=revision)

    return make


def _can_mount() -> str | None:
    """None if a tmpfs can be mounted here, else the reason it cannot."""
    if not sys.platform.startswith("linux"):
        return "tmpfs mounts need Linux"
    if os.geteuid() != 0:
        return "mounting a size-limited tmpfs needs root (the SQLite-level fault test still runs)"
    if shutil.which("mount") is None:
        return "no mount command"
    return None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """``small_disk(bytes)`` mounts a size-limited tmpfs and returns its folder."""
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    mounted: list[Path] = []

    def mount(size: int) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
