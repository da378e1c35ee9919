"""Search ignores case (Turkmen, Russian, English) the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from secretariat.services import directory


def test_search_ignores_case_in_every_language(db):
    for name in ("Министерство юстиции", "Adalatlyk ministrligi Türkmenistanyň", "Ministry of Foreign Affairs"):
        directory.create_organization(db, name=name, kind="ministry")
    found = lambda text: [o.name for o in directory.list_organizations(db, search=text)]  # noqa: E731
    assert found("министерство") == ["Министерство юстиции"]
    assert found("ЮСТИЦИИ") == ["Министерство юстиции"]
    assert found("TÜRKMENISTANYŇ") == ["Adalatlyk ministrligi Türkmenistanyň"]
    assert found("foreign affairs") == ["Ministry of Foreign Affairs"]
    assert found("50%_") == []  # LIKE's wildcards are searched as text
    assert directory.count_organizations(db, search="MINISTR") == 2
