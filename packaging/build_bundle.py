"""Build the installable bundle for the system this runs on (`python3 tasks.py package`).

Linux: dist/Secretariat/ (the one-folder bundle), dist/Secretariat-VERSION-linux-ARCH.tar.gz
(the bundle with the menu entry, icon, AppStream metainfo and install.sh) and, where
dpkg-deb exists, dist/secretariat_VERSION_ARCH.deb. Windows: the bundle, and the installer
from packaging/windows/secretariat.iss where Inno Setup's compiler is found.

Runs with the Python that runs tasks.py, after tasks.py has compiled the translations;
PyInstaller runs in the project's .venv. Every
archive is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
#: The application icon, the same file the window shows (resources/); PNG and ICO made from it.
ICON_SVG = PACKAGING.parent / "resources" / "secretariat.svg"


def project_version(root: Path) -> str:
    text = (root / "secretariat" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("No __version__ in secretariat/__init__.py")
    return match.group(1)


def machine() -> str:
    name = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(name, name)


def run_pyinstaller(python: Path, root: Path) -> Path:
    dist, work = root / "dist", root / "build" / "pyinstaller"
    subprocess.check_call([
        str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "secretariat.spec"),
    ], cwd=root)
    return dist / "Secretariat"


def _metainfo(version: str) -> str:
    text = (PACKAGING / "linux" / "org.secretariat.Secretariat.metainfo.xml").read_text(encoding="utf-8")
    return text.replace("@VERSION@", version).replace("@DATE@", date.today().isoformat())


def _replace_atomically(tmp: Path, target: Path) -> None:
    os.replace(tmp, target)


def linux_tarball(bundle: Path, version: str) -> Path:
    name = f"Secretariat-{version}-linux-{machine()}"
    target = bundle.parent / f"{name}.tar.gz"
    extras = {
        "secretariat.desktop": (PACKAGING / "linux" / "secretariat.desktop").read_bytes(),
        "secretariat.png": (PACKAGING / "icons" / "secretariat.png").read_bytes(),
        "secretariat.svg": ICON_SVG.read_bytes(),
        "org.secretariat.Secretariat.metainfo.xml": _metainfo(version).encode("utf-8"),
        "install.sh": (PACKAGING / "linux" / "install.sh").read_bytes(),
    }
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=bundle.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=f"{name}/Secretariat")
            with tempfile.TemporaryDirectory() as staging:
                for filename, data in extras.items():
                    path = Path(staging) / filename
                    path.write_bytes(data)
                    path.chmod(0o755 if filename.endswith(".sh") else 0o644)
                    tar.add(path, arcname=f"{name}/{filename}")
        tmp.chmod(0o644)  # mkstemp made it private; an archive to hand out is readable
        _replace_atomically(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def debian_package(bundle: Path, version: str) -> Path | None:
    dpkg_deb = shutil.which("dpkg-deb")
    if dpkg_deb is None:
        return None
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(machine(), machine())
    target = bundle.parent / f"secretariat_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory() as staging:
        root = Path(staging) / "pkg"
        shutil.copytree(bundle, root / "opt" / "secretariat", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink("/opt/secretariat/secretariat", root / "usr" / "bin" / "secretariat")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "secretariat.desktop").write_text(
            (PACKAGING / "linux" / "secretariat.desktop").read_text(encoding="utf-8"), encoding="utf-8")
        icons = root / "usr" / "share" / "icons" / "hicolor"
        (icons / "256x256" / "apps").mkdir(parents=True)
        (icons / "scalable" / "apps").mkdir(parents=True)
        shutil.copy(PACKAGING / "icons" / "secretariat.png", icons / "256x256" / "apps" / "secretariat.png")
        shutil.copy(ICON_SVG, icons / "scalable" / "apps" / "secretariat.svg")
        meta = root / "usr" / "share" / "metainfo"
        meta.mkdir(parents=True)
        (meta / "org.secretariat.Secretariat.metainfo.xml").write_text(_metainfo(version), encoding="utf-8")
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            "Package: secretariat\n"
            f"Version: {version}\n"
            f"Architecture: {arch}\n"
            "Maintainer: Secretariat <secretariat@localhost>\n"
            f"Installed-Size: {size_kb}\n"
            "Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, "
            "libxcb-shape0, libxcb-xkb1, libxkbcommon-x11-0, libegl1, libfontconfig1\n"
            "Section: misc\n"
            "Priority: optional\n"
            "Description: records of an interministerial commission on human rights and IHL\n"
            " Meetings and minutes, national action plans and their measures, UN recommendations\n"
            " linked to SDGs and measures, and national reports, offline, in Turkmen, Russian and English.\n",
            encoding="utf-8",
        )
        # Built in a folder of its own beside the target (dpkg-deb names and renames its output
        # itself), then moved into place whole.
        with tempfile.TemporaryDirectory(prefix=".deb-", dir=bundle.parent) as out:
            built = Path(out) / target.name
            subprocess.check_call([dpkg_deb, "--root-owner-group", "-Zgzip", "--build", str(root), str(built)],
                                  stdout=subprocess.DEVNULL)
            _replace_atomically(built, target)
    return target


def find_inno_setup() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def windows_installer(bundle: Path, version: str) -> Path | None:
    iscc = find_inno_setup()
    if iscc is None:
        return None
    subprocess.check_call([str(iscc), "/Q", f"/DAppVersion={version}", f"/DSourceDir={bundle}",
                           f"/DOutputDir={bundle.parent}", str(PACKAGING / "windows" / "secretariat.iss")])
    return bundle.parent / f"Secretariat-{version}-windows-setup.exe"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(python: Path, root: Path) -> int:
    version = project_version(root)
    compiled = sorted((root / "secretariat" / "locale").glob("*.qm"))
    print(f"{len(compiled)} compiled translation catalogues go into the bundle.", flush=True)
    print(f"Building the Secretariat {version} bundle with PyInstaller ...", flush=True)
    bundle = run_pyinstaller(python, root)
    print(f"Bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB)")
    if sys.platform == "win32":
        installer = windows_installer(bundle, version)
        print(f"Installer: {installer}" if installer else
              "Inno Setup's compiler (ISCC.exe) was not found: only the bundle was built.")
        return 0
    print(f"Archive: {linux_tarball(bundle, version)}")
    deb = debian_package(bundle, version)
    print(f"Debian package: {deb}" if deb else "dpkg-deb was not found: no .deb was built.")
    return 0
