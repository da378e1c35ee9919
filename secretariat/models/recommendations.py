"""Recommendations of UN human rights mechanisms and their links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import SHORT, Base, Searchable, Versioned
from .directory import Organization
from .enums import ImplementationStatus, Mechanism, Position
from .reference import Country, Sdg, Tag

if TYPE_CHECKING:
    from .plans import Measure


def _link(name: str, other: str, other_col: str = "id") -> Table:
    return Table(
        name,
        Base.metadata,
        Column(
            "recommendation_id",
            ForeignKey("recommendation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            f"{other}_{other_col}" if other_col != "id" else f"{other}_id",
            ForeignKey(f"{other}.{other_col}", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


recommendation_measure = _link("recommendation_measure", "measure")
recommendation_tag = _link("recommendation_tag", "tag")
recommendation_country = _link("recommendation_country", "country")
recommendation_sdg = _link("recommendation_sdg", "sdg", "number")
recommendation_organization = _link("recommendation_organization", "organization")


class Recommendation(Versioned, Searchable, Base):
    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # mechanism + body + cycle + document + paragraph, normalised by the services:
    # re-importing an updated list updates instead of duplicating.
    natural_key: Mapped[str] = mapped_column(String(255), unique=True)
    mechanism: Mapped[str] = mapped_column(String(30), default=Mechanism.UPR.value, index=True)
    body: Mapped[str] = mapped_column(String(80), default="UPR", index=True)
    cycle: Mapped[Optional[int]] = mapped_column(Integer, index=True)
    session: Mapped[str] = mapped_column(String(80), default="")
    document_symbol: Mapped[str] = mapped_column(String(120), default="")
    paragraph: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(String(20), default=Position.PENDING.value, index=True)
    source_of_position: Mapped[str] = mapped_column(SHORT, default="")
    status: Mapped[str] = mapped_column(
        String(30), default=ImplementationStatus.NOT_STARTED.value, index=True
    )
    assessment: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[Tag]] = relationship(secondary=recommendation_tag)
    states: Mapped[list[Country]] = relationship(secondary=recommendation_country)
    sdgs: Mapped[list[Sdg]] = relationship(secondary=recommendation_sdg, order_by=Sdg.number)
    responsible: Mapped[list[Organization]] = relationship(
        secondary=recommendation_organization
    )
    measures: Mapped[list["Measure"]] = relationship(
        secondary=recommendation_measure, back_populates="recommendations"
    )

    def searchable_parts(self) -> list[str | None]:
        return [self.paragraph, self.text, self.assessment, self.document_symbol]

    @property
    def themes(self) -> list[Tag]:
        return [t for t in self.tags if t.kind == "theme"]

    @property
    def groups(self) -> list[Tag]:
        return [t for t in self.tags if t.kind == "group"]
