"""The signature a questionnaire carries of what it was issued for (writer and importer share it)."""

from __future__ import annotations

import hashlib
import hmac


def signature(secret: bytes, organization_id: str, prepared_on: str, measures: str, recommendations: str) -> str:
    """HMAC-SHA256 of what was issued, keyed by the database's secret (``db.identity``).

    The import recomputes it: a file whose hidden ids or organization were edited, or
    that was issued by another database, no longer matches.
    """
    message = "\n".join(("questionnaire", organization_id, prepared_on, measures, recommendations))
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()
