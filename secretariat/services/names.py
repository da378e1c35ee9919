"""Names in the three working languages, and which one a list or document shows.

A name (an organization's, a plan's title, a person's position) has a default form --
the one it was entered in, which is always there -- and may have a form per language
(``name_tk``, ``name_ru``, ``name_en``). A list or a document in language L shows L's
form; where L has none it shows the default form, and where even that is empty (a short
name) the form of the nearest other language: Russian readers get English before
Turkmen, Turkmen readers Russian before English, English readers Russian.

The same choice exists as Python (for records already loaded) and as SQL (for the report
queries, which select columns and sort on them).

The Commission's own names are settings rows (``commission.name.<lang>``: the form that
follows "of the meeting of" in the minutes' heading; ``commission.short_name.<lang>``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.sql.elements import ColumnElement

from ..db import Database
from ..i18n import LANGUAGES, current_language, interface_language_code, translate
from ..i18n import set_interface_language  # noqa: F401 - kept in ``i18n``, imported from here as before
from ..models import Setting
from .errors import ValidationError

DEFAULT_LANGUAGE = "en"

#: For each language, the others in the order a reader of it would rather have them.
FALLBACK: dict[str, tuple[str, ...]] = {"tk": ("ru", "en"), "ru": ("en", "tk"), "en": ("ru", "tk")}

#: The fields that have a form per language, by model name.
LOCALIZED_FIELDS: dict[str, tuple[str, ...]] = {
    "Organization": ("name", "short_name"),
    "Person": ("position",),
    "Plan": ("title", "short_title"),
}

COMMISSION_KEYS = ("name", "short_name")


def _code(language: str | None) -> str:
    value = (language or "").strip().lower()[:2]
    return value if value in LANGUAGES else ""


def language_code(language: str | None = None) -> str:
    """A working language: *language*, else the document language in force, else the interface's.

    Accepts locale names ("ru_RU", "tk-TM"); anything unknown falls back to English.
    """
    if language:
        return _code(language) or DEFAULT_LANGUAGE
    return _code(current_language()) or interface_language_code()


def form_columns(field: str) -> tuple[str, ...]:
    """The per-language column names of *field*: ("name_tk", "name_ru", "name_en")."""
    return tuple(f"{field}_{code}" for code in LANGUAGES)


def forms_of(obj: Any, field: str) -> dict[str, str]:
    """The forms of *field* on *obj*, by language ("" where none was given)."""
    return {code: getattr(obj, f"{field}_{code}", "") or "" for code in LANGUAGES}


def pick(forms: Mapping[str, str], default: str | None, language: str | None = None) -> str:
    """The form for *language*, else *default*, else the nearest other language's."""
    code = language_code(language)
    for text in (forms.get(code), default, *(forms.get(other) for other in FALLBACK[code])):
        if text and text.strip():
            return text
    return ""


def localized(obj: Any, field: str, language: str | None = None) -> str:
    """*obj*'s *field* ("name", "title", "position"...) in *language*, with the fallbacks."""
    return pick(forms_of(obj, field), getattr(obj, field, ""), language)


def organization_label(org: Any, language: str | None = None) -> str:
    """The short name if there is one, else the full name, both in *language* where possible.

    A language's own forms come first: a Russian protocol says "МИД", not the default
    form's "MFA", when only the Russian full name is known.
    """
    code = language_code(language)
    return _label(code, {c: (getattr(org, f"short_name_{c}", "") or "", getattr(org, f"name_{c}", "") or "")
                         for c in LANGUAGES}, (org.short_name or "", org.name or ""))


def _label(code: str, forms: Mapping[str, tuple[str, str]], default: tuple[str, str]) -> str:
    for short, full in (forms[code], default, *(forms[other] for other in FALLBACK[code])):
        if short.strip() or full.strip():
            return short if short.strip() else full
    return ""


def _nonempty(column: Any) -> ColumnElement[Any]:
    return func.nullif(func.trim(column), "")


def localized_column(model: Any, field: str, language: str | None = None) -> ColumnElement[str]:
    """SQL for :func:`localized`: ``Organization.name`` in *language*, for select and order_by."""
    code = language_code(language)
    order = (f"{field}_{code}", field, *(f"{field}_{other}" for other in FALLBACK[code]))
    return func.coalesce(*(_nonempty(getattr(model, name)) for name in order), "")


def label_column(model: Any, language: str | None = None) -> ColumnElement[str]:
    """SQL for :func:`organization_label`."""
    code = language_code(language)
    pairs = [(f"short_name_{code}", f"name_{code}"), ("short_name", "name"),
             *((f"short_name_{o}", f"name_{o}") for o in FALLBACK[code])]
    whens = []
    for short, full in pairs:
        whens.append((_nonempty(getattr(model, short)).is_not(None), getattr(model, short)))
        whens.append((_nonempty(getattr(model, full)).is_not(None), getattr(model, full)))
    return case(*whens, else_="")


# -- the Commission's names ------------------------------------------------------------

def commission_names(db: Database) -> dict[str, str]:
    """Every stored Commission name, by key ("commission.name.ru" ...)."""
    with db.read() as s:
        return {key: value for key, value in s.execute(
            select(Setting.key, Setting.value).where(Setting.key.like("commission.%")))}


def commission_name(db: Database, language: str | None = None, *, short: bool = False) -> str:
    """The Commission's name (or short name) in *language*, with the usual fallbacks."""
    stored = commission_names(db)
    kind = "short_name" if short else "name"
    forms = {code: stored.get(f"commission.{kind}.{code}", "") for code in LANGUAGES}
    return pick(forms, "", language)


def set_commission_names(db: Database, names: Mapping[str, str]) -> None:
    """Store the Commission's names; keys are "name.ru", "short_name.tk" and so on."""
    valid = {f"{kind}.{code}" for kind in COMMISSION_KEYS for code in LANGUAGES}
    unknown = sorted(set(names) - valid)
    if unknown:
        raise ValidationError(translate("services", "Unknown name of the Commission: {keys}.")
                              .format(keys=", ".join(unknown)))
    with db.write() as s:
        for key, value in names.items():
            row = s.get(Setting, f"commission.{key}")
            if row is None:
                s.add(Setting(key=f"commission.{key}", value=value.strip()))
            else:
                row.value = value.strip()
