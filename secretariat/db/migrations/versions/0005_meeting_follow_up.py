"""From one meeting to the next: action review, approval of earlier minutes, revisions, circulation,
indicators of measures with their due reports.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_at_meeting_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_meeting_approved_at_meeting_id"), ["approved_at_meeting_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_meeting_approved_at_meeting_id_meeting"), "meeting",
                                    ["approved_at_meeting_id"], ["id"], ondelete="SET NULL")

    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purpose", sa.String(length=30), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("approves_meeting_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_agenda_item_approves_meeting_id"), ["approves_meeting_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_agenda_item_approves_meeting_id_meeting"), "meeting",
                                    ["approves_meeting_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.alter_column("purpose", server_default=None)

    op.create_table(
        "action_item_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=False),
        sa.Column("previous_due_date", sa.Date(), nullable=True),
        sa.Column("new_due_date", sa.Date(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"],
                                name=op.f("fk_action_item_event_action_item_id_action_item"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_action_item_event_meeting_id_meeting"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item_event")),
        sa.UniqueConstraint("action_item_id", "meeting_id", name=op.f("uq_action_item_event_action_item_id_meeting_id")),
    )
    with op.batch_alter_table("action_item_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_event_action_item_id"), ["action_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_event_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "minutes_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=120), nullable=False),
        sa.Column("note", sa.String(length=255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_minutes_revision_meeting_id_meeting"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_revision")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_minutes_revision_meeting_id_number")),
    )
    with op.batch_alter_table("minutes_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_revision_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "minutes_circulation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("circulated_on", sa.Date(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("revision_number", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_minutes_circulation_meeting_id_meeting"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_circulation")),
    )
    with op.batch_alter_table("minutes_circulation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_circulation_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("frequency_months", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.CheckConstraint("frequency_months >= 1 AND frequency_months <= 120",
                           name=op.f("ck_indicator_frequency_range")),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_indicator_ends_after_start")),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], name=op.f("fk_indicator_measure_id_measure"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"],
                                name=op.f("fk_indicator_organization_id_organization"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_measure_id"), ["measure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_organization_id"), ["organization_id"], unique=False)
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("indicator_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_progress_report_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_progress_report_indicator_id_indicator"), "indicator",
                                    ["indicator_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_progress_report_indicator_id_indicator"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_progress_report_indicator_id"))
        batch_op.drop_column("due_on")
        batch_op.drop_column("indicator_id")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_organization_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_measure_id"))
    op.drop_table("indicator")
    with op.batch_alter_table("minutes_circulation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_circulation_meeting_id"))
    op.drop_table("minutes_circulation")
    with op.batch_alter_table("minutes_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_revision_meeting_id"))
    op.drop_table("minutes_revision")
    with op.batch_alter_table("action_item_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_event_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_event_action_item_id"))
    op.drop_table("action_item_event")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agenda_item_approves_meeting_id_meeting"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_agenda_item_approves_meeting_id"))
        batch_op.drop_column("approves_meeting_id")
        batch_op.drop_column("purpose")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meeting_approved_at_meeting_id_meeting"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_meeting_approved_at_meeting_id"))
        batch_op.drop_column("approved_on")
        batch_op.drop_column("approved_at_meeting_id")
