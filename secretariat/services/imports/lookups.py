"""Name lookups loaded once per import: organizations, people.

Imports never query per row: they load the few thousand directory names into
dictionaries at the start, and new names found in the file are created once,
however many rows mention them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ...i18n import LANGUAGES
from ...models import Organization, OrganizationKind, Person, fold, utcnow

#: "of Turkmenistan" and its Russian/Turkmen forms: "Министерство юстиции" is the
#: same body as "Министерство юстиции Туркменистана".
_COUNTRY_WORDS = re.compile(
    r"\b(?:of turkmenistan|turkmenistanyn|turkmenistanda|turkmenistan|туркменистана|туркменистане|"
    r"туркменистан)\b"  # matched on folded text: "Türkmenistanyň" reads "turkmenistanyn"
)
_COMMA = re.compile(r"\s*,(?!\d)\s*")


def loose_key(name: str) -> str:
    return " ".join(_COUNTRY_WORDS.sub(" ", fold(name)).split())


@dataclass
class OrgIndex:
    """Organizations by folded name and short name; new ones are collected, not written."""

    by_key: dict[str, int] = field(default_factory=dict)
    by_loose: dict[str, set[int]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    new: dict[str, str] = field(default_factory=dict)  # folded -> name as first written

    @classmethod
    def load(cls, session: Session) -> "OrgIndex":
        """Every name and abbreviation in every language finds the organization."""
        index = cls()
        forms = [getattr(Organization, f"{field}_{code}") for field in ("name", "short_name") for code in LANGUAGES]
        for org_id, name, short_name, *other in session.execute(
                select(Organization.id, Organization.name, Organization.short_name, *forms)):
            index.names[org_id] = short_name or name
            for text in (name, short_name, *other):
                if text:
                    index.by_key.setdefault(fold(text), org_id)
                    index.by_loose.setdefault(loose_key(text), set()).add(org_id)
        return index

    def find(self, name: str) -> int | None:
        key = fold(name)
        if not key:
            return None
        found = self.by_key.get(key)
        if found is not None:
            return found
        loose = self.by_loose.get(loose_key(name), set())
        return next(iter(loose)) if len(loose) == 1 else None

    def split_known(self, names: list[str]) -> list[str]:
        """*names* with an unknown "A, B" replaced by A and B when each is a known organization."""
        result: list[str] = []
        for name in names:
            if "," in name and self.find(name) is None:
                parts = [part.strip(" .") for part in _COMMA.split(name) if part.strip(" .")]
                if len(parts) > 1 and all(self.find(part) is not None for part in parts):
                    result.extend(parts)
                    continue
            result.append(name)
        return list(dict.fromkeys(result))

    def resolve(self, name: str) -> int | str:
        """The organization's id, or the name (remembered as new) when unknown."""
        found = self.find(name)
        if found is not None:
            return found
        key = fold(name)
        self.new.setdefault(key, name)
        return self.new[key]

    def create_new(self, session: Session, kind: str = OrganizationKind.OTHER.value) -> dict[str, int]:
        """Insert the collected new organizations; returns folded name -> id."""
        created: dict[str, int] = {}
        for key, name in self.new.items():
            if key in self.by_key:
                created[key] = self.by_key[key]
                continue
            now = utcnow()
            org_id = session.execute(insert(Organization.__table__).values(
                name=name[:255], short_name="", kind=kind, is_member=False, notes="",
                search_text=fold(name), version=1, created_at=now, updated_at=now,
            )).inserted_primary_key[0]
            created[key] = org_id
            self.by_key[key] = org_id
            self.names[org_id] = name
        return created

    def ids(self, refs: list[int | str], created: dict[str, int]) -> list[int]:
        """Resolve ``resolve`` results after ``create_new``."""
        result = []
        for ref in refs:
            org_id = ref if isinstance(ref, int) else created.get(fold(ref), self.by_key.get(fold(ref)))
            if org_id is not None and org_id not in result:
                result.append(org_id)
        return result


@dataclass
class PersonIndex:
    by_key: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> "PersonIndex":
        index = cls()
        for person_id, full_name in session.execute(select(Person.id, Person.full_name)):
            index.by_key.setdefault(fold(full_name), person_id)
        return index

    def find(self, name: str) -> int | None:
        return self.by_key.get(fold(name))


__all__ = ["OrgIndex", "PersonIndex", "loose_key"]
