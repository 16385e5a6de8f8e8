"""what the daily agenda and the itinerary print: an online item's meeting ID and passcode, a
site's dress code, a person's short biography

Revision ID: 0004_agenda
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_agenda"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("item") as batch_op:
        batch_op.add_column(sa.Column("meeting_id", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("passcode", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("site") as batch_op:
        batch_op.add_column(sa.Column("dress_code", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("biography", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("biography")
    with op.batch_alter_table("site") as batch_op:
        batch_op.drop_column("dress_code")
    with op.batch_alter_table("item") as batch_op:
        batch_op.drop_column("passcode")
        batch_op.drop_column("meeting_id")
