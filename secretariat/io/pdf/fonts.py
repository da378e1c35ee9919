"""Font registration for PDF output.

The built-in PDF fonts (Helvetica, Times) only cover Latin-1, so Turkmen
letters such as ň, ş, ý, ž and all of Cyrillic would come out as black boxes.
We therefore embed DejaVu Sans, which covers all three working languages.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from ...db.reference_data import resource_path

FAMILY = "DejaVuSans"

_FACES: dict[str, str] = {  # registered face name -> file name
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """Locate the bundled fonts both when installed and when run from a checkout."""
    return resource_path("fonts")


def register_fonts() -> str:
    """Register the DejaVu Sans family once and return its name.

    Registering a family lets <b>/<i> Paragraph markup
    use the real bold/oblique faces instead of silently dropping them.
    Safe to call from every builder; only the first call does work.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        directory = fonts_dir()
        for name, filename in _FACES.items():
            path = directory / filename
            if not path.is_file():
                raise FileNotFoundError(f"PDF font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=FAMILY,
            bold=f"{FAMILY}-Bold",
            italic=f"{FAMILY}-Oblique",
            boldItalic=f"{FAMILY}-BoldOblique",
        )
        _registered = True
    return FAMILY
