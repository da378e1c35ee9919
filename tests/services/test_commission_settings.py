"""The Commission's settings kept in the database: the State under review."""

from __future__ import annotations

import pytest

from secretariat.services import commission
from secretariat.services.errors import ValidationError


def test_state_under_review_defaults_to_turkmenistan_and_is_kept(db):
    assert commission.state_under_review(db) == "Turkmenistan"
    assert commission.set_state_under_review(db, "  Kazakhstan\n") == "Kazakhstan"
    assert commission.state_under_review(db) == "Kazakhstan"
    commission.set_state_under_review(db, "Turkmenistan")
    assert commission.state_under_review(db) == "Turkmenistan"


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_a_missing_or_overlong_state_is_refused_and_nothing_changes(db, name):
    with pytest.raises(ValidationError):
        commission.set_state_under_review(db, name)
    assert commission.state_under_review(db) == "Turkmenistan"
