"""what a delegate needs on the day: airport meeting points, hotel pick-ups, practical notes

Revision ID: 0005_practical
Revises: 0004_agenda
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_practical"
down_revision = "0004_agenda"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("flight") as batch_op:
        batch_op.add_column(sa.Column("pickup_local", sa.DateTime(), nullable=True))
    op.create_table(
        "mission_practical",
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("dress_code", sa.String(), nullable=False),
        sa.Column("what_to_bring", sa.String(), nullable=False),
        sa.Column("money", sa.String(), nullable=False),
        sa.Column("emergency_numbers", sa.String(), nullable=False),
        sa.Column("wifi", sa.String(), nullable=False),
        sa.Column("insurance", sa.String(), nullable=False),
        sa.Column("departure_transfer_minutes", sa.Integer(), nullable=True),
        sa.Column("host_office_site_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["host_office_site_id"], ["site.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("mission_id"),
    )
    with op.batch_alter_table("mission_practical") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mission_practical_host_office_site_id"), ["host_office_site_id"], unique=False
        )
    op.create_table(
        "meeting_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("airport", sa.String(length=4), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("terminal", sa.String(), nullable=False),
        sa.Column("exit", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("greeter_name", sa.String(), nullable=False),
        sa.Column("greeter_phone", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting_point") as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_point_mission_id"), ["mission_id"], unique=False)


def downgrade() -> None:
    op.drop_table("meeting_point")
    op.drop_table("mission_practical")
    with op.batch_alter_table("flight") as batch_op:
        batch_op.drop_column("pickup_local")
