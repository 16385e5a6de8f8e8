"""a mission's tasks and its changes to the task rules

Revision ID: 0008_tasks
Revises: 0007_evaluation
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_tasks"
down_revision = "0007_evaluation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mission_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("site_uid", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "key", "site_uid"),
    )
    with op.batch_alter_table("mission_task") as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_task_mission_id"), ["mission_id"], unique=False)
    op.create_table(
        "mission_task_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("applies", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "key"),
    )
    with op.batch_alter_table("mission_task_rule") as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_task_rule_mission_id"), ["mission_id"], unique=False)


def downgrade() -> None:
    op.drop_table("mission_task_rule")
    op.drop_table("mission_task")
