"""A rotating log file in the user's log folder: the full trace of every error."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .db.paths import log_dir
from .db.urls import mask_passwords

LOG_NAME = "secretariat.log"


class MaskingFormatter(logging.Formatter):
    """Writes every record with any ``scheme://login:password@`` in it masked (traces included)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_passwords(super().format(record))


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return folder / LOG_NAME
