"""Organizations and people."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from ..db import Database
from ..i18n import translate
from ..models import Attendance, Organization, OrganizationKind, Person
from ..models.base import fold
from .errors import ValidationError
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text, search_clause
from .names import form_columns, forms_of, localized_column

ORGANIZATION_FIELDS = ("kind", "name", "short_name", "parent_id", "is_member", "notes",
                       *form_columns("name"), *form_columns("short_name"))
PERSON_FIELDS = ("full_name", "position", "organization_id", "email", "phone", "notes",
                 *form_columns("position"))


def create_organization(db: Database, name: str, kind: str = OrganizationKind.OTHER.value,
                        **fields: Any) -> Organization:
    with db.write() as s:
        org = Organization(name=require_text(name, "name", translate("services", "The name")),
                           kind=check_choice(kind, OrganizationKind, "kind"))
        apply_fields(org, fields, ORGANIZATION_FIELDS)
        s.add(org)
        s.flush()
        return org


def update_organization(db: Database, org_id: int, expected_version: int | None = None,
                        **changes: Any) -> Organization:
    with db.write() as s:
        org = get_or_raise(s, Organization, org_id, translate("services", "Organization"))
        check_version(org, expected_version, translate("services", "This organization"))
        if "kind" in changes:
            check_choice(changes["kind"], OrganizationKind, "kind")
        if "name" in changes:
            changes["name"] = require_text(changes["name"], "name", translate("services", "The name"))
        if changes.get("parent_id") is not None:
            walk = get_or_raise(s, Organization, changes["parent_id"], translate("services", "Organization"))
            while walk is not None:
                if walk.id == org.id:
                    raise ValidationError(translate("services", "An organization cannot be part of itself."),
                                          field="parent_id")
                walk = walk.parent
        apply_fields(org, changes, ORGANIZATION_FIELDS)
        return org


def delete_organization(db: Database, org_id: int) -> int:
    """Delete an organization; returns how many attendance entries went with it.

    People, measures and meetings keep their records without it (their reference is
    emptied). An attendance entry naming only the organization, with no person, would
    then name nobody, so it is removed with the organization, as the confirmation says.
    """
    with db.write() as s:
        org = get_or_raise(s, Organization, org_id, translate("services", "Organization"))
        removed = s.execute(
            delete(Attendance).where(Attendance.organization_id == org_id, Attendance.person_id.is_(None))
        ).rowcount or 0
        s.delete(org)
        return removed


def attendance_without_person(db: Database, org_id: int) -> int:
    """How many attendance entries name this organization and no person (deleted with it)."""
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Attendance).where(
            Attendance.organization_id == org_id, Attendance.person_id.is_(None))) or 0


def get_organization(db: Database, org_id: int) -> Organization:
    with db.read() as s:
        return get_or_raise(s, Organization, org_id, translate("services", "Organization"))


ORGANIZATION_SORTS = {
    "name": (Organization.search_text,),
    "short_name": (Organization.short_name, Organization.search_text),
    "kind": (Organization.kind, Organization.search_text),
    "member": (Organization.is_member, Organization.search_text),
}


def list_organizations(db: Database, search: str = "", kind: str | None = None,
                       limit: int | None = None, offset: int = 0, sort: str = "name",
                       descending: bool = False) -> list[Organization]:
    if sort not in ORGANIZATION_SORTS:
        raise ValidationError(translate("services", "Organizations cannot be sorted by {key!r}.").format(key=sort))
    with db.read() as s:
        stmt = select(Organization).where(search_clause(Organization.search_text, search))
        if kind:
            stmt = stmt.where(Organization.kind == kind)
        columns = ORGANIZATION_SORTS[sort]
        if sort == "name":  # by the name as shown, in the language in force (Cyrillic sorts by code point)
            columns = (localized_column(Organization, "name"), *columns)
        order = [c.desc() if descending else c for c in columns]
        stmt = stmt.order_by(*order, Organization.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(s.scalars(stmt))


def organization_names(org: Organization) -> list[str]:
    """Every name and abbreviation of *org*, in every language."""
    return [text for text in (org.name, org.short_name, *forms_of(org, "name").values(),
                              *forms_of(org, "short_name").values()) if text]


def find_organization(db: Database, name: str) -> Organization | None:
    """Exact match on any name or short name in any language, ignoring case, diacritics, spacing."""
    key = fold(name)
    if not key:
        return None
    with db.read() as s:
        for org in s.scalars(select(Organization).where(search_clause(Organization.search_text, name))):
            if any(fold(text) == key for text in organization_names(org)):
                return org
    return None


def create_person(db: Database, full_name: str, **fields: Any) -> Person:
    with db.write() as s:
        person = Person(full_name=require_text(full_name, "full_name", translate("services", "The name")))
        apply_fields(person, fields, PERSON_FIELDS)
        s.add(person)
        s.flush()
        return person


def update_person(db: Database, person_id: int, expected_version: int | None = None,
                  **changes: Any) -> Person:
    with db.write() as s:
        person = get_or_raise(s, Person, person_id, translate("services", "Person"))
        check_version(person, expected_version, translate("services", "This person"))
        if "full_name" in changes:
            changes["full_name"] = require_text(changes["full_name"], "full_name", translate("services", "The name"))
        apply_fields(person, changes, PERSON_FIELDS)
        return person


def get_person(db: Database, person_id: int) -> Person:
    with db.read() as s:
        return get_or_raise(s, Person, person_id, translate("services", "Person"))


def delete_person(db: Database, person_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Person, person_id, translate("services", "Person")))


def list_people(db: Database, search: str = "", organization_id: int | None = None,
                limit: int | None = None) -> list[Person]:
    with db.read() as s:
        stmt = select(Person).where(search_clause(Person.search_text, search))
        if organization_id is not None:
            stmt = stmt.where(Person.organization_id == organization_id)
        stmt = stmt.order_by(Person.search_text, Person.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(s.scalars(stmt))


def count_organizations(db: Database, search: str = "", kind: str | None = None) -> int:
    from sqlalchemy import func

    with db.read() as s:
        stmt = select(func.count()).select_from(Organization).where(
            search_clause(Organization.search_text, search))
        if kind:
            stmt = stmt.where(Organization.kind == kind)
        return s.scalar(stmt) or 0
