"""The 169 SDG targets, seeded from resources/sdg_targets.tsv, and their links to
recommendations, measures and indicators (the goal-level links stay as they are).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from secretariat.db.reference_data import load_sdg_targets

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OWNERS = ("recommendation", "measure", "indicator")


def upgrade() -> None:
    target = op.create_table(
        "sdg_target",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_ru", sa.Text(), nullable=False),
        sa.Column("text_tk", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["goal"], ["sdg.number"], name=op.f("fk_sdg_target_goal_sdg"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_sdg_target")),
    )
    with op.batch_alter_table("sdg_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sdg_target_goal"), ["goal"], unique=False)

    for owner in OWNERS:
        name = f"{owner}_sdg_target"
        op.create_table(
            name,
            sa.Column(f"{owner}_id", sa.Integer(), nullable=False),
            sa.Column("sdg_target_code", sa.String(length=8), nullable=False),
            sa.ForeignKeyConstraint([f"{owner}_id"], [f"{owner}.id"], name=op.f(f"fk_{name}_{owner}_id_{owner}"),
                                    ondelete="CASCADE"),
            sa.ForeignKeyConstraint(["sdg_target_code"], ["sdg_target.code"],
                                    name=op.f(f"fk_{name}_sdg_target_code_sdg_target"), ondelete="CASCADE"),
            sa.PrimaryKeyConstraint(f"{owner}_id", "sdg_target_code", name=op.f(f"pk_{name}")),
        )
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{name}_sdg_target_code"), ["sdg_target_code"], unique=False)

    op.bulk_insert(target, [{"code": t.code, "goal": t.goal, "position": t.position, "text_en": t.en,
                             "text_ru": t.ru, "text_tk": t.tk} for t in load_sdg_targets()])


def downgrade() -> None:
    for owner in reversed(OWNERS):
        op.drop_table(f"{owner}_sdg_target")
    op.drop_table("sdg_target")
