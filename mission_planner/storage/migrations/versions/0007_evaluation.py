"""the participants' evaluation: responses per mission, an action plan per participant

Revision ID: 0007_evaluation
Revises: 0006_visitor
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_evaluation"
down_revision = "0006_visitor"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participation") as batch_op:
        batch_op.add_column(sa.Column("action_plan", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "evaluation_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("submitted", sa.String(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evaluation_response") as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_response_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_response_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_table("evaluation_response")
    with op.batch_alter_table("participation") as batch_op:
        batch_op.drop_column("action_plan")
