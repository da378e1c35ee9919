"""The 169 targets under the 17 SDGs and their links to recommendations, measures, indicators.

A target is known by its official code ("16.3", "5.a"); the links name that code, so an
export lists codes that an import reads back as they are.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SdgTarget(Base):
    """One target, seeded from ``resources/sdg_targets.tsv`` by migration 0007."""

    __tablename__ = "sdg_target"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    goal: Mapped[int] = mapped_column(ForeignKey("sdg.number", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # the official order: 1.1 ... 1.5, 1.a, 1.b, 2.1 ...
    text_en: Mapped[str] = mapped_column(Text)
    text_ru: Mapped[str] = mapped_column(Text, default="")  # empty where no official text is known
    text_tk: Mapped[str] = mapped_column(Text, default="")


def _target_link(owner: str) -> Table:
    return Table(
        f"{owner}_sdg_target",
        Base.metadata,
        Column(f"{owner}_id", ForeignKey(f"{owner}.id", ondelete="CASCADE"), primary_key=True),
        Column("sdg_target_code", ForeignKey("sdg_target.code", ondelete="CASCADE"), primary_key=True,
               index=True),
    )


recommendation_sdg_target = _target_link("recommendation")
measure_sdg_target = _target_link("measure")
indicator_sdg_target = _target_link("indicator")

#: The link table of each kind of record that can name targets.
TARGET_LINKS: dict[str, Table] = {
    "recommendation": recommendation_sdg_target,
    "measure": measure_sdg_target,
    "indicator": indicator_sdg_target,
}
