"""The Excel import wizard (File → Import from Excel…, Ctrl+I)."""

from __future__ import annotations

from .wizard import FILE, MAPPING, PREVIEW, RUN, ImportWizard, open_import_wizard

__all__ = ["FILE", "ImportWizard", "MAPPING", "PREVIEW", "RUN", "open_import_wizard"]
