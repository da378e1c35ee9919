"""Names in Turkmen, Russian and English; search text folded for diacritics.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Organizations (full and short name), people's positions and plans (title and short
title) get one column per working language: ``name_tk``, ``name_ru``, ``name_en`` and
so on, empty by default. The existing column (``name``, ``short_name``, ``position``,
``title``, ``short_title``) is kept as it is, as the default form: it holds the name in
whatever language it was typed, and is shown wherever the language wanted has no form of
its own. Nothing is moved, because the data does not say which language a name is in:
"Mejlis" or "UNICEF" read the same in all three, and guessing from the script would file
English and Turkmen written without its letters under one language. Columns rather than
a names table keep every query a plain column read and every record one row to audit.

The Commission's own names (the form that follows "of the meeting of" in the minutes'
heading, genitive in Russian and Turkmen, and the short name of the page header) move
from fixed texts into a ``setting`` table, filled with the texts used until now.

``search_text`` of every searchable record is recomputed with the new folding (case,
Turkmen ä ç ň ö ş ü ý ž, Russian ё, other diacritics), so old records are found the way
new ones are. Downgrading drops the new columns and table and folds case only again.
"""

from __future__ import annotations

from typing import Callable

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

LANGUAGES = ("tk", "ru", "en")

# (table, column, type) of every new per-language form
_FORMS = (
    ("organization", "name", sa.String(length=255)),
    ("organization", "short_name", sa.String(length=80)),
    ("person", "position", sa.String(length=255)),
    ("plan", "title", sa.Text()),
    ("plan", "short_title", sa.String(length=120)),
)

# The searchable columns of each table at this revision (models' ``searchable_parts``).
_SEARCHABLE_0001 = {
    "organization": ("name", "short_name"),
    "person": ("full_name", "position"),
    "meeting": ("title", "venue", "notes"),
    "agenda_item": ("title", "presenter", "heard", "spoke"),
    "decision": ("text",),
    "action_item": ("text", "completion_note"),
    "plan": ("title", "short_title"),
    "measure": ("number", "text", "indicators"),
    "progress_report": ("text",),
    "recommendation": ("paragraph", "text", "assessment", "document_symbol"),
    "tag": ("name",),
    "country": ("name",),
    "national_report": ("body", "title", "notes"),
}
_SEARCHABLE_0002 = {
    **_SEARCHABLE_0001,
    "organization": ("name", "short_name", "name_tk", "name_ru", "name_en",
                     "short_name_tk", "short_name_ru", "short_name_en"),
    "person": ("full_name", "position", "position_tk", "position_ru", "position_en"),
    "plan": ("title", "short_title", "title_tk", "title_ru", "title_en",
             "short_title_tk", "short_title_ru", "short_title_en"),
}

# The texts headings.py printed until this revision.
COMMISSION_NAMES = {
    "commission.name.en": "Interministerial Commission on ensuring the implementation of Turkmenistan's "
                          "international obligations in the field of human rights and international "
                          "humanitarian law",
    "commission.name.ru": "Межведомственной комиссии по обеспечению выполнения международных обязательств "
                          "Туркменистана в области прав человека и международного гуманитарного права",
    "commission.name.tk": "Türkmenistanyň adam hukuklary we halkara ynsanperwer hukugy babatda halkara "
                          "borçnamalarynyň ýerine ýetirilmegini üpjün etmek boýunça Pudagara toparyň",
    "commission.short_name.en": "Interministerial Commission on human rights and IHL",
    "commission.short_name.ru": "Межведомственная комиссия по правам человека и МГП",
    "commission.short_name.tk": "Adam hukuklary we HYH boýunça Pudagara topar",
}


def _recompute(searchable: dict[str, tuple[str, ...]], fold: Callable[[str | None], str]) -> None:
    conn = op.get_bind()
    for table, columns in searchable.items():
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)}, search_text FROM {table}")).all()
        changed = []
        for row in rows:
            parts = [p for p in row[1:-1] if p]
            folded = fold(" ".join(parts))
            if folded != row[-1]:
                changed.append({"id": row[0], "folded": folded})
        if changed:
            conn.execute(sa.text(f"UPDATE {table} SET search_text = :folded WHERE id = :id"), changed)


def upgrade() -> None:
    from secretariat.models.base import fold

    for table in ("organization", "person", "plan"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for form_table, column, type_ in _FORMS:
                if form_table == table:
                    for language in LANGUAGES:
                        batch_op.add_column(sa.Column(f"{column}_{language}", type_, nullable=False,
                                                      server_default=""))
    setting = op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.bulk_insert(setting, [{"key": k, "value": v} for k, v in COMMISSION_NAMES.items()])
    _recompute(_SEARCHABLE_0002, fold)


def downgrade() -> None:
    from secretariat.models.base import fold_case

    op.drop_table('setting')
    for table in ("plan", "person", "organization"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for form_table, column, _type in _FORMS:
                if form_table == table:
                    for language in LANGUAGES:
                        batch_op.drop_column(f"{column}_{language}")
    _recompute(_SEARCHABLE_0001, fold_case)
