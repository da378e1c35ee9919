"""Is the database on a network folder? Then WAL must not be used.

SQLite's WAL mode keeps its lock table in shared memory (the -shm file mapped by every
process), which only works between processes on the same computer. Two laptops using
one file on a shared folder (SMB/CIFS, NFS) in WAL mode can corrupt it; in the
rollback-journal mode they use the file system's locks instead. So the engine uses
WAL on local disks and ``journal_mode = DELETE`` on network folders.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre",
    "davfs", "webdav", "afpfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2", "fuse.glusterfs",
    "fuse.smbnetfs", "fuse.gvfsd-fuse", "fuse.s3fs",
}
LOCAL = "wal"
NETWORK = "delete"


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def filesystem_type(path: Path, mounts_text: str) -> str | None:
    """The type of the file system holding *path*, from /proc/mounts-style text."""
    target = str(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = _unescape(fields[1]), fields[2]
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_path(path: Path) -> bool:
    """True when *path* (or the folder it would be created in) is on a network file system."""
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    if sys.platform == "win32":
        return _windows_remote(resolved)
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return (filesystem_type(resolved, mounts) or "") in NETWORK_FILESYSTEMS
    return False


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return True
    try:
        import ctypes

        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(os.path.splitdrive(text)[0] + "\\") == drive_remote
    except (AttributeError, OSError):
        return False


def journal_mode_for(path: Path | None) -> str:
    """"wal" on a local disk, "delete" (rollback journal) on a network folder."""
    if path is None:
        return LOCAL
    return NETWORK if is_network_path(path) else LOCAL
