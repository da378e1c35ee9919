"""What a wheel needs: every package folder is a package, resources are found."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "secretariat"


def test_every_source_folder_is_a_package() -> None:
    missing = [
        str(folder.relative_to(PACKAGE.parent))
        for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]
        if "__pycache__" not in folder.parts and any(folder.glob("*.py"))
        and not (folder / "__init__.py").exists()
    ]
    assert missing == [], "setuptools would leave these out of the wheel"


def test_fonts_and_licence_are_found() -> None:
    from secretariat.io.pdf.fonts import fonts_dir

    folder = fonts_dir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf", "LICENSE-DejaVu.txt"):
        assert (folder / name).is_file(), name


def test_the_sdg_targets_file_is_found_and_shipped() -> None:
    """Migration 0007 seeds the targets from it: a wheel and the bundle must carry it."""
    import tomllib
    from pathlib import Path

    from secretariat.db.reference_data import TARGETS_FILE, resource_path

    assert resource_path(TARGETS_FILE).is_file()
    root = Path(__file__).resolve().parents[1]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert TARGETS_FILE in data["tool"]["setuptools"]["package-data"]["secretariat.resources"]
    assert TARGETS_FILE in (root / "packaging" / "secretariat.spec").read_text(encoding="utf-8")
