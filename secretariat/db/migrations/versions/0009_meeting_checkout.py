"""Offline check-out of a meeting: the mark on the database it came from, the copy's origin and base.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_checkout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("db_user", sa.String(length=120), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_meeting_checkout_meeting_id_meeting"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_checkout")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_meeting_checkout_meeting_id")),
        sa.UniqueConstraint("token", name=op.f("uq_meeting_checkout_token")),
    )
    op.create_table(
        "checkout_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=255), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("base", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkout_copy")),
        sa.UniqueConstraint("token", name=op.f("uq_checkout_copy_token")),
    )


def downgrade() -> None:
    op.drop_table("checkout_copy")
    op.drop_table("meeting_checkout")
