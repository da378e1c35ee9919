"""The Linux bundle as a user gets it: unpacked from its archive, run with a clean
environment (no Python, no virtual environment, an empty home), it prints its version,
fills a demo database, writes minutes as a PDF with the fonts embedded, opens its window,
and installs itself under ~/.local."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from secretariat import __version__

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")

MAX_BUNDLE_MB = 250


@pytest.fixture(scope="module")
def unpacked(bundle_tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(bundle_tarball) as tar:
        tar.extractall(target, filter="tar")
    (folder,) = [p for p in target.iterdir() if p.is_dir()]
    return folder


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run(executable: Path, *args: str, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(executable), *args], env=env, capture_output=True, text=True,
                            timeout=timeout, cwd=env["HOME"])
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def test_archive_holds_the_bundle_and_desktop_files(unpacked: Path) -> None:
    for name in ("Secretariat/secretariat", "secretariat.desktop", "secretariat.png", "secretariat.svg",
                 "org.secretariat.Secretariat.metainfo.xml", "install.sh"):
        assert (unpacked / name).is_file(), name
    assert os.access(unpacked / "Secretariat" / "secretariat", os.X_OK)
    assert os.access(unpacked / "install.sh", os.X_OK)
    metainfo = (unpacked / "org.secretariat.Secretariat.metainfo.xml").read_text(encoding="utf-8")
    assert f'version="{__version__}"' in metainfo and "@VERSION@" not in metainfo


def test_bundle_carries_what_it_needs_and_not_more(unpacked: Path) -> None:
    bundle = unpacked / "Secretariat"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    names = {p.name for p in files}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= names
    assert any(p.match("*/db/migrations/versions/0001_*.py") for p in files), "migrations"
    assert any("platforms" in p.parts and p.name.startswith("libqoffscreen") for p in files)
    assert any("platforms" in p.parts and p.name.startswith("libqxcb") for p in files)
    assert any("imageformats" in p.parts for p in files)
    assert {"secretariat_ru.qm", "secretariat_tk.qm", "qtbase_tk.qm"} <= names, "compiled translations"
    assert {"secretariat.svg", "guide.html", "sdg_targets.tsv"} <= names, "resources"
    assert not any(part in {"tests", "pytest", "_pytest", "hypothesis"} for p in files for part in p.parts)
    assert not any(n.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine")) for n in names)
    size_mb = sum(p.stat().st_size for p in files) / 2**20
    assert size_mb < MAX_BUNDLE_MB, f"{size_mb:.0f} MB"


def test_version_demo_minutes_and_window(unpacked: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    exe = unpacked / "Secretariat" / "secretariat"
    assert run(exe, "--version", env=clean_env).stdout.strip() == f"secretariat {__version__}"
    db = tmp_path / "demo.sqlite"
    run(exe, "--db", str(db), "demo", env=clean_env)
    pdf = tmp_path / "minutes.pdf"
    run(exe, "--db", str(db), "minutes", "2024/1", "--pdf", str(pdf), env=clean_env)
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    fonts = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVu" in name for name in fonts)
    russian = run(exe, "--lang", "ru", "--db", str(db), "summary", env=clean_env).stdout
    assert re.search("[А-Яа-яЁё]{4}", russian), russian
    shown = run(exe, "--db", str(db), "gui", "--quit-after-start", env=clean_env)
    assert "Started:" in shown.stdout and "Secretariat" in shown.stdout


def test_install_script_puts_it_under_local(unpacked: Path, clean_env: dict[str, str]) -> None:
    home = Path(clean_env["HOME"])
    run(unpacked / "install.sh", env=clean_env)
    command = home / ".local" / "bin" / "secretariat"
    assert command.exists()
    desktop = (home / ".local" / "share" / "applications" / "secretariat.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/lib/secretariat/secretariat" in desktop
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "secretariat.png").is_file()
    assert run(command, "--version", env=clean_env).stdout.strip() == f"secretariat {__version__}"
    run(unpacked / "install.sh", "--uninstall", env=clean_env)
    assert not command.exists() and not (home / ".local" / "lib" / "secretariat").exists()


def test_debian_package_when_built(bundle_tarball: Path) -> None:
    debs = list(bundle_tarball.parent.glob(f"secretariat_{__version__}_*.deb"))
    if not debs:
        pytest.skip("dpkg-deb was not on the build machine")
    listing = subprocess.run(["dpkg-deb", "--contents", str(debs[0])], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./opt/secretariat/secretariat", "./usr/bin/secretariat",
                 "./usr/share/applications/secretariat.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/secretariat.png"):
        assert path in listing, path
