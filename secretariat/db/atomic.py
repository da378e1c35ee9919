"""Writing a file whole or not at all: a temporary file beside the target, synced, renamed.

Every output (PDF, workbook, questionnaire, backup) goes through ``atomic_write``: the
content is written to a hidden temporary file in the target's folder, flushed to the
disk, and only then renamed over the target, so a full disk, a crash or a cancel
leaves the old file as it was and no debris. Failures become ``OutputFileError`` with
a message naming the file and what to do.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..i18n import translate
from .errors import OutputFileError

TEMPORARY_SUFFIX = ".partial"


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def output_error(exc: OSError, target: Path) -> OutputFileError:
    """The worded message for an ``OSError`` met while writing *target*."""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        text = translate("db", "The disk is full, so {path} could not be written; any earlier file of that "
                         "name was left as it was. Free some space on that drive and try again.")
    elif code == errno.EROFS:
        text = translate("db", "{path} cannot be written: the drive is read-only. Choose another folder.")
    elif code in (errno.EACCES, errno.EPERM) and sys.platform == "win32":
        text = translate("db", "{path} cannot be replaced: it is open in another program (a PDF viewer, "
                         "Excel) or read-only. Close it there, or choose another name, and try again.")
    elif code in (errno.EACCES, errno.EPERM):
        text = translate("db", "{path} cannot be written: you have no permission to write there (read-only "
                         "file or folder). Choose another folder.")
    elif code == errno.ENOENT:
        text = translate("db", "{path} cannot be written: the folder {folder} does not exist.")
    elif code == errno.EISDIR:
        text = translate("db", "{path} is a folder; give the name of a file to write.")
    elif code == errno.ENOTDIR or (code == errno.EEXIST and not target.parent.is_dir()):
        text = translate("db", "{path} cannot be written: part of that path is a file, not a folder.")
    else:
        text = translate("db", "{path} could not be written: {error}.")
    return OutputFileError(text.format(path=target, folder=target.parent, error=exc.strerror or exc))


def check_target(target: Path) -> None:
    """Refuse, before any work, a target that is a folder, a device, or in a missing folder."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            raise output_error(exc, target) from exc
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise output_error(OSError(errno.EISDIR, os.strerror(errno.EISDIR)), target)
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputFileError(translate("db", "{path} is not an ordinary file (a device or a pipe); it was "
                                        "left alone. Give the name of a file to write.").format(path=target))
    parent = target.parent
    if not parent.is_dir():
        code = errno.ENOTDIR if parent.exists() else errno.ENOENT
        raise output_error(OSError(code, os.strerror(code)), target)


def temporary_beside(target: Path) -> Path:
    """A hidden, unique name in the target's folder (a rename there is atomic)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{TEMPORARY_SUFFIX}")


@contextmanager
def atomic_write(target: Path | str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces *target*, else it is removed.

    Raises ``OutputFileError`` for a path that cannot be written (see ``output_error``).
    """
    target = Path(target)
    check_target(target)
    temporary = temporary_beside(target)
    try:
        yield temporary
        if not temporary.exists():  # the writer wrote nothing: nothing to put in place
            return
        fsync_file(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise output_error(exc, target) from exc
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


class AtomicBatch:
    """Several files written all or none (see ``atomic_batch``)."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []

    @property
    def targets(self) -> list[Path]:
        return [target for target, _temporary in self.pending]

    def add(self, target: Path) -> Path:
        """The temporary path to write *target*'s content to."""
        check_target(target)
        temporary = temporary_beside(target)
        self.pending.append((target, temporary))
        return temporary


@contextmanager
def atomic_batch() -> Iterator[AtomicBatch]:
    """Write every file of the batch to its temporary; rename them all only when all are whole.

    A failure while writing removes every temporary and leaves every target as it was.
    (The renames themselves need no space; only a crash between two of them could
    leave some files new and some old, each of them whole.)
    """
    batch = AtomicBatch()
    current: Path | None = None
    try:
        yield batch
        for target, temporary in batch.pending:
            current = target
            fsync_file(temporary)
        for target, temporary in batch.pending:
            current = target
            os.replace(temporary, target)
        for folder in {target.parent for target in batch.targets}:
            fsync_folder(folder)
    except OSError as exc:
        where = current or (batch.pending[-1][0] if batch.pending else Path("."))
        raise output_error(exc, where) from exc
    finally:
        for _target, temporary in batch.pending:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
