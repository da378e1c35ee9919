"""A rotating log file in the user's log folder: the full trace of every error."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .db.paths import log_dir

LOG_NAME = "secretariat.log"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return folder / LOG_NAME
