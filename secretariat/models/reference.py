"""Reference vocabularies: SDGs, themes and groups, states."""

from __future__ import annotations

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import SHORT, Base, Searchable
from .enums import TagKind


class Sdg(Base):
    """One of the 17 Sustainable Development Goals (seeded by the first migration)."""

    __tablename__ = "sdg"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title: Mapped[str] = mapped_column(SHORT)

    @property
    def label(self) -> str:
        return f"{self.number} - {self.title}"


class Tag(Searchable, Base):
    """A human rights theme or a group of persons affected."""

    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default=TagKind.THEME.value)
    name: Mapped[str] = mapped_column(SHORT)

    def searchable_parts(self) -> list[str | None]:
        return [self.name]


class Country(Searchable, Base):
    """A recommending state (or other delegation)."""

    __tablename__ = "country"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)

    def searchable_parts(self) -> list[str | None]:
        return [self.name]


SDG_TITLES: dict[int, str] = {
    1: "No poverty",
    2: "Zero hunger",
    3: "Good health and well-being",
    4: "Quality education",
    5: "Gender equality",
    6: "Clean water and sanitation",
    7: "Affordable and clean energy",
    8: "Decent work and economic growth",
    9: "Industry, innovation and infrastructure",
    10: "Reduced inequalities",
    11: "Sustainable cities and communities",
    12: "Responsible consumption and production",
    13: "Climate action",
    14: "Life below water",
    15: "Life on land",
    16: "Peace, justice and strong institutions",
    17: "Partnerships for the goals",
}
