"""Organizations and people: the directory every other record points into.

Names and positions keep the form they were entered in (``name``, ``position``: the
default form) and may carry a form per working language (``name_tk``, ``name_ru``,
``name_en``...); ``services.names`` picks the one a list or document needs.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import SHORT, Base, Searchable, Versioned
from .enums import OrganizationKind


class Organization(Versioned, Searchable, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), default=OrganizationKind.OTHER.value)
    name: Mapped[str] = mapped_column(SHORT)
    short_name: Mapped[str] = mapped_column(String(80), default="")
    # The forms in each working language; empty where none was given (``name`` is used).
    name_tk: Mapped[str] = mapped_column(SHORT, default="")
    name_ru: Mapped[str] = mapped_column(SHORT, default="")
    name_en: Mapped[str] = mapped_column(SHORT, default="")
    short_name_tk: Mapped[str] = mapped_column(String(80), default="")
    short_name_ru: Mapped[str] = mapped_column(String(80), default="")
    short_name_en: Mapped[str] = mapped_column(String(80), default="")
    parent_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    is_member: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Optional["Organization"]] = relationship(
        remote_side="Organization.id", back_populates="children"
    )
    children: Mapped[list["Organization"]] = relationship(back_populates="parent")
    people: Mapped[list["Person"]] = relationship(back_populates="organization")

    def searchable_parts(self) -> list[str | None]:
        return [self.name, self.short_name, self.name_tk, self.name_ru, self.name_en,
                self.short_name_tk, self.short_name_ru, self.short_name_en]

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def __repr__(self) -> str:
        return f"Organization({self.id}, {self.name!r})"


class Person(Versioned, Searchable, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(SHORT)
    position: Mapped[str] = mapped_column(SHORT, default="")
    position_tk: Mapped[str] = mapped_column(SHORT, default="")
    position_ru: Mapped[str] = mapped_column(SHORT, default="")
    position_en: Mapped[str] = mapped_column(SHORT, default="")
    organization_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(SHORT, default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Optional[Organization]] = relationship(back_populates="people")

    def searchable_parts(self) -> list[str | None]:
        return [self.full_name, self.position, self.position_tk, self.position_ru, self.position_en]

    def __repr__(self) -> str:
        return f"Person({self.id}, {self.full_name!r})"
