"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "mission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("project_type", sa.String(length=3), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("ref_no", sa.String(), nullable=False),
        sa.Column("date_of_issue", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("host_country", sa.String(length=2), nullable=False),
        sa.Column("venue_city", sa.String(), nullable=False),
        sa.Column("implementing_organizations", sa.JSON(), nullable=False),
        sa.Column("all_member_countries", sa.Boolean(), nullable=False),
        sa.Column("participating_countries", sa.JSON(), nullable=False),
        sa.Column("overseas_quota", sa.Integer(), nullable=True),
        sa.Column("local_quota", sa.Integer(), nullable=True),
        sa.Column("qualifications", sa.String(), nullable=False),
        sa.Column("nomination_procedure", sa.String(), nullable=False),
        sa.Column("nomination_closing_date", sa.Date(), nullable=True),
        sa.Column("objectives", sa.JSON(), nullable=False),
        sa.Column("background", sa.String(), nullable=False),
        sa.Column("scope_methodology", sa.String(), nullable=False),
        sa.Column("financial_arrangements", sa.JSON(), nullable=False),
        sa.Column("implementation_procedures", sa.String(), nullable=False),
        sa.Column("signatory_name", sa.String(), nullable=False),
        sa.Column("signatory_title", sa.String(), nullable=False),
        sa.Column("reporting_currency", sa.String(length=3), nullable=False),
        sa.Column("certificate_require_all_items", sa.Boolean(), nullable=False),
        sa.Column(
            "certificate_min_online_percent", sa.String(length=40), nullable=False
        ),
        sa.Column("organization_name", sa.String(), nullable=False),
        sa.Column("emergency_contacts", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("uid"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("organization", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("home_timezone", sa.String(), nullable=False),
        sa.Column("dietary", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_family_name"), ["family_name"], unique=False
        )

    op.create_table(
        "site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("name_ko", sa.String(), nullable=False),
        sa.Column("acronym", sa.String(), nullable=False),
        sa.Column("address_en", sa.String(), nullable=False),
        sa.Column("address_ko", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("contact_name", sa.String(), nullable=False),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("contact_email", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("opening_hours", sa.JSON(), nullable=False),
        sa.Column("visitor_list_required", sa.Boolean(), nullable=False),
        sa.Column("visitor_list_days_before", sa.Integer(), nullable=True),
        sa.Column("typical_visit_minutes", sa.Integer(), nullable=True),
        sa.Column("access_notes", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("unit_cost", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("basis", sa.String(length=30), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=True),
        sa.Column("actual_amount", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "date"),
    )
    with op.batch_alter_table("day", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_day_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "currency"),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_rate_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "issued_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "serial"),
    )
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_certificate_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_certificate_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "mission_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mission_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mission_log_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("nominating_npo", sa.String(), nullable=False),
        sa.Column("group_name", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "person_id"),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participation_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participation_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "person_identity",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("passport_number", sa.String(), nullable=False),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date_of_issue", sa.Date(), nullable=False),
        sa.Column("clause", sa.String(), nullable=False),
        sa.Column("modification", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "number"),
    )
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revision_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "rule_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("to_verify", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("default_payer", sa.String(length=20), nullable=True),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("rule_set", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rule_set_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "travel_time",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_site_id", sa.Integer(), nullable=False),
        sa.Column("to_site_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["from_site_id"], ["site.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_site_id"], ["site.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("from_site_id", "to_site_id"),
    )
    with op.batch_alter_table("travel_time", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_travel_time_from_site_id"), ["from_site_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_travel_time_to_site_id"), ["to_site_id"], unique=False
        )

    op.create_table(
        "flight",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("airport", sa.String(length=4), nullable=False),
        sa.Column(
            "scheduled_local", sa.DateTime(), nullable=False
        ),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("flight_no", sa.String(), nullable=False),
        sa.Column("terminal", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participation_id"], ["participation.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("flight", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_flight_participation_id"), ["participation_id"], unique=False
        )

    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("online_url", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("group_name", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["day_id"], ["day.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_day_id"), ["day_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_site_id"), ["site_id"], unique=False)

    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participation_id"], ["participation.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_change_participation_id"),
            ["participation_id"],
            unique=False,
        )

    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("hotel", sa.String(), nullable=False),
        sa.Column("hotel_site_id", sa.Integer(), nullable=True),
        sa.Column("check_in", sa.Date(), nullable=False),
        sa.Column("check_out", sa.Date(), nullable=False),
        sa.Column("room", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["hotel_site_id"], ["site.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["participation_id"], ["participation.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stay_hotel_site_id"), ["hotel_site_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stay_participation_id"), ["participation_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("excuse_accepted", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "person_id"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "item_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("attends", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "person_id"),
    )
    with op.batch_alter_table("item_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_assignment_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_assignment_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "item_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("item_id", "person_id", "role"),
    )
    with op.batch_alter_table("item_role", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_item_role_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_role_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("item_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_role_person_id"))
        batch_op.drop_index(batch_op.f("ix_item_role_item_id"))

    op.drop_table("item_role")
    with op.batch_alter_table("item_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_assignment_person_id"))
        batch_op.drop_index(batch_op.f("ix_item_assignment_item_id"))

    op.drop_table("item_assignment")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_item_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("stay", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_participation_id"))
        batch_op.drop_index(batch_op.f("ix_stay_hotel_site_id"))

    op.drop_table("stay")
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_participation_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_site_id"))
        batch_op.drop_index(batch_op.f("ix_item_day_id"))

    op.drop_table("item")
    with op.batch_alter_table("flight", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flight_participation_id"))

    op.drop_table("flight")
    with op.batch_alter_table("travel_time", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_time_to_site_id"))
        batch_op.drop_index(batch_op.f("ix_travel_time_from_site_id"))

    op.drop_table("travel_time")
    with op.batch_alter_table("rule_set", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rule_set_mission_id"))

    op.drop_table("rule_set")
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revision_mission_id"))

    op.drop_table("revision")
    op.drop_table("person_identity")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_person_id"))
        batch_op.drop_index(batch_op.f("ix_participation_mission_id"))

    op.drop_table("participation")
    with op.batch_alter_table("mission_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_log_mission_id"))

    op.drop_table("mission_log")
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_certificate_person_id"))
        batch_op.drop_index(batch_op.f("ix_issued_certificate_mission_id"))

    op.drop_table("issued_certificate")
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_rate_mission_id"))

    op.drop_table("exchange_rate")
    with op.batch_alter_table("day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_day_mission_id"))

    op.drop_table("day")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_mission_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_mission_id"))

    op.drop_table("attachment")
    op.drop_table("site")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_family_name"))
        batch_op.drop_index(batch_op.f("ix_person_email"))

    op.drop_table("person")
    op.drop_table("mission")
    op.drop_table("app_setting")
