"""The newest schema revision this build knows, on its own so that reading it loads nothing."""

# The newest revision in migrations/versions. Opening a database already at it skips loading
# Alembic altogether (a quarter of a second at every start), and the quick mission list reads
# only a database at it; a test keeps it equal to the scripts.
SCHEMA_HEAD = "0005_practical"
