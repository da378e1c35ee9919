"""Initial schema: directory, meetings, plans, recommendations, reports, journal.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('os_user', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)

    op.create_table('country',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_country')),
    sa.UniqueConstraint('name', name=op.f('uq_country_name'))
    )
    op.create_table('draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('os_user', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft')),
    sa.UniqueConstraint('entity', 'entity_id', 'field', name=op.f('uq_draft_entity_entity_id_field'))
    )
    op.create_table('import_layout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('signature', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_layout')),
    sa.UniqueConstraint('kind', 'signature', name=op.f('uq_import_layout_kind_signature'))
    )
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('short_name', sa.String(length=80), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('is_member', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['organization.id'], name=op.f('fk_organization_parent_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization'))
    )
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_parent_id'), ['parent_id'], unique=False)

    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('short_title', sa.String(length=120), nullable=False),
    sa.Column('period_start', sa.Integer(), nullable=True),
    sa.Column('period_end', sa.Integer(), nullable=True),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('adopting_act', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan'))
    )
    op.create_table('recommendation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('natural_key', sa.String(length=255), nullable=False),
    sa.Column('mechanism', sa.String(length=30), nullable=False),
    sa.Column('body', sa.String(length=80), nullable=False),
    sa.Column('cycle', sa.Integer(), nullable=True),
    sa.Column('session', sa.String(length=80), nullable=False),
    sa.Column('document_symbol', sa.String(length=120), nullable=False),
    sa.Column('paragraph', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.String(length=20), nullable=False),
    sa.Column('source_of_position', sa.String(length=255), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('assessment', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation')),
    sa.UniqueConstraint('natural_key', name=op.f('uq_recommendation_natural_key'))
    )
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_body'), ['body'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_cycle'), ['cycle'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_mechanism'), ['mechanism'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_position'), ['position'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_status'), ['status'], unique=False)

    op.create_table('sdg',
    sa.Column('number', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_sdg'))
    )
    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('kind', 'name', name=op.f('uq_tag_kind_name'))
    )
    op.create_table('national_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mechanism', sa.String(length=30), nullable=False),
    sa.Column('body', sa.String(length=80), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('cycle', sa.String(length=40), nullable=False),
    sa.Column('period_start', sa.Integer(), nullable=True),
    sa.Column('period_end', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['responsible_id'], ['organization.id'], name=op.f('fk_national_report_responsible_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_national_report'))
    )
    with op.batch_alter_table('national_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_national_report_body'), ['body'], unique=False)
        batch_op.create_index(batch_op.f('ix_national_report_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_national_report_responsible_id'), ['responsible_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_national_report_status'), ['status'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('position', sa.String(length=255), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_person_organization_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organization_id'), ['organization_id'], unique=False)

    op.create_table('plan_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_section.id'], name=op.f('fk_plan_section_parent_id_plan_section'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_section_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_section'))
    )
    with op.batch_alter_table('plan_section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_section_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_section_plan_id'), ['plan_id'], unique=False)

    op.create_table('recommendation_country',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('country_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['country_id'], ['country.id'], name=op.f('fk_recommendation_country_country_id_country'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_country_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'country_id', name=op.f('pk_recommendation_country'))
    )
    with op.batch_alter_table('recommendation_country', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_country_country_id'), ['country_id'], unique=False)

    op.create_table('recommendation_organization',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_recommendation_organization_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_organization_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'organization_id', name=op.f('pk_recommendation_organization'))
    )
    with op.batch_alter_table('recommendation_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_organization_organization_id'), ['organization_id'], unique=False)

    op.create_table('recommendation_sdg',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('sdg_number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_sdg_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sdg_number'], ['sdg.number'], name=op.f('fk_recommendation_sdg_sdg_number_sdg'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'sdg_number', name=op.f('pk_recommendation_sdg'))
    )
    with op.batch_alter_table('recommendation_sdg', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_sdg_sdg_number'), ['sdg_number'], unique=False)

    op.create_table('recommendation_tag',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_tag_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_recommendation_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'tag_id', name=op.f('pk_recommendation_tag'))
    )
    with op.batch_alter_table('recommendation_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_tag_tag_id'), ['tag_id'], unique=False)

    op.create_table('measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('deadline_text', sa.String(length=120), nullable=False),
    sa.Column('deadline_start', sa.Date(), nullable=True),
    sa.Column('deadline_end', sa.Date(), nullable=True),
    sa.Column('deadline_recurring', sa.Boolean(), nullable=False),
    sa.Column('deadline_understood', sa.Boolean(), nullable=False),
    sa.Column('indicators', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_measure_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['plan_section.id'], name=op.f('fk_measure_section_id_plan_section'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure')),
    sa.UniqueConstraint('plan_id', 'number', name=op.f('uq_measure_plan_id_number'))
    )
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_deadline_end'), ['deadline_end'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_section_id'), ['section_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_status'), ['status'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('venue', sa.String(length=255), nullable=False),
    sa.Column('format', sa.String(length=20), nullable=False),
    sa.Column('organizer_id', sa.Integer(), nullable=True),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['person.id'], name=op.f('fk_meeting_chair_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organizer_id'], ['organization.id'], name=op.f('fk_meeting_organizer_id_organization'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['secretary_id'], ['person.id'], name=op.f('fk_meeting_secretary_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('year', 'number', name=op.f('uq_meeting_year_number'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_organizer_id'), ['organizer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_year'), ['year'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('presenter', sa.String(length=255), nullable=False),
    sa.Column('is_standing', sa.Boolean(), nullable=False),
    sa.Column('heard', sa.Text(), nullable=False),
    sa.Column('spoke', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('presence', sa.String(length=20), nullable=False),
    sa.Column('represented_by', sa.String(length=255), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('person_id IS NOT NULL OR organization_id IS NOT NULL', name=op.f('ck_attendance_person_or_org')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_attendance_organization_id_organization'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('measure_organization',
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_measure_organization_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_measure_organization_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('measure_id', 'organization_id', 'role', name=op.f('pk_measure_organization'))
    )
    with op.batch_alter_table('measure_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_organization_organization_id'), ['organization_id'], unique=False)

    op.create_table('progress_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_progress_report_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_progress_report_organization_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_report'))
    )
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_report_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_report_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_report_reported_on'), ['reported_on'], unique=False)

    op.create_table('recommendation_measure',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_recommendation_measure_measure_id_measure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_measure_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'measure_id', name=op.f('pk_recommendation_measure'))
    )
    with op.batch_alter_table('recommendation_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_measure_measure_id'), ['measure_id'], unique=False)

    op.create_table('agenda_item_measure',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_agenda_item_measure_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_agenda_item_measure_measure_id_measure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agenda_item_id', 'measure_id', name=op.f('pk_agenda_item_measure'))
    )
    with op.batch_alter_table('agenda_item_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_measure_measure_id'), ['measure_id'], unique=False)

    op.create_table('agenda_item_recommendation',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_agenda_item_recommendation_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_agenda_item_recommendation_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agenda_item_id', 'recommendation_id', name=op.f('pk_agenda_item_recommendation'))
    )
    with op.batch_alter_table('agenda_item_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_recommendation_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_decision_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_decision_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('completion_note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_action_item_decision_id_decision'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_status'), ['status'], unique=False)

    op.create_table('action_item_organization',
    sa.Column('action_item_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_item.id'], name=op.f('fk_action_item_organization_action_item_id_action_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_action_item_organization_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_item_id', 'organization_id', name=op.f('pk_action_item_organization'))
    )
    with op.batch_alter_table('action_item_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_organization_organization_id'), ['organization_id'], unique=False)


    # Reference data: the 17 Sustainable Development Goals (frozen here, not imported
    # from the models, so this migration stays what it was when it shipped).
    sdg = sa.table("sdg", sa.column("number", sa.Integer), sa.column("title", sa.String))
    op.bulk_insert(sdg, [{"number": n, "title": t} for n, t in enumerate(SDG_TITLES, start=1)])


SDG_TITLES = (
    "No poverty", "Zero hunger", "Good health and well-being", "Quality education",
    "Gender equality", "Clean water and sanitation", "Affordable and clean energy",
    "Decent work and economic growth", "Industry, innovation and infrastructure",
    "Reduced inequalities", "Sustainable cities and communities",
    "Responsible consumption and production", "Climate action", "Life below water",
    "Life on land", "Peace, justice and strong institutions", "Partnerships for the goals",
)


def downgrade() -> None:
    with op.batch_alter_table('action_item_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_organization_organization_id'))

    op.drop_table('action_item_organization')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_status'))
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_due_date'))
        batch_op.drop_index(batch_op.f('ix_action_item_decision_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_decision_agenda_item_id'))

    op.drop_table('decision')
    with op.batch_alter_table('agenda_item_recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_recommendation_recommendation_id'))

    op.drop_table('agenda_item_recommendation')
    with op.batch_alter_table('agenda_item_measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_measure_measure_id'))

    op.drop_table('agenda_item_measure')
    with op.batch_alter_table('recommendation_measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_measure_measure_id'))

    op.drop_table('recommendation_measure')
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_report_reported_on'))
        batch_op.drop_index(batch_op.f('ix_progress_report_organization_id'))
        batch_op.drop_index(batch_op.f('ix_progress_report_measure_id'))

    op.drop_table('progress_report')
    with op.batch_alter_table('measure_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_organization_organization_id'))

    op.drop_table('measure_organization')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_organization_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_year'))
        batch_op.drop_index(batch_op.f('ix_meeting_status'))
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_organizer_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_status'))
        batch_op.drop_index(batch_op.f('ix_measure_section_id'))
        batch_op.drop_index(batch_op.f('ix_measure_plan_id'))
        batch_op.drop_index(batch_op.f('ix_measure_deadline_end'))

    op.drop_table('measure')
    with op.batch_alter_table('recommendation_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_tag_tag_id'))

    op.drop_table('recommendation_tag')
    with op.batch_alter_table('recommendation_sdg', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_sdg_sdg_number'))

    op.drop_table('recommendation_sdg')
    with op.batch_alter_table('recommendation_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_organization_organization_id'))

    op.drop_table('recommendation_organization')
    with op.batch_alter_table('recommendation_country', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_country_country_id'))

    op.drop_table('recommendation_country')
    with op.batch_alter_table('plan_section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_section_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_section_parent_id'))

    op.drop_table('plan_section')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organization_id'))

    op.drop_table('person')
    with op.batch_alter_table('national_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_national_report_status'))
        batch_op.drop_index(batch_op.f('ix_national_report_responsible_id'))
        batch_op.drop_index(batch_op.f('ix_national_report_due_date'))
        batch_op.drop_index(batch_op.f('ix_national_report_body'))

    op.drop_table('national_report')
    op.drop_table('tag')
    op.drop_table('sdg')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_status'))
        batch_op.drop_index(batch_op.f('ix_recommendation_position'))
        batch_op.drop_index(batch_op.f('ix_recommendation_mechanism'))
        batch_op.drop_index(batch_op.f('ix_recommendation_cycle'))
        batch_op.drop_index(batch_op.f('ix_recommendation_body'))

    op.drop_table('recommendation')
    op.drop_table('plan')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_parent_id'))

    op.drop_table('organization')
    op.drop_table('import_layout')
    op.drop_table('draft')
    op.drop_table('country')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
