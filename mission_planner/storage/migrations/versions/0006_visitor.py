"""a person's name in Latin letters as the passport prints it (romanised family and given name)

Revision ID: 0006_visitor
Revises: 0005_practical
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_visitor"
down_revision = "0005_practical"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("romanized_family_name", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("romanized_given_name", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("romanized_given_name")
        batch.drop_column("romanized_family_name")
